import { DataSource } from 'typeorm';
import { COMPLIANCE_STATUSES, ComplianceStatus } from './compliance-status';
import { CONDITION_SUMS, EFFECTIVE_STATUS, effectiveCounts, effectiveStatus, sqlDateTime } from './effective-status';

const now = new Date('2026-11-24T03:00:00Z');

describe('effectiveStatus', () => {
  it('should read a stored status as of now, like the reports do', () => {
    expect(effectiveStatus({ status: 'not_started', dueDate: '2026-11-23', expiresAt: null }, now)).toBe('overdue');
    expect(effectiveStatus({ status: 'in_progress', dueDate: '2026-11-24', expiresAt: null }, now)).toBe('in_progress');
    expect(effectiveStatus({ status: 'completed', dueDate: '2026-01-01', expiresAt: new Date(+now - 1) }, now)).toBe('expired');
    expect(effectiveStatus({ status: 'completed', dueDate: '2026-01-01', expiresAt: null }, now)).toBe('completed');
  });

  it('should agree with EFFECTIVE_STATUS in SQL on every stored status, due date and expiry', async () => {
    const database = await new DataSource({ type: 'better-sqlite3', database: ':memory:' }).initialize();
    await database.query('CREATE TABLE record (status varchar(16), due_date varchar(10), expires_at datetime)');
    const dueDates = ['2026-11-23', '2026-11-24', '2026-11-25'];
    const expiries = [null, new Date(+now - 1), now, new Date(+now + 1)];
    for (const status of COMPLIANCE_STATUSES) {
      for (const dueDate of dueDates) {
        for (const expiresAt of expiries) {
          await database.query('DELETE FROM record');
          await database.query('INSERT INTO record VALUES (?, ?, ?)', [status, dueDate, expiresAt && sqlDateTime(expiresAt)]);
          const row = await database
            .createQueryBuilder()
            .from('record', 'record')
            .select(EFFECTIVE_STATUS, 'status')
            .setParameters({ now: sqlDateTime(now), today: '2026-11-24' })
            .getRawOne<{ status: string }>();
          expect({ status, dueDate, expiresAt, effective: row?.status }).toEqual({ status, dueDate, expiresAt, effective: effectiveStatus({ status, dueDate, expiresAt }, now) });
        }
      }
    }
    await database.destroy();
  });

  it('should count the same by stored status with CONDITION_SUMS as row by row', async () => {
    const database = await new DataSource({ type: 'better-sqlite3', database: ':memory:' }).initialize();
    await database.query('CREATE TABLE record (status varchar(16), due_date varchar(10), expires_at datetime)');
    const expected = new Map<string, number>();
    for (const status of COMPLIANCE_STATUSES) {
      for (const dueDate of ['2026-11-23', '2026-11-24', '2026-11-25']) {
        for (const expiresAt of [null, new Date(+now - 1), now, new Date(+now + 1)]) {
          await database.query('INSERT INTO record VALUES (?, ?, ?)', [status, dueDate, expiresAt && sqlDateTime(expiresAt)]);
          const effective = effectiveStatus({ status, dueDate, expiresAt }, now);
          expected.set(effective, (expected.get(effective) ?? 0) + 1);
        }
      }
    }
    const builder = database.createQueryBuilder().from('record', 'record').select('record.status', 'status').addSelect('COUNT(*)', 'count');
    for (const sum of CONDITION_SUMS) builder.addSelect(sum.sql, sum.alias);
    const rows = await builder
      .groupBy('record.status')
      .setParameters({ now: sqlDateTime(now), today: '2026-11-24' })
      .getRawMany<{ status: ComplianceStatus; count: number; expired: number; pastDue: number }>();
    const counted = new Map<string, number>();
    for (const row of rows) for (const [status, count] of effectiveCounts(row.status, row.count, row)) if (count) counted.set(status, (counted.get(status) ?? 0) + count);
    expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(expected));
    await database.destroy();
  });
});
