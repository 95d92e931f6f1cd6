import { TableColumnOptions } from 'typeorm';

/** Matches DateTimeColumn in src/database/columns.ts: UTC with milliseconds on both databases. */
export function dateTimeColumn(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'datetime', precision: 3, isNullable };
}

export const timestampColumns: TableColumnOptions[] = [dateTimeColumn('created_at'), dateTimeColumn('updated_at')];
