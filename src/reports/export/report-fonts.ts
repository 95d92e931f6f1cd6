import { readFileSync } from 'node:fs';

export type ReportFont = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<ReportFont, string> = {
  regular: '400Regular',
  bold: '700Bold',
  italic: '400Regular_Italic',
  boldItalic: '700Bold_Italic',
};

// fontkit (pdfkit's own font engine) ships no types; pdfkit takes a parsed font wherever it takes font bytes.
const fontkit = require('fontkit') as { create(file: Buffer): object };

const parsed = new Map<ReportFont, Buffer>();

// Parsed once per process, as certificate-pdf.ts does: decoding a fresh font costs ~6 ms per document.
function parsedFont(font: ReportFont): Buffer {
  let result = parsed.get(font);
  if (!result) {
    const file = require.resolve(`@expo-google-fonts/be-vietnam-pro/${FILES[font]}/BeVietnamPro_${FILES[font]}.ttf`);
    result = fontkit.create(readFileSync(file)) as Buffer;
    parsed.set(font, result);
  }
  return result;
}

/** Be Vietnam Pro in the four styles a report uses, under the names of ReportFont. */
export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  for (const font of Object.keys(FILES) as ReportFont[]) doc.registerFont(font, parsedFont(font));
}
