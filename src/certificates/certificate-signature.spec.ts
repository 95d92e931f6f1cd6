import { generateKeyPairSync } from 'node:crypto';
import { certificateData } from '../../test/factories/certificate-data.factory';
import { CertificateData } from './certificate-data';
import { canonicalCertificateJson, certificateSha256, signCertificate, verifyCertificateSignature } from './certificate-signature';

const keys = generateKeyPairSync('ed25519');

/** Every string and number leaf of the data, as a path and a changed copy of the data. */
function alteredCopies(data: CertificateData): [string, CertificateData][] {
  const copies: [string, CertificateData][] = [];
  const visit = (value: unknown, path: string[]): void => {
    if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
      return;
    }
    const copy = structuredClone(data) as unknown as Record<string, unknown>;
    const parent = path.slice(0, -1).reduce((node, key) => node[key] as Record<string, unknown>, copy);
    const leaf = path[path.length - 1];
    parent[leaf] = typeof value === 'number' ? value + 1 : `${String(value).slice(0, -1)}${String(value).endsWith('x') ? 'y' : 'x'}`;
    copies.push([path.join('.'), copy as unknown as CertificateData]);
  };
  visit(data, []);
  return copies;
}

function reverseKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reverseKeys(child)]),
  );
}

describe('certificate signature', () => {
  it('should produce the same canonical JSON whatever the key order', () => {
    const data = certificateData();
    const reversed = reverseKeys(data) as CertificateData;
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(data));
    expect(canonicalCertificateJson(reversed)).toBe(canonicalCertificateJson(data));
    expect(certificateSha256(reversed)).toBe(certificateSha256(data));
  });

  it('should sort keys at every level, without whitespace, in NFC', () => {
    const decomposed = certificateData({ holder: { fullName: 'Nguyễn Thị Hằng'.normalize('NFD'), employeeCode: 'E1', department: 'D' } });
    const json = canonicalCertificateJson(decomposed);
    expect(json).toMatch(/^\{"course":\{"code":"ATTT-CB","title":".*","version":2\},"expiresOn":"2028-11-24","format":1,"holder":\{"department":"D"/);
    expect(json).not.toMatch(/\s"|":\s/);
    expect(json).toContain('"fullName":"Nguyễn Thị Hằng"'.normalize('NFC'));
    expect(certificateSha256(decomposed)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should verify a signature made with the matching key', () => {
    const data = certificateData();
    expect(verifyCertificateSignature({ data, signature: signCertificate(data, keys.privateKey) }, keys.publicKey)).toBe(true);
  });

  it('should reject a change to any field', () => {
    const data = certificateData();
    const signature = signCertificate(data, keys.privateKey);
    const copies = alteredCopies(data);
    expect(copies.length).toBeGreaterThanOrEqual(17);
    for (const [path, altered] of copies) {
      expect([path, verifyCertificateSignature({ data: altered, signature }, keys.publicKey)]).toEqual([path, false]);
    }
  });

  it('should reject a signature made with another key', () => {
    const data = certificateData();
    const other = generateKeyPairSync('ed25519');
    expect(verifyCertificateSignature({ data, signature: signCertificate(data, other.privateKey) }, keys.publicKey)).toBe(false);
  });

  it('should return false, not throw, on malformed signatures and data', () => {
    const data = certificateData();
    const good = signCertificate(data, keys.privateKey);
    for (const signature of ['', 'not base64!', '%%%%', good.slice(0, -4), `${good}AAAA`, ` ${good}`, good.replace(/=+$/, '')]) {
      expect(verifyCertificateSignature({ data, signature }, keys.publicKey)).toBe(false);
    }
    expect(verifyCertificateSignature({ data, signature: 42 as unknown as string }, keys.publicKey)).toBe(false);
    expect(verifyCertificateSignature({ data: { ...data, scorePercent: NaN }, signature: good }, keys.publicKey)).toBe(false);
    expect(verifyCertificateSignature(null as unknown as { data: CertificateData; signature: string }, keys.publicKey)).toBe(false);
  });
});
