import { stringify } from 'csv-stringify/sync';
import { DEPARTMENT_COLUMNS } from './department-rows';
import { STAFF_COLUMNS } from './staff-rows';

/** Excel opens a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/** Vietnamese headers and values, with codes of the demo organisation, so the file imports as it is. */
export const EXAMPLE_STAFF_CSV =
  BOM +
  stringify([
    STAFF_COLUMNS.map((column) => column.vietnamese),
    ['AH0101', 'Nguyễn Văn An', 'an.nv@anhoa.gov.vn', 'SKHCN-CDS', 'Chuyên viên', 'Học viên'],
    ['AH0102', 'Trần Thị Bích Ngọc', 'ngoc.ttb@anhoa.gov.vn', 'SNV-TCBC', 'Trưởng phòng', 'Trưởng đơn vị'],
    ['AH0103', 'Lê Hoàng Phúc', '', 'XA-AP', 'Chuyên viên Phòng Văn hóa – Xã hội', ''],
  ]);

export const EXAMPLE_DEPARTMENTS_CSV =
  BOM +
  stringify([
    DEPARTMENT_COLUMNS.map((column) => column.vietnamese),
    ['SKHCN-CNS', 'Phòng Quản lý công nghệ và Đổi mới sáng tạo', 'SKHCN'],
    ['XA-MT', 'UBND xã Mỹ Thạnh', 'UBND-TINH'],
    ['MT-VP', 'Văn phòng HĐND và UBND xã Mỹ Thạnh', 'XA-MT'],
    ['MT-VHXH', 'Phòng Văn hóa – Xã hội, xã Mỹ Thạnh', 'XA-MT'],
  ]);
