import { DataSource, EntityManager } from 'typeorm';
import { retryConflictingTransactions } from '../src/database/conflict-retry';
import { parseDatabaseUrl } from '../src/config/database-url';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MARIADB_AVAILABLE_FLAG } from './helpers/environment';
import { createTestDatabase, TestDatabase } from './helpers/test-database';

const mariadb = process.env[MARIADB_AVAILABLE_FLAG] === 'true';

/** Two transactions that take the same two rows in opposite orders: MariaDB kills one with errno 1213. */
(mariadb ? describe : describe.skip)('Transactions retried after a deadlock [mariadb]', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('mariadb');
    const options = await dataSourceOptions(parseDatabaseUrl(database.url));
    dataSource = retryConflictingTransactions(await new DataSource({ ...options, migrations: [] }).initialize());
    await dataSource.query('CREATE TABLE counters (id INTEGER PRIMARY KEY, value INTEGER NOT NULL) ENGINE=InnoDB');
    await dataSource.query('INSERT INTO counters VALUES (1, 0), (2, 0)');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should run the losing transaction again, so that both writes count once', async () => {
    let runs = 0;
    let bothHoldTheirFirstRow: () => void;
    const barrier = new Promise<void>((resolve) => (bothHoldTheirFirstRow = resolve));
    let holding = 0;
    const increment = (first: number, second: number) => async (manager: EntityManager) => {
      runs++;
      await manager.query('UPDATE counters SET value = value + 1 WHERE id = ?', [first]);
      if (++holding === 2) bothHoldTheirFirstRow();
      await barrier;
      await manager.query('UPDATE counters SET value = value + 1 WHERE id = ?', [second]);
    };
    await Promise.all([dataSource.transaction(increment(1, 2)), dataSource.getRepository('counters').manager.transaction(increment(2, 1))]);
    const rows = await dataSource.query<Array<{ id: number; value: number }>>('SELECT id, value FROM counters ORDER BY id');
    expect(rows.map((row) => Number(row.value))).toEqual([2, 2]);
    expect(runs).toBe(3);
  });
});
