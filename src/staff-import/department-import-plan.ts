import { DepartmentRow } from './department-rows';
import { ImportProblem, importProblem } from './import-problem';
import { FieldChange, ImportPlan, shown } from './import-plan';

export interface KnownUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
}

/** Every department in the database, by code and by id. */
export interface DepartmentSnapshot {
  byCode: Map<string, KnownUnit>;
  byId: Map<number, KnownUnit>;
}

export interface PlannedDepartment {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface PlannedDepartmentUpdate extends PlannedDepartment {
  id: number;
  changes: FieldChange[];
}

export type DepartmentPlan = ImportPlan<PlannedDepartment, PlannedDepartmentUpdate>;

/**
 * Compares valid rows with the database. A parent may be a department that exists or one that
 * comes anywhere in the file; the tree the file would produce must have no cycle. New departments
 * come out parents first, so they can be created in that order.
 */
export function planDepartmentImport(rows: DepartmentRow[], snapshot: DepartmentSnapshot): DepartmentPlan {
  const inFile = new Map(rows.map((row) => [row.code, row]));
  const parentOf = (code: string): string | null => {
    const row = inFile.get(code);
    if (row) return row.parentCode;
    const parentId = snapshot.byCode.get(code)?.parentId;
    return parentId == null ? null : (snapshot.byId.get(parentId)?.code ?? null);
  };
  const plan: DepartmentPlan = { creates: [], updates: [], unchanged: 0, notInFile: snapshot.byCode.size, problems: [] };
  for (const row of rows) {
    const known = snapshot.byCode.get(row.code);
    if (known) plan.notInFile--;
    const problem = parentProblem(row, inFile, snapshot) ?? cycleProblem(row, parentOf);
    if (problem) plan.problems.push(problem);
    else if (!known) plan.creates.push(row);
    else planKnownUnit(plan, row, known, snapshot);
  }
  plan.creates = parentsFirst(plan.creates);
  return plan;
}

function parentProblem(row: DepartmentRow, inFile: Map<string, DepartmentRow>, snapshot: DepartmentSnapshot): ImportProblem | null {
  if (row.parentCode === null || inFile.has(row.parentCode) || snapshot.byCode.has(row.parentCode)) return null;
  return importProblem(row.line, `unknown parent department code "${row.parentCode}"`, 'mã đơn vị cấp trên không tồn tại');
}

/** Follows the parents the file would give; coming back to the row's own code is a cycle. */
function cycleProblem(row: DepartmentRow, parentOf: (code: string) => string | null): ImportProblem | null {
  const chain = [row.code];
  const seen = new Set(chain);
  for (let code = parentOf(row.code); code !== null; code = parentOf(code)) {
    chain.push(code);
    if (code === row.code) {
      return importProblem(row.line, `department "${row.code}" would be its own ancestor: ${chain.join(' → ')}`, 'vòng lặp đơn vị cấp trên');
    }
    // A loop elsewhere in the file is reported on its own rows.
    if (seen.has(code)) return null;
    seen.add(code);
  }
  return null;
}

function planKnownUnit(plan: DepartmentPlan, row: DepartmentRow, known: KnownUnit, snapshot: DepartmentSnapshot): void {
  const knownParent = known.parentId === null ? null : (snapshot.byId.get(known.parentId)?.code ?? null);
  const changes: FieldChange[] = [];
  if (known.name !== row.name) changes.push({ field: 'Tên đơn vị', from: known.name, to: row.name });
  if (knownParent !== row.parentCode) changes.push({ field: 'Đơn vị cấp trên', from: shown(knownParent), to: shown(row.parentCode) });
  if (changes.length === 0) plan.unchanged++;
  else plan.updates.push({ ...row, id: known.id, changes });
}

/** Orders new departments so that each comes after a new parent; the file's order is kept otherwise. */
function parentsFirst(creates: PlannedDepartment[]): PlannedDepartment[] {
  const pending = new Map(creates.map((unit) => [unit.code, unit]));
  const ordered: PlannedDepartment[] = [];
  const place = (unit: PlannedDepartment): void => {
    if (!pending.delete(unit.code)) return;
    const parent = unit.parentCode === null ? undefined : pending.get(unit.parentCode);
    if (parent) place(parent);
    ordered.push(unit);
  };
  creates.forEach(place);
  return ordered;
}
