import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text of a PDF as Debian's poppler extracts it: what a person gets by copy and paste. */
export function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'attt-pdf-')), 'file.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Number of files in a ZIP, counted from its central directory entries. */
export function zipEntryCount(zip: Buffer): number {
  let count = 0;
  for (let offset = zip.indexOf('PK\x01\x02'); offset !== -1; offset = zip.indexOf('PK\x01\x02', offset + 4)) count++;
  return count;
}

/** A word on page 1 of a PDF with its box, as poppler places it. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export function pdfWords(pdfPath: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5],
  }));
}

export function wordsOverlap(a: PdfWord, b: PdfWord): boolean {
  return Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 0.5 && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.5;
}

/** Share of pixels darker than mid-grey in a binary PGM (P5) from `pdftoppm -gray`: near 0 means a blank page. */
export function darkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const pixels = pgm.subarray(header[0].length);
  if (pixels.length !== Number(header[1]) * Number(header[2])) throw new Error('truncated PGM');
  return pixels.filter((value) => value < 128).length / pixels.length;
}
