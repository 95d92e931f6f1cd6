import { readFileSync } from 'node:fs';

export type PdfFont = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<PdfFont, string> = {
  regular: '400Regular',
  bold: '700Bold',
  italic: '400Regular_Italic',
  boldItalic: '700Bold_Italic',
};

// fontkit (pdfkit's own font engine) ships no types; pdfkit takes a parsed font wherever it takes font bytes.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- fontkit ships no types
const fontkit = require('fontkit') as { create(file: Buffer): object };

const parsed = new Map<PdfFont, Buffer>();

/** Be Vietnam Pro, parsed once per process: decoding a fresh font costs ~6 ms per document. */
export function parsedFont(font: PdfFont): Buffer {
  let result = parsed.get(font);
  if (!result) {
    const file = require.resolve(`@expo-google-fonts/be-vietnam-pro/${FILES[font]}/BeVietnamPro_${FILES[font]}.ttf`);
    result = fontkit.create(readFileSync(file)) as Buffer;
    parsed.set(font, result);
  }
  return result;
}

/** Be Vietnam Pro in the four styles a report uses, under the names of PdfFont. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  for (const font of Object.keys(FILES) as PdfFont[]) doc.registerFont(font, parsedFont(font));
}
