import { AttemptEvent } from '../common/compliance-sync';
import { vietnamDate } from '../common/vietnam-dates';
import { ComplianceStatus } from './compliance-status';

export interface CertificateFact {
  id: number;
  serial: string;
  issuedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export interface CurrentCycle {
  cycle: number;
  assignedAt: Date;
  dueDate: string;
}

export interface LedgerFacts {
  /** Earliest due date among the assignments covering the person now; null when none does. */
  assignedDueDate: string | null;
  current: CurrentCycle | null;
  certificates: CertificateFact[];
  attempts: Array<{ startedAt: Date; scorePercent: number | null }>;
  lessonReads: Date[];
  now: Date;
  /** Today in Vietnam, "YYYY-MM-DD". */
  today: string;
}

export interface LedgerRowState {
  cycle: number;
  assignedAt: Date;
  dueDate: string;
  assigned: boolean;
  status: ComplianceStatus;
  bestScore: number | null;
  certificate: CertificateFact | null;
}

/** What the ledger must hold for one person and course: the current cycle, and the one it closes if any. */
export interface LedgerPlan {
  closed: LedgerRowState | null;
  current: LedgerRowState;
}

const isExpired = (certificate: CertificateFact, now: Date): boolean => certificate.expiresAt !== null && certificate.expiresAt <= now;

/**
 * Status rules of product.md §4 for one person and course. A cycle counts the certificates
 * earned since it opened (cycle 1: ever); when its certificate expired and a newer one was
 * earned, the cycle closes as expired and the next one opens, completed.
 */
export function planLedger(facts: LedgerFacts): LedgerPlan | null {
  if (!facts.current && facts.assignedDueDate === null) return null;
  const cycle = facts.current ?? { cycle: 1, assignedAt: facts.now, dueDate: facts.assignedDueDate! };
  const start = cycle.cycle === 1 ? new Date(0) : cycle.assignedAt;
  const earned = facts.certificates.filter((certificate) => !certificate.revokedAt && certificate.issuedAt >= start).sort((a, b) => +a.issuedAt - +b.issuedAt);
  const valid = earned.filter((certificate) => !isExpired(certificate, facts.now));
  const expired = earned.filter((certificate) => isExpired(certificate, facts.now));
  const base = { assigned: facts.assignedDueDate !== null, dueDate: cycle.cycle === 1 ? (facts.assignedDueDate ?? cycle.dueDate) : cycle.dueDate };
  const latestExpired = expired.at(-1);
  const latestValid = valid.at(-1);
  if (latestValid && latestExpired && latestExpired.issuedAt < latestValid.issuedAt && facts.current) {
    const closed: LedgerRowState = { ...base, cycle: cycle.cycle, assignedAt: cycle.assignedAt, status: 'expired', bestScore: bestScore(facts, start), certificate: latestExpired };
    const reopenedAt = latestExpired.expiresAt!;
    const dueDate = vietnamDate(reopenedAt);
    return { closed, current: { ...base, dueDate, cycle: cycle.cycle + 1, assignedAt: reopenedAt, status: 'completed', bestScore: bestScore(facts, reopenedAt), certificate: latestValid } };
  }
  const certificate = latestValid ?? latestExpired ?? null;
  const status = statusOf(facts, base.dueDate, start, latestValid, latestExpired);
  return { closed: null, current: { ...base, cycle: cycle.cycle, assignedAt: cycle.assignedAt, status, bestScore: bestScore(facts, start), certificate } };
}

function statusOf(facts: LedgerFacts, dueDate: string, start: Date, valid?: CertificateFact, expired?: CertificateFact): ComplianceStatus {
  if (valid) return 'completed';
  if (expired) return 'expired';
  if (dueDate < facts.today) return 'overdue';
  const active = facts.attempts.some((attempt) => attempt.startedAt >= start) || facts.lessonReads.some((readAt) => readAt >= start);
  return active ? 'in_progress' : 'not_started';
}

function bestScore(facts: LedgerFacts, since: Date): number | null {
  const scores = facts.attempts.filter((attempt) => attempt.startedAt >= since && attempt.scorePercent !== null).map((attempt) => attempt.scorePercent!);
  return scores.length ? Math.max(...scores) : null;
}

/** A current ledger row as the attempt shortcut reads it. */
export interface ShortcutRow {
  cycle: number;
  assignedAt: Date;
  dueDate: string;
  status: ComplianceStatus;
  bestScore: number | null;
  certificateId: number | null;
}

export interface ShortcutChange {
  status: ComplianceStatus;
  bestScore: number | null;
  certificateId?: number;
  certificateSerial?: string;
  completedAt?: Date;
  expiresAt?: Date | null;
}

/**
 * The rules of product.md §4 for the common case of exam day: a current row whose cycle has no
 * certificate yet and that the attempt belongs to. There the best score rises to this one; a
 * certificate completes the row; otherwise it is in progress, or overdue past its due date.
 * Anything else (no row, a certificate already in the cycle, an older cycle's attempt) returns
 * null and takes the full recount. Tests check both against a recount.
 */
export function attemptShortcut(row: ShortcutRow, attempt: AttemptEvent, today: string): ShortcutChange | null {
  if (row.certificateId !== null || !['not_started', 'in_progress', 'overdue'].includes(row.status)) return null;
  if (row.cycle !== 1 && row.assignedAt > attempt.startedAt) return null;
  const bestScore = attempt.scorePercent === null ? row.bestScore : Math.max(row.bestScore ?? attempt.scorePercent, attempt.scorePercent);
  const { certificate } = attempt;
  if (!certificate) return { status: row.dueDate < today ? 'overdue' : 'in_progress', bestScore };
  return { status: 'completed', bestScore, certificateId: certificate.id, certificateSerial: certificate.serial, completedAt: certificate.issuedAt, expiresAt: certificate.expiresAt };
}
