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

/** Each clause as an SQL condition over the alias `record`: the stored status is one it reads otherwise, and its condition holds. */
const CLAUSES_IN_SQL = CLAUSES.map((clause) => ({
  sql: `record.status IN (${clause.from.map((status) => `'${status}'`).join(', ')}) AND ${SQL_CONDITIONS[clause.when]}`,
  becomes: clause.becomes,
}));

/** The rule in SQL over the alias `record`, with the parameters :now (sqlDateTime) and :today. */
export const EFFECTIVE_STATUS = `CASE
${CLAUSES_IN_SQL.map((clause) => `  WHEN ${clause.sql} THEN '${clause.becomes}'`).join('\n')}
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
 * The rule's clauses in SQL over the alias `record` (parameters :now and :today): the rows for
 * which `sql` holds read as `becomes`, whatever their stored status.
 */
export const STALE_CLAUSES: ReadonlyArray<{ sql: string; becomes: ComplianceStatus }> = CLAUSES_IN_SQL;

/** Datetime literal in the form both databases store (UTC, milliseconds). */
export function sqlDateTime(instant: Date): string {
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}
