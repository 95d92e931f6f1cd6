export type CertificateStatus = 'valid' | 'expired' | 'revoked';

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  revoked: 'Đã thu hồi',
};

/** Revocation wins over expiry: a revoked certificate is reported as revoked whatever its dates. */
export function certificateStatus(certificate: { revokedAt: Date | null; expiresAt: Date | null }, now: Date = new Date()): CertificateStatus {
  if (certificate.revokedAt) return 'revoked';
  if (certificate.expiresAt && certificate.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}
