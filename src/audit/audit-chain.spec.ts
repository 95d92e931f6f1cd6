import { chainHash, ChainWalker, SealedRow } from './audit-chain';

const GENESIS = '0'.repeat(64);

function sealed(rows: Array<Omit<SealedRow, 'chainSeq' | 'chainHash'>>): SealedRow[] {
  let previous = GENESIS;
  return rows.map((row, index) => {
    previous = chainHash(previous, index + 1, row);
    return { ...row, chainSeq: index + 1, chainHash: previous };
  });
}

const row = (id: number, actorName = 'hr'): Omit<SealedRow, 'chainSeq' | 'chainHash'> => ({
  id,
  occurredAt: new Date(Date.UTC(2026, 10, 30, 1, 2, 3, id)),
  action: 'auth.sign_in',
  actorId: 3,
  actorName,
  targetType: null,
  targetId: null,
  ip: '10.0.0.1',
  details: { a: 1 },
});

describe('ChainWalker', () => {
  it('should accept an untouched chain', () => {
    const walker = new ChainWalker(0, GENESIS);
    expect(sealed([row(1), row(2), row(3)]).map((item) => walker.check(item))).toEqual([null, null, null]);
    expect(walker.lastSeq).toBe(3);
  });

  it('should name the first row whose content changed', () => {
    const rows = sealed([row(1), row(2), row(3)]);
    rows[1] = { ...rows[1], actorName: 'admin' };
    const walker = new ChainWalker(0, GENESIS);
    expect(rows.map((item) => walker.check(item))[1]).toMatchObject({ eventId: 2, seq: 2, reason: expect.stringContaining('changed') });
  });

  it('should notice a removed row and a changed detail', () => {
    const rows = sealed([row(1), row(2), row(3)]);
    expect(new ChainWalker(0, GENESIS).check(rows[0]) ?? new ChainWalker(1, rows[0].chainHash!).check(rows[2])).toMatchObject({ eventId: 3, reason: expect.stringContaining('missing') });
    expect(new ChainWalker(0, GENESIS).check({ ...rows[0], details: { a: 2 } })).toMatchObject({ eventId: 1 });
  });

  it('should start after a pruning anchor', () => {
    const rows = sealed([row(1), row(2), row(3)]);
    const walker = new ChainWalker(2, rows[1].chainHash!);
    expect(walker.check(rows[2])).toBeNull();
  });
});
