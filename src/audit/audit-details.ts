/** Vietnamese names of the detail keys events carry; unknown keys are shown as they are. */
const LABELS: Record<string, string> = {
  department: 'Đơn vị',
  course: 'Khóa học',
  reason: 'Lý do',
  replacement: 'Giấy mới',
  roleChanges: 'Thay đổi vai trò',
  roleChangeCount: 'Số người đổi vai trò',
  file: 'Tệp',
  created: 'Thêm mới',
  updated: 'Cập nhật',
  unchanged: 'Không thay đổi',
  notInFile: 'Không có trong tệp',
  method: 'Phương thức',
  path: 'Đường dẫn',
  status: 'Mã trả về',
  format: 'Định dạng',
  attempt: 'Bài làm',
  version: 'Phiên bản',
  before: 'Trước thời điểm',
  correctCount: 'Số câu đúng',
  scorePercent: 'Điểm (%)',
  passed: 'Đạt',
  deleted: 'Số dòng đã xóa',
  throughSeq: 'Đến vị trí',
  anchorHash: 'Mã băm neo',
};

export interface AuditDetailLine {
  label: string;
  value: string;
}

/**
 * An event's details as label/value lines for the audit page (export filters, a revocation's
 * reason, role changes: product.md §10). Values are plain text, escaped by the template.
 */
export function auditDetailLines(details: Record<string, unknown> | null | undefined): AuditDetailLine[] {
  if (!details || typeof details !== 'object') return [];
  return Object.entries(details).map(([key, value]) => ({ label: LABELS[key] ?? key, value: detailText(key, value) }));
}

function detailText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return key === 'department' || key === 'course' ? 'tất cả' : '—';
  if (key === 'roleChanges' && Array.isArray(value)) {
    return value.map((change: { employeeCode?: string; from?: string; to?: string }) => `${change.employeeCode}: ${change.from} → ${change.to}`).join('; ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a primitive here: objects were returned above
  return String(value).slice(0, 500);
}
