import { TableColumnOptions } from 'typeorm';

/** Matches DateTimeColumn in src/database/columns.ts: UTC with milliseconds on both databases. */
export function dateTimeColumn(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'datetime', precision: 3, isNullable };
}

export const timestampColumns: TableColumnOptions[] = [dateTimeColumn('created_at'), dateTimeColumn('updated_at')];

/** An auto-increment integer key; `integer` because SQLite allows AUTOINCREMENT only there. */
export const ID_COLUMN: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
