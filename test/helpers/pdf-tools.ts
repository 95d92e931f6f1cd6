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
