import { normaliseName } from '../users/search-name';
import { CsvTable } from './csv-file';
import { cellValues, columnCountProblem, ColumnSpec, mapColumns } from './import-columns';
import { ImportProblem, importProblem } from './import-problem';
import { noDataRows } from './staff-rows';

/** A valid row of a departments file: code and parent code in upper case, the name in NFC. */
export interface DepartmentRow {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
}

type DepartmentColumn = 'code' | 'name' | 'parentCode';

export const DEPARTMENT_COLUMNS: readonly ColumnSpec<DepartmentColumn>[] = [
  { key: 'code', english: 'code', vietnamese: 'Mã đơn vị', required: true },
  { key: 'name', english: 'name', vietnamese: 'Tên đơn vị', required: true },
  { key: 'parentCode', english: 'parent_code', vietnamese: 'Mã đơn vị cấp trên', required: true },
];

export const DEPARTMENT_CODE = /^[A-Z0-9-]{2,32}$/;
const MAX_NAME = 255;

export interface DepartmentReading {
  rows: DepartmentRow[];
  problems: ImportProblem[];
  ignoredColumns: string[];
}

/** Checks every row on its own and for duplicate codes; parents and cycles need the database (see the plan). */
export function readDepartmentRows(table: CsvTable): DepartmentReading {
  const { columns, problems } = mapColumns(table.header, DEPARTMENT_COLUMNS);
  if (problems.length > 0) return { rows: [], problems, ignoredColumns: columns.ignored };
  if (table.rows.length === 0) return { rows: [], problems: [noDataRows(table.header)], ignoredColumns: columns.ignored };
  const rows: DepartmentRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const countProblem = columnCountProblem(row, columns.width);
    if (countProblem) {
      problems.push(countProblem);
      continue;
    }
    const values = cellValues(row, columns, DEPARTMENT_COLUMNS.map((spec) => spec.key));
    const checked = checkDepartmentRow(row.line, values);
    problems.push(...checked.problems);
    const first = checked.code === null ? undefined : firstLineOf.get(checked.code);
    if (first !== undefined) {
      problems.push(importProblem(row.line, `duplicate department code "${checked.code}", already on line ${first}`, `mã đơn vị trùng với dòng ${first}`));
    } else {
      if (checked.code !== null) firstLineOf.set(checked.code, row.line);
      if (checked.row) rows.push(checked.row);
    }
  }
  return { rows, problems, ignoredColumns: columns.ignored };
}

function checkDepartmentRow(line: number, values: Record<DepartmentColumn, string>): { code: string | null; row: DepartmentRow | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const code = values.code.toUpperCase();
  if (code === '') problems.push(importProblem(line, 'empty department code', 'thiếu mã đơn vị'));
  else if (!DEPARTMENT_CODE.test(code)) {
    problems.push(importProblem(line, `invalid department code "${values.code}": use 2 to 32 letters A-Z, digits or "-"`, 'mã đơn vị không hợp lệ'));
  }
  const name = normaliseName(values.name);
  if (name === '') problems.push(importProblem(line, 'empty department name', 'thiếu tên đơn vị'));
  else if (name.length > MAX_NAME) problems.push(importProblem(line, `department name longer than ${MAX_NAME} characters`, 'tên đơn vị quá dài'));
  const parentCode = values.parentCode.toUpperCase() || null;
  const validCode = DEPARTMENT_CODE.test(code) ? code : null;
  return { code: validCode, row: problems.length === 0 && validCode ? { line, code: validCode, name, parentCode } : null, problems };
}
