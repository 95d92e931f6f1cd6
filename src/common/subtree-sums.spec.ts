import { percent, subtreeSums } from './subtree-sums';

describe('subtreeSums', () => {
  it('should add to each department the counts of its sub-departments, and only those', () => {
    const departments = [
      { id: 1, code: 'P', name: 'Tỉnh', path: '/1/', depth: 0 },
      { id: 2, code: 'S', name: 'Sở', path: '/1/2/', depth: 1 },
      { id: 3, code: 'X', name: 'Xã', path: '/1/3/', depth: 1 },
    ];
    const counts = new Map([
      [1, { done: 1, open: 0 }],
      [2, { done: 2, open: 3 }],
    ]);
    expect(subtreeSums(departments, counts, { done: 0, open: 0 })).toEqual([
      { done: 3, open: 3 },
      { done: 2, open: 3 },
      { done: 0, open: 0 },
    ]);
  });
});

describe('percent', () => {
  it('should give one decimal, and nothing when there is nothing to divide by', () => {
    expect(percent(7, 8)).toBe(87.5);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
  });
});
