import { EntityManager } from 'typeorm';
import { CertificateData } from './certificate-data';
import { canonicalCertificateJson, certificateSha256 } from './certificate-signature';
import { Certificate } from './certificate.entity';

/**
 * Anonymisation: the stored certificate snapshots named the holder, so the name and code are
 * replaced. Their signatures then no longer match, on purpose: public verification answers
 * "withdrawn". Runs in the caller's transaction; returns how many certificates changed.
 */
export async function withdrawHolder(manager: EntityManager, userId: number, identity: { employeeCode: string; fullName: string }): Promise<number> {
  const certificates = await manager.find(Certificate, { where: { userId } });
  for (const certificate of certificates) {
    const data = JSON.parse(certificate.data) as CertificateData;
    const redacted: CertificateData = { ...data, holder: { ...data.holder, fullName: identity.fullName, employeeCode: identity.employeeCode } };
    await manager.update(Certificate, { id: certificate.id }, { data: canonicalCertificateJson(redacted), dataSha256: certificateSha256(redacted) });
  }
  return certificates.length;
}
