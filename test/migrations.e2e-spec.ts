import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../src/config/database-url';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase, describeEachDatabase, TestDatabase } from './helpers/test-database';

const TABLES = [
  'departments',
  'users',
  'sessions',
  'audit_events',
  'login_rate_limits',
  'courses',
  'course_versions',
  'lessons',
  'questions',
  'lesson_reads',
  'attempts',
  'attempt_questions',
  'certificates',
  'settings',
  'import_uploads',
  'import_upload_chunks',
  'assignments',
  'compliance_records',
  'notices',
  'audit_chain_heads',
  'password_history',
  'drill_campaigns',
  'drill_recipients',
  'drill_reports',
  'drill_department_counts',
];

describeEachDatabase('Migrations', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = new DataSource(await dataSourceOptions(parseDatabaseUrl(database.url)));
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const existingTables = async (): Promise<string[]> => {
    const runner = dataSource.createQueryRunner();
    try {
      const present = await Promise.all(TABLES.map(async (table) => ((await runner.hasTable(table)) ? table : null)));
      return present.filter((table): table is string => table !== null);
    } finally {
      await runner.release();
    }
  };

  it('bring an empty database up to the full schema', async () => {
    expect(await existingTables()).toEqual([]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toHaveLength(dataSource.migrations.length);
    expect(await existingTables()).toEqual(TABLES);
  });

  it('match the entities exactly: no pending schema change', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are a no-op when run again', async () => {
    expect(await dataSource.runMigrations()).toEqual([]);
  });

  it('can be undone one by one down to an empty database', async () => {
    for (let step = 0; step < dataSource.migrations.length; step++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await existingTables()).toEqual([]);
  });
});
