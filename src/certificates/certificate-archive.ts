import archiver from 'archiver';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { CertificateData, SignedCertificate } from './certificate-data';
import { renderCertificatePdf } from './certificate-pdf';

/** A page of signed certificates at a time, so that a large department is never held in memory. */
export type CertificatePages = AsyncIterable<SignedCertificate[]>;

export function archiveEntryName(data: CertificateData): string {
  return `${data.holder.employeeCode}_${data.course.code}_${data.serial}.pdf`.replace(/[^A-Za-z0-9_.-]/g, '-');
}

/**
 * Streams a ZIP of PDFs to `output`, rendering one certificate at a time and waiting until
 * archiver has taken each entry before rendering the next.
 */
export async function streamCertificateZip(pages: CertificatePages, output: Writable): Promise<void> {
  // PDFs are already compressed: storing them saves CPU and loses nothing.
  const archive = archiver('zip', { store: true });
  archive.pipe(output);
  for await (const page of pages) {
    for (const signed of page) {
      const entryAdded = once(archive, 'entry');
      archive.append(await renderCertificatePdf(signed), { name: archiveEntryName(signed.data), date: new Date(`${signed.data.issuedOn}T00:00:00Z`) });
      await entryAdded;
    }
  }
  await archive.finalize();
}
