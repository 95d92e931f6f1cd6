import { vietnamDate } from '../common/vietnam-dates';
import { ComplianceStatus } from './compliance-status';

/**
 * How a stored status reads as of now: a due date or an expiry passed since the last event must
 * show before the daily job writes it to the ledger. One list of clauses, read both by
 * TypeScript (effectiveStatus) and by SQL (EFFECTIVE_STATUS), so the two cannot drift apart.
 */
const CLAUSES: ReadonlyArray<{ from: ComplianceStatus[]; when: 'expired' | 'past-due'; becomes: ComplianceStatus }> = [
  { from: ['completed'], when: 'expired', becomes: 'expired' },
  { from: ['not_started', 'in_progress'], when: 'past-due', becomes: 'overdue' },
];

const SQL_CONDITIONS = {
  expired: 'record.expires_at IS NOT NULL AND record.expires_at <= :now',
  'past-due': 'record.due_date < :today',
};

/** The rule in SQL over the alias `record`, with the parameters :now (sqlDateTime) and :today. */
export const EFFECTIVE_STATUS = `CASE
${CLAUSES.map((clause) => `  WHEN record.status IN (${clause.from.map((status) => `'${status}'`).join(', ')}) AND ${SQL_CONDITIONS[clause.when]} THEN '${clause.becomes}'`).join('\n')}
  ELSE record.status END`;

export interface StatusFacts {
  status: ComplianceStatus;
  dueDate: string;
  expiresAt: Date | null;
}

/** The rule in TypeScript, for one row already loaded. */
export function effectiveStatus(row: StatusFacts, now: Date): ComplianceStatus {
  const holds = { expired: row.expiresAt !== null && row.expiresAt <= now, 'past-due': row.dueDate < vietnamDate(now) };
  return CLAUSES.find((clause) => clause.from.includes(row.status) && holds[clause.when])?.becomes ?? row.status;
}

/**
 * The rule for an aggregate: per condition, a SUM over the alias `record` counting the rows it
 * holds for. Grouped by the stored status (which the covering index orders) instead of by the
 * rule's CASE (which needs a sort of every row), they give the counts by effective status through
 * effectiveCounts. Aliases: expired, pastDue.
 */
export const CONDITION_SUMS = [
  { sql: `SUM(CASE WHEN ${SQL_CONDITIONS.expired} THEN 1 ELSE 0 END)`, alias: 'expired' },
  { sql: `SUM(CASE WHEN ${SQL_CONDITIONS['past-due']} THEN 1 ELSE 0 END)`, alias: 'pastDue' },
] as const;

/** Rows of one stored status, and how many of them each condition holds for → counts by effective status. */
export function effectiveCounts(status: ComplianceStatus, count: number, holding: { expired: number; pastDue: number }): Array<[ComplianceStatus, number]> {
  const clause = CLAUSES.find((candidate) => candidate.from.includes(status));
  if (!clause) return [[status, count]];
  const moved = clause.when === 'expired' ? holding.expired : holding.pastDue;
  return [
    [status, count - moved],
    [clause.becomes, moved],
  ];
}

/** Datetime literal in the form both databases store (UTC, milliseconds). */
export function sqlDateTime(instant: Date): string {
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}
