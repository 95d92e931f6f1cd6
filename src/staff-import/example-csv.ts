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
    ['AH0101', 'Nguyễn Văn An', 'an.nv@anhoa.gov.vn', 'STTTT-CNTT', 'Chuyên viên', 'Học viên'],
    ['AH0102', 'Trần Thị Bích Ngọc', 'ngoc.ttb@anhoa.gov.vn', 'SNV-TCBC', 'Trưởng phòng', 'Trưởng đơn vị'],
    ['AH0103', 'Lê Hoàng Phúc', '', 'XA-AP', 'Công chức Tư pháp – Hộ tịch', ''],
  ]);

export const EXAMPLE_DEPARTMENTS_CSV =
  BOM +
  stringify([
    DEPARTMENT_COLUMNS.map((column) => column.vietnamese),
    ['STTTT-ATTT', 'Phòng An toàn thông tin', 'STTTT'],
    ['UBND-HMT', 'UBND huyện Mỹ Tâm', 'UBND-TINH'],
    ['XA-MT', 'UBND xã Mỹ Thạnh', 'UBND-HMT'],
    ['HMT-VP', 'Văn phòng HĐND và UBND huyện, Mỹ Tâm', 'UBND-HMT'],
  ]);
