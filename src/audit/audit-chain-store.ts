import { DataSource, EntityManager, IsNull, LessThan, LessThanOrEqual, MoreThan, Not } from 'typeorm';
import { AuditAction } from './audit-actions';
import { ChainBreak, chainHash, ChainWalker } from './audit-chain';
import { AuditChainHead } from './audit-chain-head.entity';
import { AuditEvent } from './audit-event.entity';
import { pruneSqlite, sealSqlite, SqliteHandle } from './audit-chain-sqlite';
import { recordAudit } from './record-audit';

const HEAD_ID = 1;
const BATCH = 1000;

/**
 * Takes the chain's head row for this transaction: an UPDATE locks the row on MariaDB and takes
 * the write lock on SQLite, so sealers and pruners of every app instance take turns and the
 * chain never forks. (SELECT … FOR UPDATE does not exist on SQLite.)
 */
async function lockHead(manager: EntityManager): Promise<AuditChainHead> {
  await manager.query('UPDATE audit_chain_heads SET seq = seq WHERE id = 1');
  return manager.findOneByOrFail(AuditChainHead, { id: HEAD_ID });
}

/**
 * Gives every unsealed audit row its place and hash, oldest id first. Rows are sealed after they
 * commit (an event written inside a long transaction is sealed once it is visible), so the chain
 * follows sealing order, which `chain_seq` records.
 */
export async function sealPendingAuditEvents(dataSource: DataSource): Promise<number> {
  const sqlite = sqliteHandle(dataSource);
  let sealed = 0;
  for (;;) {
    const count = sqlite
      ? await whenIdle(() => sealSqlite(sqlite, BATCH))
      : await dataSource.transaction(async (manager) => {
          const head = await lockHead(manager);
          const pending = await manager.find(AuditEvent, { where: { chainSeq: IsNull() }, order: { id: 'ASC' }, take: BATCH });
          let { seq, hash } = head;
          for (const event of pending) {
            seq++;
            hash = chainHash(hash, seq, event);
            await manager.update(AuditEvent, { id: event.id }, { chainSeq: seq, chainHash: hash });
          }
          if (pending.length > 0) await manager.update(AuditChainHead, { id: HEAD_ID }, { seq, hash });
          return pending.length;
        });
    sealed += count;
    if (count < BATCH) return sealed;
  }
}

export interface ChainReport {
  /** Sealed rows checked. */
  checked: number;
  /** Rows written but not sealed yet (sealed within seconds by a running portal). */
  unsealed: number;
  firstBreak: ChainBreak | null;
}

/** Recomputes the chain from the pruning anchor to the head; reads only. */
export async function verifyAuditChain(dataSource: DataSource): Promise<ChainReport> {
  const head = await dataSource.manager.findOneByOrFail(AuditChainHead, { id: HEAD_ID });
  const walker = new ChainWalker(head.anchorSeq, head.anchorHash);
  const events = dataSource.getRepository(AuditEvent);
  let checked = 0;
  for (;;) {
    const page = await events.find({ where: { chainSeq: MoreThan(walker.lastSeq) }, order: { chainSeq: 'ASC' }, take: BATCH });
    for (const event of page) {
      const broken = walker.check(event);
      if (broken) return { checked, unsealed: await countUnsealed(dataSource), firstBreak: broken };
      checked++;
    }
    if (page.length < BATCH) break;
  }
  const unsealed = await countUnsealed(dataSource);
  if (walker.lastSeq !== head.seq || walker.lastHash !== head.hash) {
    return {
      checked,
      unsealed,
      firstBreak: { eventId: 0, seq: walker.lastSeq + 1, reason: `the chain ends at position ${walker.lastSeq} but its head says ${head.seq}: rows were removed from the end` },
    };
  }
  const anchorBreak = head.anchorSeq > 0 ? await checkAnchor(dataSource, head) : null;
  return { checked, unsealed, firstBreak: anchorBreak };
}

/** The head's anchor must be the one the last prune event (itself in the chain) recorded. */
async function checkAnchor(dataSource: DataSource, head: AuditChainHead): Promise<ChainBreak | null> {
  const prune = await dataSource.getRepository(AuditEvent).findOne({ where: { action: AuditAction.AuditPruned, chainSeq: Not(IsNull()) }, order: { chainSeq: 'DESC' } });
  if (prune && prune.details?.throughSeq === head.anchorSeq && prune.details?.anchorHash === head.anchorHash) return null;
  return { eventId: prune?.id ?? 0, seq: head.anchorSeq, reason: 'the pruning anchor does not match the last recorded prune' };
}

async function countUnsealed(dataSource: DataSource): Promise<number> {
  return dataSource.getRepository(AuditEvent).countBy({ chainSeq: IsNull() });
}

/**
 * Deletes sealed rows that occurred before `before`, from the start of the chain, and anchors the
 * chain at the last deleted row: the anchor is kept in the head and recorded as an audit event, so
 * the chain still verifies and the prune itself is on record.
 */
export async function pruneAuditEvents(dataSource: DataSource, before: Date): Promise<{ deleted: number; throughSeq: number }> {
  await sealPendingAuditEvents(dataSource);
  const sqlite = sqliteHandle(dataSource);
  const result = sqlite
    ? await whenIdle(() => pruneSqlite(sqlite, before))
    : await dataSource.transaction(async (manager) => {
        const head = await lockHead(manager);
        const last = await manager.findOne(AuditEvent, { where: { occurredAt: LessThan(before), chainSeq: MoreThan(head.anchorSeq) }, order: { chainSeq: 'DESC' } });
        if (!last?.chainSeq || !last.chainHash) return { deleted: 0, throughSeq: head.anchorSeq };
        const { affected } = await manager.delete(AuditEvent, { chainSeq: LessThanOrEqual(last.chainSeq) });
        await manager.update(AuditChainHead, { id: HEAD_ID }, { anchorSeq: last.chainSeq, anchorHash: last.chainHash });
        const deleted = affected ?? 0;
        await recordAudit(manager, { action: AuditAction.AuditPruned, details: { before: before.toISOString(), deleted, throughSeq: last.chainSeq, anchorHash: last.chainHash } });
        return { deleted, throughSeq: last.chainSeq };
      });
  // The prune event confirms the anchor: seal it at once so the chain verifies straight away.
  await sealPendingAuditEvents(dataSource);
  return result;
}

function sqliteHandle(dataSource: DataSource): SqliteHandle | null {
  return dataSource.options.type === 'better-sqlite3' ? (dataSource.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection : null;
}

/** Runs synchronous SQLite work once no TypeORM transaction is open on the shared connection. */
async function whenIdle<T>(work: () => T | null): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const result = work();
    if (result !== null) return result;
    if (attempt >= 500) throw new Error('the SQLite connection stayed inside a transaction for too long');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
