import { Writable } from 'node:stream';
import { DepartmentComplianceRow, PersonComplianceRow, ReportMeta } from '../report-rows';
import { COMPLIANCE_STATUS_LABELS } from '../../compliance/compliance-status';
import { COMPLIANCE_REPORT_TITLE, PEOPLE_REPORT_TITLE } from './report-titles';
import { DATE_FORMAT, writeXlsxReport, XlsxColumn } from './xlsx-sheet-writer';

export const COMPLIANCE_SHEET = 'Tổng hợp theo đơn vị';
export const PEOPLE_SHEET = 'Danh sách cán bộ';

const DEPARTMENT_COLUMNS: XlsxColumn<DepartmentComplianceRow>[] = [
  { header: 'Mã đơn vị', width: 14, value: (row) => row.departmentCode },
  { header: 'Đơn vị', width: 56, value: (row) => row.departmentName, alignment: (row) => ({ indent: row.depth }) },
  { header: 'Được giao', width: 11, value: (row) => row.assigned },
  { header: 'Hoàn thành', width: 12, value: (row) => row.completed },
  { header: 'Đang học', width: 11, value: (row) => row.inProgress },
  { header: 'Chưa bắt đầu', width: 14, value: (row) => row.notStarted },
  { header: 'Quá hạn', width: 10, value: (row) => row.overdue },
  { header: 'Hết hiệu lực', width: 13, value: (row) => row.expired },
  { header: 'Tỷ lệ hoàn thành (%)', width: 21, numFmt: '0.0', value: (row) => row.completionRate },
];

const PERSON_COLUMNS: XlsxColumn<PersonComplianceRow>[] = [
  { header: 'Mã cán bộ', width: 14, value: (row) => row.employeeCode },
  { header: 'Họ và tên', width: 28, value: (row) => row.fullName },
  { header: 'Mã đơn vị', width: 14, value: (row) => row.departmentCode },
  { header: 'Đơn vị', width: 40, value: (row) => row.departmentName },
  { header: 'Mã khóa học', width: 14, value: (row) => row.courseCode },
  { header: 'Khóa học', width: 44, value: (row) => row.courseTitle },
  { header: 'Trạng thái', width: 15, value: (row) => COMPLIANCE_STATUS_LABELS[row.status] },
  { header: 'Điểm cao nhất', width: 14, value: (row) => row.bestScore },
  { header: 'Ngày hoàn thành', width: 17, numFmt: DATE_FORMAT, value: (row) => excelDate(row.completedAt) },
  { header: 'Số hiệu giấy chứng nhận', width: 25, value: (row) => row.certificateSerial },
  { header: 'Hạn hoàn thành', width: 16, numFmt: DATE_FORMAT, value: (row) => excelDate(row.dueDate) },
];

/** The per-department summary as a workbook; ends `output`. */
export function writeComplianceXlsx(rows: DepartmentComplianceRow[], meta: ReportMeta, output: Writable): Promise<void> {
  const report = { title: COMPLIANCE_REPORT_TITLE, sheetName: COMPLIANCE_SHEET, columns: DEPARTMENT_COLUMNS, rows };
  return writeXlsxReport(report, meta, output);
}

/** One row per person × course, committed as `rows` yields them; ends `output`. */
export function writePeopleXlsx(rows: AsyncIterable<PersonComplianceRow>, meta: ReportMeta, output: Writable): Promise<void> {
  const report = { title: PEOPLE_REPORT_TITLE, sheetName: PEOPLE_SHEET, columns: PERSON_COLUMNS, rows };
  return writeXlsxReport(report, meta, output);
}

// exceljs stores dates as UTC day counts, so UTC midnight is read back as exactly that calendar day.
function excelDate(isoDate: string | null): Date | null {
  if (isoDate === null) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}
