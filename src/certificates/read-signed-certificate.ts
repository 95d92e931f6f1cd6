import Ajv, { JSONSchemaType } from 'ajv';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { CertificateData, SignedCertificate } from './certificate-data';
import { CERTIFICATE_INFO_KEY } from './certificate-pdf';

// Shape only: what the signature vouches for is checked by verifyCertificateSignature.
const text = { type: 'string', maxLength: 1000 } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

const dataSchema: JSONSchemaType<CertificateData> = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'serial', 'holder', 'course', 'scorePercent', 'issuedOn', 'expiresOn', 'issuer', 'verifyUrl'],
  properties: {
    format: { type: 'integer', const: 1 },
    serial: { type: 'string', pattern: '^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$' },
    holder: {
      type: 'object',
      additionalProperties: false,
      required: ['fullName', 'employeeCode', 'department'],
      properties: { fullName: text, employeeCode: text, department: text },
    },
    course: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'title', 'version'],
      properties: { code: text, title: text, version: { type: 'integer', minimum: 1 } },
    },
    scorePercent: { type: 'integer', minimum: 0, maximum: 100 },
    issuedOn: isoDate,
    expiresOn: { anyOf: [isoDate, { type: 'null', nullable: true }] },
    issuer: {
      type: 'object',
      additionalProperties: false,
      required: ['agency', 'parentAgency', 'signerTitle', 'signerName', 'place'],
      properties: { agency: text, parentAgency: text, signerTitle: text, signerName: text, place: text },
    },
    verifyUrl: { type: 'string', pattern: '^https?://', maxLength: 1000 },
  },
};

const signedSchema: JSONSchemaType<SignedCertificate> = {
  type: 'object',
  additionalProperties: false,
  required: ['data', 'signature'],
  properties: { data: dataSchema, signature: { type: 'string', maxLength: 200 } },
};

const isSignedCertificate = new Ajv({ allErrors: false }).compile(signedSchema);

/** The SignedCertificate embedded by renderCertificatePdf, or null when the file carries none (or a malformed one). */
export async function readSignedCertificate(pdf: Buffer): Promise<SignedCertificate | null> {
  const embedded = await embeddedText(pdf);
  if (embedded === null) return null;
  try {
    const parsed: unknown = JSON.parse(embedded);
    return isSignedCertificate(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

async function embeddedText(pdf: Buffer): Promise<string | null> {
  try {
    const document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
    const info = document.context.lookup(document.context.trailerInfo.Info);
    if (!(info instanceof PDFDict)) return null;
    const value = info.lookup(PDFName.of(CERTIFICATE_INFO_KEY));
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
  } catch {
    return null;
  }
}
