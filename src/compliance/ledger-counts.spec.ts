import { CountChanges, CountedRow } from './ledger-counts';

const row = (changes: Partial<CountedRow> = {}): CountedRow => ({ userId: 33, departmentId: 7, courseId: 2, status: 'in_progress', current: true, assigned: true, ...changes });

describe('CountChanges', () => {
  it('should move one person from the old status to the new one', () => {
    const counts = new CountChanges();
    counts.move(row(), row({ status: 'completed' }));
    expect(counts.list()).toEqual([
      { departmentId: 7, courseId: 2, status: 'completed', slot: 1, delta: 1 },
      { departmentId: 7, courseId: 2, status: 'in_progress', slot: 1, delta: -1 },
    ]);
  });

  it('should count only current, assigned rows', () => {
    const counts = new CountChanges();
    counts.move(null, row({ assigned: false }));
    counts.move(row({ current: false }), null);
    counts.move(row({ assigned: false }), row());
    expect(counts.list()).toEqual([{ departmentId: 7, courseId: 2, status: 'in_progress', slot: 1, delta: 1 }]);
  });

  it('should spread people over the slots of a counter by their id', () => {
    const counts = new CountChanges();
    counts.move(null, row({ userId: 16 }));
    counts.move(null, row({ userId: 32 }));
    counts.move(null, row({ userId: 17 }));
    expect(counts.list().map((change) => [change.slot, change.delta])).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  it('should leave out what cancels and list the rest in the unique key order', () => {
    const counts = new CountChanges();
    counts.move(row({ departmentId: 9 }), row({ departmentId: 3 }));
    counts.move(null, row({ departmentId: 9 }));
    counts.move(null, row({ departmentId: 3, courseId: 1, status: 'overdue' }));
    counts.move(row(), row());
    expect(counts.list()).toEqual([
      { departmentId: 3, courseId: 1, status: 'overdue', slot: 1, delta: 1 },
      { departmentId: 3, courseId: 2, status: 'in_progress', slot: 1, delta: 1 },
    ]);
  });
});
