import { normaliseName } from '../users/search-name';
import { CsvTable } from './csv-file';
import { ColumnSpec } from './import-columns';
import { ImportProblem, importProblem } from './import-problem';
import { CheckedRow, readRows, RowReader } from './read-rows';

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

const DEPARTMENT_READER: RowReader<DepartmentColumn, DepartmentRow> = {
  columns: DEPARTMENT_COLUMNS,
  check: checkDepartmentRow,
  duplicate: (line, code, first) => importProblem(line, `duplicate department code "${code}", already on line ${first}`, `mã đơn vị trùng với dòng ${first}`),
};

/** Checks every row on its own and for duplicate codes; parents and cycles need the database (see the plan). */
export function readDepartmentRows(table: CsvTable): DepartmentReading {
  const { rows, problems, ignoredColumns } = readRows(table, DEPARTMENT_READER);
  return { rows, problems, ignoredColumns };
}

function checkDepartmentRow(line: number, values: Record<DepartmentColumn, string>): CheckedRow<DepartmentRow> {
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
