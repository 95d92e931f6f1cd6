import { CsvRow, CsvTable } from './csv-file';
import { cellValues, columnCountProblem, ColumnSpec, mapColumns } from './import-columns';
import { ImportProblem, importProblem } from './import-problem';

/** One row checked on its own: the row when valid, and its code when the code alone is valid (to find duplicates). */
export interface CheckedRow<R> {
  code: string | null;
  row: R | null;
  problems: ImportProblem[];
}

/** A row with the right number of cells that was refused (invalid or a duplicate), with its cell values. */
export interface RefusedRow<K extends string> {
  line: number;
  values: Record<K, string>;
}

export interface RowReading<K extends string, R> {
  rows: R[];
  refused: RefusedRow<K>[];
  problems: ImportProblem[];
  ignoredColumns: string[];
}

export interface RowReader<K extends string, R> {
  columns: readonly ColumnSpec<K>[];
  check(line: number, values: Record<K, string>): CheckedRow<R>;
  duplicate(line: number, code: string, firstLine: number): ImportProblem;
}

/** Maps the header, checks every row on its own and refuses a row whose code an earlier row already used; the database is not consulted. */
export function readRows<K extends string, R>(table: CsvTable, reader: RowReader<K, R>): RowReading<K, R> {
  const { columns, problems } = mapColumns(table.header, reader.columns);
  if (problems.length > 0) return { rows: [], refused: [], problems, ignoredColumns: columns.ignored };
  if (table.rows.length === 0) return { rows: [], refused: [], problems: [noDataRows(table.header)], ignoredColumns: columns.ignored };
  const rows: R[] = [];
  const refused: RefusedRow<K>[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const countProblem = columnCountProblem(row, columns.width);
    if (countProblem) {
      problems.push(countProblem);
      continue;
    }
    const values = cellValues(
      row,
      columns,
      reader.columns.map((spec) => spec.key),
    );
    const checked = reader.check(row.line, values);
    problems.push(...checked.problems);
    const first = checked.code === null ? undefined : firstLineOf.get(checked.code);
    if (first !== undefined && checked.code !== null) problems.push(reader.duplicate(row.line, checked.code, first));
    else if (checked.code !== null) firstLineOf.set(checked.code, row.line);
    if (checked.row && first === undefined) rows.push(checked.row);
    else refused.push({ line: row.line, values });
  }
  return { rows, refused, problems, ignoredColumns: columns.ignored };
}

function noDataRows(header: CsvRow): ImportProblem {
  return importProblem(header.line + 1, 'no data rows below the header', 'không có dòng dữ liệu nào dưới dòng tiêu đề');
}
