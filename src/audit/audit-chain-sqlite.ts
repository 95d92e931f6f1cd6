import { AuditAction } from './audit-actions';
import { chainHash, ChainedContent } from './audit-chain';

/** The part of a better-sqlite3 Database used here (the package ships no typings). */
export interface SqliteHandle {
  inTransaction: boolean;
  prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[]; run(...params: unknown[]): { changes: number } };
  transaction<T>(work: () => T): { immediate(): T };
}

interface RawRow {
  id: number;
  occurred_at: string;
  action: string;
  actor_id: number | null;
  actor_name: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: string | null;
}

/** SQLite stores datetimes as "YYYY-MM-DD HH:MM:SS.SSS" in UTC (TypeORM's format for better-sqlite3). */
function sqliteDate(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

function content(row: RawRow): ChainedContent {
  return {
    id: row.id,
    occurredAt: new Date(`${row.occurred_at.replace(' ', 'T')}Z`),
    action: row.action,
    actorId: row.actor_id,
    actorName: row.actor_name,
    targetType: row.target_type,
    targetId: row.target_id,
    ip: row.ip,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
  };
}

/**
 * On SQLite the chain is sealed in one synchronous IMMEDIATE transaction on the better-sqlite3
 * handle: it never yields to the event loop while holding the write lock, so a second app
 * instance in the same process (tests) cannot wait on it forever. Returns null when a TypeORM
 * transaction is open on this connection: the caller tries again a moment later.
 */
export function sealSqlite(db: SqliteHandle, batch: number): number | null {
  if (db.inTransaction) return null;
  return db
    .transaction(() => {
      const head = db.prepare('SELECT seq, hash FROM audit_chain_heads WHERE id = 1').get() as { seq: number; hash: string };
      const pending = db.prepare('SELECT * FROM audit_events WHERE chain_seq IS NULL ORDER BY id LIMIT ?').all(batch) as RawRow[];
      const seal = db.prepare('UPDATE audit_events SET chain_seq = ?, chain_hash = ? WHERE id = ?');
      let { seq, hash } = head;
      for (const row of pending) {
        seq++;
        hash = chainHash(hash, seq, content(row));
        seal.run(seq, hash, row.id);
      }
      db.prepare('UPDATE audit_chain_heads SET seq = ?, hash = ? WHERE id = 1').run(seq, hash);
      return pending.length;
    })
    .immediate();
}

/** The SQLite twin of the prune in audit-chain-store.ts, synchronous for the same reason as sealSqlite. */
export function pruneSqlite(db: SqliteHandle, before: Date): { deleted: number; throughSeq: number } | null {
  if (db.inTransaction) return null;
  return db
    .transaction(() => {
      const head = db.prepare('SELECT anchor_seq AS anchorSeq FROM audit_chain_heads WHERE id = 1').get() as { anchorSeq: number };
      const last = db
        .prepare('SELECT chain_seq AS seq, chain_hash AS hash FROM audit_events WHERE occurred_at < ? AND chain_seq > ? ORDER BY chain_seq DESC LIMIT 1')
        .get(sqliteDate(before), head.anchorSeq) as { seq: number; hash: string } | undefined;
      if (!last) return { deleted: 0, throughSeq: head.anchorSeq };
      const deleted = db.prepare('DELETE FROM audit_events WHERE chain_seq <= ?').run(last.seq).changes;
      db.prepare('UPDATE audit_chain_heads SET anchor_seq = ?, anchor_hash = ? WHERE id = 1').run(last.seq, last.hash);
      const details = JSON.stringify({ before: before.toISOString(), deleted, throughSeq: last.seq, anchorHash: last.hash });
      db.prepare('INSERT INTO audit_events (occurred_at, action, details) VALUES (?, ?, ?)').run(sqliteDate(new Date()), AuditAction.AuditPruned, details);
      return { deleted, throughSeq: last.seq };
    })
    .immediate();
}
