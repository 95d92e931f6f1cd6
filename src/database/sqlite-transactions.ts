import { DataSource } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection per process, so two requests opening transactions
 * at the same time fail with "cannot start a transaction within a transaction". Queue them
 * instead. (A transaction must therefore never open another one through the root manager: use
 * the manager it was given.) MariaDB has a connection pool and is left as it is.
 */
export function serialiseSqliteTransactions(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  manager.transaction = (...args: unknown[]) => {
    const run = queue.then(() => transaction(...args));
    queue = run.catch(() => undefined);
    return run;
  };
  return dataSource;
}

/**
 * SQLite transactions take the write lock when they begin (BEGIN IMMEDIATE) instead of at their
 * first write. With several processes on one file (WAL), a deferred transaction that read first
 * fails at once with SQLITE_BUSY when another process committed in between, whatever the busy
 * timeout; an immediate one waits for the lock (busy_timeout) and then always succeeds. The
 * transactions here run without leaving the event loop (better-sqlite3 is synchronous and every
 * statement resolves in the same turn), so the lock is held for milliseconds.
 */
export function beginSqliteTransactionsImmediately(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource;
  // better-sqlite3's driver hands out one query runner per data source.
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  runner.query = ((sql: string, ...rest: unknown[]) => query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest)) as typeof runner.query;
  return dataSource;
}
