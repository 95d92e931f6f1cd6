import { TableColumnOptions, TableForeignKeyOptions } from 'typeorm';

/** Matches DateTimeColumn in src/database/columns.ts: UTC with milliseconds on both databases. */
export function dateTimeColumn(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'datetime', precision: 3, isNullable };
}

export const timestampColumns: TableColumnOptions[] = [dateTimeColumn('created_at'), dateTimeColumn('updated_at')];

/** An auto-increment integer key; `integer` because SQLite allows AUTOINCREMENT only there. */
export const ID_COLUMN: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };

/** A foreign key to another table's id; RESTRICT because records (attempts, certificates) are kept forever. */
export function foreignKey(name: string, column: string, referencedTable: string): TableForeignKeyOptions {
  return { name, columnNames: [column], referencedTableName: referencedTable, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' };
}
