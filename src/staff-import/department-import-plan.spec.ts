import { DepartmentSnapshot, KnownUnit, planDepartmentImport } from './department-import-plan';
import { DepartmentRow } from './department-rows';
import { formatProblem } from './import-problem';

const UNITS: KnownUnit[] = [
  { id: 1, code: 'UBND-TINH', name: 'Ủy ban nhân dân tỉnh An Hòa', parentId: null },
  { id: 2, code: 'STTTT', name: 'Sở Thông tin và Truyền thông', parentId: 1 },
  { id: 3, code: 'STTTT-CNTT', name: 'Phòng Công nghệ thông tin', parentId: 2 },
];

const snapshot: DepartmentSnapshot = { byCode: new Map(UNITS.map((unit) => [unit.code, unit])), byId: new Map(UNITS.map((unit) => [unit.id, unit])) };

const rows = (...items: Array<[string, string, string | null]>): DepartmentRow[] => items.map(([code, name, parentCode], index) => ({ line: index + 2, code, name, parentCode }));

describe('planDepartmentImport', () => {
  it('should accept a parent that comes later in the file and create parents first', () => {
    const plan = planDepartmentImport(rows(['XA-MT', 'UBND xã Mỹ Thạnh', 'UBND-HMT'], ['UBND-HMT', 'UBND huyện Mỹ Tâm', 'UBND-TINH']), snapshot);
    expect(plan.problems).toEqual([]);
    expect(plan.creates.map((unit) => unit.code)).toEqual(['UBND-HMT', 'XA-MT']);
    expect(plan.notInFile).toBe(3);
  });

  it('should report unchanged, renamed and moved departments with their changes', () => {
    const plan = planDepartmentImport(
      rows(['UBND-TINH', 'Ủy ban nhân dân tỉnh An Hòa', null], ['STTTT', 'Sở Khoa học và Công nghệ', 'UBND-TINH'], ['STTTT-CNTT', 'Phòng Công nghệ thông tin', 'UBND-TINH']),
      snapshot,
    );
    expect(plan.unchanged).toBe(1);
    expect(plan.notInFile).toBe(0);
    expect(plan.updates.map((unit) => [unit.code, unit.changes])).toEqual([
      ['STTTT', [{ field: 'Tên đơn vị', from: 'Sở Thông tin và Truyền thông', to: 'Sở Khoa học và Công nghệ' }]],
      ['STTTT-CNTT', [{ field: 'Đơn vị cấp trên', from: 'STTTT', to: 'UBND-TINH' }]],
    ]);
  });

  it('should refuse an unknown parent', () => {
    const plan = planDepartmentImport(rows(['XA-MT', 'UBND xã Mỹ Thạnh', 'UBND-XX']), snapshot);
    expect(plan.problems.map(formatProblem)).toEqual(['line 2: unknown parent department code "UBND-XX" (mã đơn vị cấp trên không tồn tại)']);
  });

  it('should refuse cycles within the file and through the database', () => {
    const plan = planDepartmentImport(rows(['AA', 'A', 'BB'], ['BB', 'B', 'AA'], ['CC', 'C', 'CC'], ['UBND-TINH', 'Tỉnh', 'STTTT-CNTT']), snapshot);
    expect(plan.problems.map(formatProblem)).toEqual([
      'line 2: department "AA" would be its own ancestor: AA → BB → AA (vòng lặp đơn vị cấp trên)',
      'line 3: department "BB" would be its own ancestor: BB → AA → BB (vòng lặp đơn vị cấp trên)',
      'line 4: department "CC" would be its own ancestor: CC → CC (vòng lặp đơn vị cấp trên)',
      'line 5: department "UBND-TINH" would be its own ancestor: UBND-TINH → STTTT-CNTT → STTTT → UBND-TINH (vòng lặp đơn vị cấp trên)',
    ]);
  });

  it('should not blame a unit whose ancestors loop elsewhere', () => {
    const plan = planDepartmentImport(rows(['AA', 'A', 'BB'], ['BB', 'B', 'CC'], ['CC', 'C', 'BB']), snapshot);
    expect(plan.problems.map((problem) => problem.line)).toEqual([3, 4]);
  });
});
