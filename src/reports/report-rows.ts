import { LedgerPersonRow } from '../compliance/ledger-queries';

/** One department with its sub-departments rolled up. */
export interface DepartmentComplianceRow {
  departmentCode: string;
  departmentName: string;
  /** 0 for the top of the report's tree; for indentation in pages and PDFs. */
  depth: number;
  assigned: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  expired: number;
  /** completed ÷ assigned in percent with one decimal (87.5); null when nothing is assigned. */
  completionRate: number | null;
}

/** One person × assigned course, current cycle, as reports show it. */
export type PersonComplianceRow = Omit<LedgerPersonRow, 'id' | 'completedAt'> & {
  /** ISO "YYYY-MM-DD" (Vietnam calendar date) or null. */
  completedAt: string | null;
};

/** What the printed report says about itself. */
export interface ReportMeta {
  parentAgency: string;
  agency: string;
  place: string;
  generatedAt: Date;
  /** Human-readable filters, e.g. { department: 'Sở Thông tin và Truyền thông', course: 'Tất cả khóa học' }. */
  departmentLabel: string;
  courseLabel: string;
  preparedBy: string;
}
