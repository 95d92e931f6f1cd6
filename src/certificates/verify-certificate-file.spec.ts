import { generateKeyPairSync } from 'node:crypto';
import { PDFDocument, rgb } from 'pdf-lib';
import { certificateData } from '../../test/factories/certificate-data.factory';
import { CertificateData } from './certificate-data';
import { renderCertificatePdf } from './certificate-pdf';
import { signCertificate } from './certificate-signature';
import { verifyCertificateFile } from './verify-certificate-file';

const keys = generateKeyPairSync('ed25519');

async function issued(data: CertificateData = certificateData(), privateKey = keys.privateKey): Promise<Buffer> {
  return renderCertificatePdf({ data, signature: signCertificate(data, privateKey) });
}

/** Replaces text inside the embedded JSON in place; pdfkit stores it as UTF-16BE. */
function editEmbedded(pdf: Buffer, from: string, to: string): Buffer {
  const encode = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
  const at = pdf.indexOf(encode(from));
  expect(at).toBeGreaterThan(0);
  expect(pdf.indexOf(encode(from), at + 1)).toBe(-1);
  const edited = Buffer.from(pdf);
  encode(to).copy(edited, at);
  return edited;
}

describe('verifyCertificateFile', () => {
  it('should accept an issued certificate and return its data', async () => {
    const data = certificateData();
    expect(await verifyCertificateFile(await issued(data), keys.publicKey)).toEqual({ valid: true, data });
  });

  it('should reject a file whose embedded data had one character changed', async () => {
    const pdf = editEmbedded(await issued(), '"scorePercent":90', '"scorePercent":99');
    expect(pdf.length).toBe((await issued()).length);
    expect(await verifyCertificateFile(pdf, keys.publicKey)).toEqual({ valid: false, reason: 'signature-mismatch' });
  });

  it('should reject a certificate signed with another key', async () => {
    const other = generateKeyPairSync('ed25519');
    expect(await verifyCertificateFile(await issued(certificateData(), other.privateKey), keys.publicKey)).toEqual({ valid: false, reason: 'signature-mismatch' });
  });

  it('should reject a page edited behind intact signed data', async () => {
    const document = await PDFDocument.load(await issued(), { updateMetadata: false });
    document.getPage(0).drawText('Score 100%', { x: 300, y: 250, size: 14, color: rgb(0, 0, 0) });
    const edited = Buffer.from(await document.save({ updateFieldAppearances: false }));
    expect(await verifyCertificateFile(edited, keys.publicKey)).toEqual({ valid: false, reason: 'page-differs' });
  });

  it('should reject anything appended to an issued file', async () => {
    const pdf = Buffer.concat([await issued(), Buffer.from('\n% appended\n')]);
    expect(await verifyCertificateFile(pdf, keys.publicKey)).toEqual({ valid: false, reason: 'page-differs' });
  });

  it('should accept a sealed certificate only when given the same seal', async () => {
    const sealPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
    const data = certificateData();
    const pdf = await renderCertificatePdf({ data, signature: signCertificate(data, keys.privateKey) }, { sealPng });
    expect(pdf.equals(await issued(data))).toBe(false);
    expect(await verifyCertificateFile(pdf, keys.publicKey, { sealPng })).toEqual({ valid: true, data });
    expect(await verifyCertificateFile(pdf, keys.publicKey)).toEqual({ valid: false, reason: 'page-differs' });
  });

  it('should reject a PDF without certificate data, and bytes that are no PDF', async () => {
    const plain = await PDFDocument.create();
    plain.addPage().drawText('GIAY CHUNG NHAN');
    expect(await verifyCertificateFile(Buffer.from(await plain.save()), keys.publicKey)).toEqual({ valid: false, reason: 'no-embedded-data' });
    expect(await verifyCertificateFile(Buffer.from('%PDF-1.3 nonsense'), keys.publicKey)).toEqual({ valid: false, reason: 'no-embedded-data' });
  });
});
