import { stringify } from 'csv-stringify';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DepartmentComplianceRow, PersonComplianceRow } from '../report-rows';
import { neutraliseCell } from './spreadsheet-safety';

/** Column order and names are the export contract (product.md §6). */
export const COMPLIANCE_CSV_COLUMNS = ['department_code', 'department_name', 'assigned', 'completed', 'in_progress', 'not_started', 'overdue', 'expired', 'completion_rate'] as const;

export const PEOPLE_CSV_COLUMNS = ['employee_code', 'full_name', 'department_code', 'course_code', 'status', 'best_score', 'completed_at', 'certificate_serial', 'due_date'] as const;

type CsvRecord<Columns extends readonly string[]> = Record<Columns[number], string | number>;

/** The per-department summary; ends `output`. */
export function writeComplianceCsv(rows: DepartmentComplianceRow[], output: Writable): Promise<void> {
  return writeCsv(
    rows.map((row) => safeRecord(departmentRecord(row))),
    COMPLIANCE_CSV_COLUMNS,
    output,
  );
}

/** One line per person × course, written as `rows` yields them and no faster than `output` takes them; ends `output`. */
export function writePeopleCsv(rows: AsyncIterable<PersonComplianceRow>, output: Writable): Promise<void> {
  return writeCsv(
    mapAsync(rows, (row) => safeRecord(personRecord(row))),
    PEOPLE_CSV_COLUMNS,
    output,
  );
}

// BOM: without it Excel reads UTF-8 as the ANSI code page and mangles every diacritic.
// CRLF: the line ending of RFC 4180 and of the Excel that most recipients open this in.
function writeCsv(records: Iterable<object> | AsyncIterable<object>, columns: readonly string[], output: Writable): Promise<void> {
  const csv = stringify({ bom: true, header: true, columns: [...columns], record_delimiter: 'windows' });
  return pipeline(Readable.from(records), csv, output);
}

function departmentRecord(row: DepartmentComplianceRow): CsvRecord<typeof COMPLIANCE_CSV_COLUMNS> {
  return {
    department_code: row.departmentCode,
    department_name: row.departmentName,
    assigned: row.assigned,
    completed: row.completed,
    in_progress: row.inProgress,
    not_started: row.notStarted,
    overdue: row.overdue,
    expired: row.expired,
    completion_rate: row.completionRate === null ? '' : row.completionRate.toFixed(1),
  };
}

function personRecord(row: PersonComplianceRow): CsvRecord<typeof PEOPLE_CSV_COLUMNS> {
  return {
    employee_code: row.employeeCode,
    full_name: row.fullName,
    department_code: row.departmentCode,
    course_code: row.courseCode,
    status: row.status,
    best_score: row.bestScore ?? '',
    completed_at: row.completedAt ?? '',
    certificate_serial: row.certificateSerial ?? '',
    due_date: row.dueDate,
  };
}

// Every text cell, so a column added later is covered too; numbers stay numbers.
function safeRecord<T extends object>(record: T): T {
  const entries = Object.entries(record as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'string' ? neutraliseCell(value) : value]);
  return Object.fromEntries(entries) as T;
}

async function* mapAsync<T, U>(source: AsyncIterable<T>, map: (item: T) => U): AsyncGenerator<U> {
  for await (const item of source) yield map(item);
}
