import { CertificateIssuerSettings } from '../settings/certificate-issuer';
import { Role } from '../access/role';

/** A fictional province's organisation for trying the portal; never loaded in production. */
export const DEMO_PASSWORD = 'Demo@2026';

/**
 * A province as organised since 01/07/2025: no district level, communes and wards directly under
 * the province, and no Sở Thông tin và Truyền thông (merged into Sở Khoa học và Công nghệ).
 */
export const DEMO_DEPARTMENTS: Array<{ code: string; name: string; parentCode: string | null }> = [
  { code: 'UBND-TINH', name: 'Ủy ban nhân dân tỉnh An Hòa', parentCode: null },
  { code: 'VP-UBND', name: 'Văn phòng UBND tỉnh', parentCode: 'UBND-TINH' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', parentCode: 'UBND-TINH' },
  { code: 'SKHCN-VP', name: 'Văn phòng Sở', parentCode: 'SKHCN' },
  { code: 'SKHCN-CDS', name: 'Phòng Chuyển đổi số', parentCode: 'SKHCN' },
  { code: 'SKHCN-BCVT', name: 'Phòng Bưu chính, Viễn thông', parentCode: 'SKHCN' },
  { code: 'SNV', name: 'Sở Nội vụ', parentCode: 'UBND-TINH' },
  { code: 'SNV-TCBC', name: 'Phòng Tổ chức, biên chế', parentCode: 'SNV' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', parentCode: 'UBND-TINH' },
  { code: 'PHUONG-BT', name: 'UBND phường Bình Thạnh', parentCode: 'UBND-TINH' },
  { code: 'PBT-VP', name: 'Văn phòng HĐND và UBND phường Bình Thạnh', parentCode: 'PHUONG-BT' },
  { code: 'XA-AP', name: 'UBND xã An Phú', parentCode: 'UBND-TINH' },
  { code: 'XA-TL', name: 'UBND xã Tân Lập', parentCode: 'UBND-TINH' },
];

interface DemoPerson {
  employeeCode: string;
  username?: string;
  fullName: string;
  position: string;
  departmentCode: string;
  role: Role;
}

/** The four documented demo accounts (password DEMO_PASSWORD). */
export const DEMO_ACCOUNTS: DemoPerson[] = [
  { employeeCode: 'AH0001', username: 'admin', fullName: 'Trần Quốc Bảo', position: 'Chuyên viên quản trị hệ thống', departmentCode: 'SKHCN-CDS', role: Role.Admin },
  { employeeCode: 'AH0002', username: 'hr', fullName: 'Lê Thị Thu Hà', position: 'Chuyên viên tổ chức cán bộ', departmentCode: 'SNV-TCBC', role: Role.Hr },
  { employeeCode: 'AH0003', username: 'head', fullName: 'Phạm Văn Đức', position: 'Giám đốc Sở', departmentCode: 'SKHCN', role: Role.Head },
  { employeeCode: 'AH0004', username: 'learner', fullName: 'Nguyễn Thị Hằng', position: 'Chuyên viên', departmentCode: 'SKHCN-CDS', role: Role.Learner },
];

/** Other staff, who have no password until HR gives them a one-time one. */
export const DEMO_STAFF: DemoPerson[] = [
  ['AH0005', 'Hoàng Minh Tuấn', 'Chánh Văn phòng', 'VP-UBND', Role.Head],
  ['AH0006', 'Vũ Thị Lan', 'Chuyên viên', 'VP-UBND', Role.Learner],
  ['AH0007', 'Đặng Quang Huy', 'Chuyên viên', 'VP-UBND', Role.Learner],
  ['AH0008', 'Bùi Thị Ngọc Ánh', 'Chánh Văn phòng Sở', 'SKHCN-VP', Role.Learner],
  ['AH0009', 'Đỗ Văn Long', 'Văn thư', 'SKHCN-VP', Role.Learner],
  ['AH0010', 'Ngô Thị Mai', 'Kế toán', 'SKHCN-VP', Role.Learner],
  ['AH0011', 'Dương Đình Khoa', 'Trưởng phòng', 'SKHCN-CDS', Role.Learner],
  ['AH0012', 'Lý Thị Hồng Nhung', 'Chuyên viên an toàn thông tin', 'SKHCN-CDS', Role.Learner],
  ['AH0013', 'Trịnh Văn Sơn', 'Kỹ sư hệ thống', 'SKHCN-CDS', Role.Learner],
  ['AH0014', 'Phan Thị Yến', 'Trưởng phòng', 'SKHCN-BCVT', Role.Learner],
  ['AH0015', 'Võ Thanh Tùng', 'Chuyên viên', 'SKHCN-BCVT', Role.Learner],
  ['AH0016', 'Huỳnh Thị Diễm', 'Chuyên viên', 'SKHCN-BCVT', Role.Learner],
  ['AH0017', 'Mai Xuân Trường', 'Giám đốc Sở', 'SNV', Role.Head],
  ['AH0018', 'Tạ Thị Phương', 'Trưởng phòng', 'SNV-TCBC', Role.Learner],
  ['AH0019', 'Châu Văn Lợi', 'Chuyên viên', 'SNV-TCBC', Role.Learner],
  ['AH0020', 'Lương Thị Thảo', 'Chuyên viên', 'SVHTTDL', Role.Learner],
  ['AH0021', 'Đinh Công Thành', 'Chủ tịch UBND phường', 'PHUONG-BT', Role.Head],
  ['AH0022', 'Kiều Thị Quyên', 'Chánh Văn phòng', 'PBT-VP', Role.Learner],
  ['AH0023', 'Tô Văn Hiếu', 'Chuyên viên', 'PBT-VP', Role.Learner],
  ['AH0024', 'Lâm Thị Bích', 'Chủ tịch UBND xã', 'XA-AP', Role.Learner],
  ['AH0025', 'Quách Văn Nam', 'Chuyên viên Văn phòng HĐND và UBND xã', 'XA-AP', Role.Learner],
  ['AH0026', 'Nguyễn Văn Ẩn', 'Chuyên viên Phòng Văn hóa – Xã hội', 'XA-AP', Role.Learner],
  ['AH0027', 'Âu Thị Kim Oanh', 'Chủ tịch UBND xã', 'XA-TL', Role.Learner],
  ['AH0028', 'Hà Văn Thắng', 'Chuyên viên Văn phòng HĐND và UBND xã', 'XA-TL', Role.Learner],
  ['AH0029', 'Nguyễn Thị Hằng', 'Chuyên viên Phòng Kinh tế', 'XA-TL', Role.Learner],
  ['AH0030', 'Đoàn Thị Ửng', 'Chuyên viên', 'SKHCN-CDS', Role.Learner],
].map(([employeeCode, fullName, position, departmentCode, role]) => ({ employeeCode, fullName, position, departmentCode, role: role as Role }));

export const DEMO_CERTIFICATE_ISSUER: CertificateIssuerSettings = {
  parentAgency: 'ỦY BAN NHÂN DÂN TỈNH AN HÒA',
  agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  signerTitle: 'GIÁM ĐỐC',
  signerName: 'Phạm Văn Đức',
  place: 'An Hòa',
};
