import { DataSource } from 'typeorm';

/**
 * A deferred transaction (TypeORM's `BEGIN TRANSACTION`) that reads before it writes cannot wait
 * for another process's write lock: SQLite answers SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT at once,
 * whatever the busy timeout, so several portal processes on one file failed requests under load
 * (issue 11). `BEGIN IMMEDIATE` takes the write lock first, waiting up to the busy timeout.
 */
export function immediateBegin(sql: string): string {
  return sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql;
}

/** better-sqlite3 gives the data source one query runner: its BEGIN statements take the write lock. */
export function beginSqliteTransactionsImmediately(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource;
  const runner = dataSource.createQueryRunner();
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  runner.query = ((sql: string, ...rest: unknown[]) => query(immediateBegin(sql), ...rest)) as typeof runner.query;
  return dataSource;
}
