import { retentionCutoff } from '../audit/audit-retention';
import { formatDate } from '../web/view-helpers';

export interface AnonymisationCandidate {
  id: number;
  active: boolean;
  deactivatedAt: Date | null;
  anonymisedAt: Date | null;
}

/** Why a person may not be anonymised yet (Vietnamese, for the page), or null when they may. */
export function anonymisationRefusal(person: AnonymisationCandidate, retentionMonths: number, now = new Date()): string | null {
  if (person.anonymisedAt) return 'Người này đã được ẩn danh hóa.';
  if (person.active || !person.deactivatedAt) return 'Chỉ ẩn danh hóa được người đã nghỉ việc. Hãy đánh dấu nghỉ việc trước.';
  const allowedFrom = new Date(person.deactivatedAt);
  allowedFrom.setUTCMonth(allowedFrom.getUTCMonth() + retentionMonths);
  if (person.deactivatedAt > retentionCutoff(now, retentionMonths)) {
    return `Chưa hết thời hạn lưu trữ ${retentionMonths} tháng sau khi nghỉ việc: có thể ẩn danh hóa từ ngày ${formatDate(allowedFrom)}.`;
  }
  return null;
}

/** The identity an anonymised person gets: unique, stable, and saying nothing about them. */
export function anonymisedIdentity(id: number): { employeeCode: string; username: string; fullName: string } {
  return { employeeCode: `AN-${id}`, username: `an-${id}`, fullName: `Người dùng đã ẩn danh #${id}` };
}
