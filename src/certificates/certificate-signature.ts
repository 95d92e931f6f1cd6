import { createHash, KeyObject, sign, verify } from 'node:crypto';
import { CertificateData, SignedCertificate } from './certificate-data';

const ED25519_SIGNATURE_BYTES = 64;
const STRICT_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Deterministic JSON: object keys sorted (by UTF-16 code unit, as RFC 8785) at every level, no
 * whitespace, strings in NFC. Undefined members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (typeof value === 'number') {
    // A signature over "null" where a number was meant would certify something nobody wrote.
    if (!Number.isFinite(value)) throw new TypeError(`Cannot canonicalise the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') return canonicalObject(value as Record<string, unknown>);
  throw new TypeError(`Cannot canonicalise a value of type ${typeof value}`);
}

function canonicalObject(object: Record<string, unknown>): string {
  const members = Object.entries(object)
    .filter(([, member]) => member !== undefined)
    .map(([key, member]) => [key.normalize('NFC'), member] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
  return `{${members.join(',')}}`;
}

/** What the signature covers. */
export function canonicalCertificateJson(data: CertificateData): string {
  return canonicalJson(data);
}

/** Hex SHA-256 of the canonical JSON, stored beside the certificate. */
export function certificateSha256(data: CertificateData): string {
  return createHash('sha256').update(canonicalCertificateJson(data), 'utf8').digest('hex');
}

/** Base64 Ed25519 signature over the canonical JSON. */
export function signCertificate(data: CertificateData, privateKey: KeyObject): string {
  return sign(null, Buffer.from(canonicalCertificateJson(data), 'utf8'), privateKey).toString('base64');
}

/** False, never an exception, for anything that is not a matching signature. */
export function verifyCertificateSignature(signed: SignedCertificate, publicKey: KeyObject): boolean {
  try {
    const signature = decodeSignature(signed.signature);
    if (!signature) return false;
    return verify(null, Buffer.from(canonicalCertificateJson(signed.data), 'utf8'), publicKey, signature);
  } catch {
    return false;
  }
}

// Buffer.from(…, 'base64') skips invalid characters silently; a signature must be exactly that.
function decodeSignature(encoded: unknown): Buffer | null {
  if (typeof encoded !== 'string' || !STRICT_BASE64.test(encoded)) return null;
  const bytes = Buffer.from(encoded, 'base64');
  return bytes.length === ED25519_SIGNATURE_BYTES && bytes.toString('base64') === encoded ? bytes : null;
}
