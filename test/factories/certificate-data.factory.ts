import { CertificateData } from '../../src/certificates/certificate-data';

/** A complete, realistic certificate; pass the parts a test is about. */
export function certificateData(overrides: Partial<CertificateData> = {}): CertificateData {
  return {
    format: 1,
    serial: 'K7QX-3MRT-9HWC',
    holder: { fullName: 'Nguyễn Thị Hằng', employeeCode: 'AH-000123', department: 'Phòng Công nghệ thông tin và Chuyển đổi số' },
    course: { code: 'ATTT-CB', title: 'An toàn thông tin cơ bản cho cán bộ, công chức', version: 2 },
    scorePercent: 90,
    issuedOn: '2026-11-24',
    expiresOn: '2028-11-24',
    issuer: {
      agency: 'Sở Thông tin và Truyền thông tỉnh An Hòa',
      parentAgency: 'Ủy ban nhân dân tỉnh An Hòa',
      signerTitle: 'Giám đốc',
      signerName: 'Trần Văn Minh',
      place: 'An Hòa',
    },
    verifyUrl: 'https://daotao.anhoa.gov.vn/verify/K7QX-3MRT-9HWC',
    ...overrides,
  };
}
