import { AttemptStatus } from '../attempts/attempt-status';
import { AUDIT_ACTION_LABELS, AuditAction } from '../audit/audit-actions';
import { auditDetailLines } from '../audit/audit-details';
import { CERTIFICATE_STATUS_LABELS, CertificateStatus } from '../certificates/certificate-status';
import { describeSource, formatSourceDate } from '../courses/citations';
import { COMPLIANCE_STATUS_LABELS, ComplianceStatus } from '../compliance/compliance-status';
import { ROLE_LABELS, Role } from '../access/role';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** dd/mm/yyyy in Vietnam's time zone, whatever the server's zone is. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return '';
  const parts = Object.fromEntries(dateFormat.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** dd/mm/yyyy HH:mm in Vietnam's time zone. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return '';
  return `${formatDate(value)} ${timeFormat.format(new Date(value))}`;
}

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

/** Handlebars helpers; each escapes like `{{ }}` because they return plain strings. */
export const viewHelpers = {
  formatDate,
  formatDateTime,
  roleLabel,
  describeSource,
  /** "2026-11-24" → "24/11/2026": certificate dates are calendar dates, not instants. */
  formatIsoDate: (date: string | null): string => (date ? formatSourceDate(date) : ''),
  complianceStatusLabel: (status: ComplianceStatus): string => COMPLIANCE_STATUS_LABELS[status] ?? status,
  /** 87.5 → "87,5": Vietnamese decimal comma. */
  formatRate: (rate: number): string => rate.toFixed(1).replace('.', ','),
  certificateStatusLabel: (status: CertificateStatus): string => CERTIFICATE_STATUS_LABELS[status],
  attemptStatusLabel: (attempt: { status: AttemptStatus; passed: boolean | null }): string =>
    attempt.status === AttemptStatus.InProgress ? 'Đang làm' : attempt.status === AttemptStatus.Expired ? 'Quá giờ' : attempt.passed ? 'Đạt' : 'Chưa đạt',
  auditLabel: (action: string): string => AUDIT_ACTION_LABELS[action as AuditAction] ?? action,
  auditDetails: auditDetailLines,
  eq: (a: unknown, b: unknown): boolean => a === b,
  /** Indents a department name in a select list, where no markup is allowed. */
  indentLabel: (depth: number, name: string): string => `${'\u00a0\u00a0\u00a0'.repeat(Math.min(depth, 6))}${name}`,
};
