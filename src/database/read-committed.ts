import { DataSource } from 'typeorm';
import { isMariaDb } from './database-kind';

/**
 * MariaDB runs every transaction the portal opens at READ COMMITTED instead of InnoDB's default
 * REPEATABLE READ. Under REPEATABLE READ an UPDATE that finds no row (a learner's first ledger
 * row, a first reminder) locks the gap where the row would go; two such transactions then each
 * wait for the other's gap to INSERT, and MariaDB kills one as a deadlock. On exam day that is
 * every pair of first submissions next to each other in an index: on the Galera cluster test the
 * retries piled up behind one another until the writer stalled (issue 14). READ COMMITTED takes
 * no gap locks; uniqueness is decided by unique keys, which it still enforces. A transaction
 * that names its own isolation level keeps it. SQLite has one writer and is left as it is.
 */
export function readCommittedTransactions(dataSource: DataSource): DataSource {
  if (!isMariaDb(dataSource)) return dataSource;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (...args: unknown[]) => (typeof args[0] === 'function' ? transaction('READ COMMITTED', args[0]) : transaction(...args));
  return dataSource;
}
