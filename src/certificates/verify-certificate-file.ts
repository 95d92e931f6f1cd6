import { KeyObject } from 'node:crypto';
import { CertificateData } from './certificate-data';
import { CertificatePdfOptions, renderCertificatePdf } from './certificate-pdf';
import { verifyCertificateSignature } from './certificate-signature';
import { readSignedCertificate } from './read-signed-certificate';

export type InvalidCertificateReason = 'no-embedded-data' | 'signature-mismatch' | 'page-differs';

export type CertificateFileVerdict = { valid: true; data: CertificateData } | { valid: false; reason: InvalidCertificateReason };

/** Bilingual wording for each reason, for the CLI and any page that reports a verdict. */
export const INVALID_REASON_TEXT: Record<InvalidCertificateReason, string> = {
  'no-embedded-data': 'tệp không chứa dữ liệu giấy chứng nhận / the file carries no certificate data',
  'signature-mismatch': 'chữ ký không khớp: dữ liệu đã bị sửa đổi hoặc được ký bằng khóa khác / the signature does not match: the data was altered or signed by another key',
  'page-differs': 'nội dung trang khác với dữ liệu đã ký / the page content differs from the signed data',
};

/**
 * Checks a certificate PDF offline: the embedded data must carry a valid signature, and the
 * file must be exactly what renderCertificatePdf makes of that data. The second check catches
 * an edited visible page (or anything appended to the file) behind intact embedded data; it
 * works only because rendering is deterministic, and only with the renderer (pdfkit, fonts,
 * layout) that issued the file, which is why those versions are pinned.
 */
export async function verifyCertificateFile(pdf: Buffer, publicKey: KeyObject, options: CertificatePdfOptions = {}): Promise<CertificateFileVerdict> {
  const signed = await readSignedCertificate(pdf);
  if (!signed) return { valid: false, reason: 'no-embedded-data' };
  if (!verifyCertificateSignature(signed, publicKey)) return { valid: false, reason: 'signature-mismatch' };
  const expected = await renderCertificatePdf(signed, options);
  if (!expected.equals(pdf)) return { valid: false, reason: 'page-differs' };
  return { valid: true, data: signed.data };
}
