import { DataSource, EntityManager } from 'typeorm';

/** MariaDB, or MySQL: the server kind (several clients, row locks, retried conflicts), whatever the URL's scheme. */
export function isMariaDb(dataSource: DataSource): boolean {
  const type = dataSource.options.type;
  return type === 'mariadb' || type === 'mysql';
}

/**
 * Find options that lock the rows read until the transaction ends, on MariaDB (SELECT … FOR
 * UPDATE); SQLite needs none: its BEGIN IMMEDIATE already holds the one write lock.
 */
export function lockedForWrite(manager: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return isMariaDb(manager.connection) ? { lock: { mode: 'pessimistic_write' } } : {};
}
