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
