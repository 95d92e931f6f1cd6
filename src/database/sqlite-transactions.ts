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
