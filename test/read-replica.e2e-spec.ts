import { ComplianceRecord } from '../src/compliance/compliance-record.entity';
import { MARIADB_AVAILABLE_FLAG } from './helpers/environment';
import { signIn, startTestApp, TestApp } from './helpers/test-app';
import { createTestDatabase, TestDatabase } from './helpers/test-database';

const mariadb = process.env[MARIADB_AVAILABLE_FLAG] === 'true';

/**
 * DATABASE_READ_URL: reports read from the replica, everything else from the primary. The
 * "replica" here is a second database that deliberately differs (its ledger and counters emptied), so the
 * numbers on the report say which one was read.
 */
(mariadb ? describe : describe.skip)('Reports on a read replica [mariadb]', () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let portal: TestApp;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTestDatabase('mariadb'), createTestDatabase('mariadb')]);
    const seeded = await startTestApp(replica.url);
    await seeded.dataSource.query('DELETE FROM compliance_records');
    await seeded.dataSource.query('DELETE FROM compliance_counts');
    await seeded.close();
    portal = await startTestApp(primary.url, { DATABASE_READ_URL: replica.url });
  }, 240_000);

  afterAll(async () => {
    await portal?.close();
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  it('should read the compliance report from the replica and everything else from the primary', async () => {
    expect(await portal.dataSource.getRepository(ComplianceRecord).count()).toBeGreaterThan(0);
    const { agent: hr } = await signIn(portal.server, 'hr');
    const report = await hr.get('/reports/compliance.csv').expect(200);
    const assigned = report.text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',').at(-7));
    expect(assigned.length).toBeGreaterThan(10);
    expect(new Set(assigned)).toEqual(new Set(['0']));
    // Sign-in, the session and the dashboard read the primary, where the ledger is whole.
    expect((await hr.get('/my').expect(200)).text).not.toContain('Không tìm thấy');
  });
});
