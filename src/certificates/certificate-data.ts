/**
 * Everything a certificate states, fixed at issue. It is signed (Ed25519 over its canonical
 * JSON), stored with its SHA-256, embedded in the PDF, and the PDF is rendered from it alone:
 * later changes to the person, the department or the course never reach an issued certificate.
 */
export interface CertificateData {
  /** Format version of this structure, for verifiers of old files. */
  format: 1;
  /** Random, readable aloud: groups of 4 from 23456789ABCDEFGHJKMNPQRSTUVWXYZ, e.g. "K7QX-3MRT-9HWC". */
  serial: string;
  holder: {
    /** NFC, exactly as it must come back from text extraction. */
    fullName: string;
    employeeCode: string;
    department: string;
  };
  course: {
    code: string;
    title: string;
    version: number;
  };
  /** Whole percent. */
  scorePercent: number;
  /** Calendar dates in Vietnam (Asia/Ho_Chi_Minh), ISO "YYYY-MM-DD". */
  issuedOn: string;
  /** Null when the course's certificates do not expire. */
  expiresOn: string | null;
  issuer: {
    /** The issuing agency, e.g. "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH AN HÒA". */
    agency: string;
    /** The agency above it, printed on the first header line (may be empty). */
    parentAgency: string;
    signerTitle: string;
    signerName: string;
    /** Place name for the date line, e.g. "An Hòa". */
    place: string;
  };
  /** `<PUBLIC_URL>/verify/<serial>`: what the QR code encodes. */
  verifyUrl: string;
}

/** What travels inside the PDF (Info dictionary key `ATTTCertificate`, JSON). */
export interface SignedCertificate {
  data: CertificateData;
  /** Base64 Ed25519 signature over canonicalCertificateJson(data). */
  signature: string;
}
