import { createHash } from 'node:crypto';

/** The columns of an audit row that its chain hash covers: everything but the chain columns themselves. */
export interface ChainedContent {
  id: number;
  occurredAt: Date;
  action: string;
  actorId: number | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

/**
 * SHA-256 over the previous row's hash, this row's position and its content, in a fixed order.
 * Changing any column of a sealed row, or removing or reordering rows, changes a hash.
 */
export function chainHash(previousHash: string, seq: number, row: ChainedContent): string {
  const content = JSON.stringify([seq, row.id, new Date(row.occurredAt).toISOString(), row.action, row.actorId, row.actorName, row.targetType, row.targetId, row.ip, row.details ?? null]);
  return createHash('sha256').update(previousHash).update('\n').update(content).digest('hex');
}

export interface SealedRow extends ChainedContent {
  chainSeq: number | null;
  chainHash: string | null;
}

export interface ChainBreak {
  eventId: number;
  seq: number;
  reason: string;
}

/**
 * Walks sealed rows in chain order from a starting point and returns the first break, or null.
 * Keeps its place between calls so that a long chain can be checked page by page.
 */
export class ChainWalker {
  private expectedSeq: number;
  private previousHash: string;

  public constructor(startSeq: number, startHash: string) {
    this.expectedSeq = startSeq + 1;
    this.previousHash = startHash;
  }

  public get lastSeq(): number {
    return this.expectedSeq - 1;
  }

  public get lastHash(): string {
    return this.previousHash;
  }

  public check(row: SealedRow): ChainBreak | null {
    if (row.chainSeq !== this.expectedSeq) {
      return { eventId: row.id, seq: row.chainSeq ?? 0, reason: `rows are missing before it (expected position ${this.expectedSeq}, found ${row.chainSeq})` };
    }
    const expected = chainHash(this.previousHash, this.expectedSeq, row);
    if (expected !== row.chainHash) return { eventId: row.id, seq: this.expectedSeq, reason: 'its content or hash was changed after it was sealed' };
    this.previousHash = expected;
    this.expectedSeq++;
    return null;
  }
}
