import { Column, ColumnOptions } from 'typeorm';

/**
 * UTC datetime with milliseconds. The explicit precision matters: without it MariaDB drops the
 * milliseconds that SQLite keeps, and tests on SQLite alone would hide the difference.
 */
export function DateTimeColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'datetime', precision: 3, ...options });
}
