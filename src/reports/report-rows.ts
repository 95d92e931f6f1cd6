/** Status of a person for an assigned course (product.md §4). */
export const COMPLIANCE_STATUSES = ['completed', 'expired', 'overdue', 'in_progress', 'not_started'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  completed: 'Hoàn thành',
  expired: 'Hết hiệu lực',
  overdue: 'Quá hạn',
  in_progress: 'Đang học',
  not_started: 'Chưa bắt đầu',
};

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

/** One person × assigned course, current cycle. */
export interface PersonComplianceRow {
  employeeCode: string;
  fullName: string;
  departmentCode: string;
  departmentName: string;
  courseCode: string;
  courseTitle: string;
  status: ComplianceStatus;
  bestScore: number | null;
  /** ISO "YYYY-MM-DD" (Vietnam calendar date) or null. */
  completedAt: string | null;
  certificateSerial: string | null;
  /** ISO "YYYY-MM-DD". */
  dueDate: string;
}

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
