import { generateKeyPairSync } from 'node:crypto';
import { SignedCertificate } from '../src/certificates/certificate-data';
import { signCertificate } from '../src/certificates/certificate-signature';
import { certificateData } from '../test/factories/certificate-data.factory';

/** A typical certificate signed with a throw-away key: rendering speed does not depend on the key. */
export function sampleSignedCertificate(): SignedCertificate {
  const { privateKey } = generateKeyPairSync('ed25519');
  const data = certificateData();
  return { data, signature: signCertificate(data, privateKey) };
}
