import { searchName } from '../users/search-name';
import { CsvRow } from './csv-file';
import { ImportProblem, importProblem } from './import-problem';

export interface ColumnSpec<K extends string> {
  key: K;
  english: string;
  vietnamese: string;
  required: boolean;
}

export interface ColumnMap<K extends string> {
  index: Partial<Record<K, number>>;
  width: number;
  /** Header cells that name no known column (a "STT" numbering column, notes): their values are not read. */
  ignored: string[];
}

/** "Mã cán bộ", "ma can bo", "MÃ CÁN BỘ" and "employee_code" / "Employee code" name the same column. */
function fold(header: string): string {
  return searchName(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Finds each known column in the header row, by its English or Vietnamese name. */
export function mapColumns<K extends string>(header: CsvRow, specs: readonly ColumnSpec<K>[]): { columns: ColumnMap<K>; problems: ImportProblem[] } {
  const index: Partial<Record<K, number>> = {};
  const ignored: string[] = [];
  const problems: ImportProblem[] = [];
  header.cells.forEach((cell, position) => {
    const spec = specs.find((candidate) => [candidate.english, candidate.vietnamese].some((name) => fold(name) === fold(cell)));
    if (!spec) {
      if (cell !== '') ignored.push(cell);
    } else if (index[spec.key] !== undefined) {
      problems.push(importProblem(header.line, `column "${spec.english}" appears more than once`, `cột "${spec.vietnamese}" bị lặp`));
    } else {
      index[spec.key] = position;
    }
  });
  for (const spec of specs.filter((candidate) => candidate.required && index[candidate.key] === undefined)) {
    problems.push(importProblem(header.line, `missing column "${spec.english}"`, `thiếu cột "${spec.vietnamese}"`));
  }
  return { columns: { index, width: header.cells.length, ignored }, problems };
}

/** A row's problem when its cells do not line up with the header; trailing empty cells are tolerated. */
export function columnCountProblem(row: CsvRow, width: number): ImportProblem | null {
  const used = row.cells.length > width && row.cells.slice(width).every((cell) => cell === '') ? width : row.cells.length;
  if (used === width) return null;
  return importProblem(row.line, `expected ${width} columns, found ${used}`, `số cột không đúng: cần ${width}, có ${used}`);
}

/** The row's value of each known column; an absent optional column reads as empty. */
export function cellValues<K extends string>(row: CsvRow, columns: ColumnMap<K>, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, columns.index[key] === undefined ? '' : (row.cells[columns.index[key]] ?? '')])) as Record<K, string>;
}
