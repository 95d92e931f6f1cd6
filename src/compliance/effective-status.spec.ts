import { DataSource } from 'typeorm';
import { COMPLIANCE_STATUSES, ComplianceStatus } from './compliance-status';
import { EFFECTIVE_STATUS, effectiveStatus, sqlDateTime, STALE_CLAUSES } from './effective-status';

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

  it('should count the same by stored status moved by STALE_CLAUSES as row by row', async () => {
    const database = await new DataSource({ type: 'better-sqlite3', database: ':memory:' }).initialize();
    await database.query('CREATE TABLE record (status varchar(16), due_date varchar(10), expires_at datetime)');
    const expected = new Map<string, number>();
    const counted = new Map<string, number>();
    const add = (counts: Map<string, number>, status: string, count: number) => counts.set(status, (counts.get(status) ?? 0) + count);
    for (const status of COMPLIANCE_STATUSES) {
      for (const dueDate of ['2026-11-23', '2026-11-24', '2026-11-25']) {
        for (const expiresAt of [null, new Date(+now - 1), now, new Date(+now + 1)]) {
          await database.query('INSERT INTO record VALUES (?, ?, ?)', [status, dueDate, expiresAt && sqlDateTime(expiresAt)]);
          add(expected, effectiveStatus({ status, dueDate, expiresAt }, now), 1);
          add(counted, status, 1);
        }
      }
    }
    for (const clause of STALE_CLAUSES) {
      const stale = await database
        .createQueryBuilder()
        .from('record', 'record')
        .select('record.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where(clause.sql)
        .groupBy('record.status')
        .setParameters({ now: sqlDateTime(now), today: '2026-11-24' })
        .getRawMany<{ status: ComplianceStatus; count: number }>();
      for (const row of stale) {
        add(counted, row.status, -row.count);
        add(counted, clause.becomes, row.count);
      }
    }
    expect(Object.fromEntries([...counted].filter(([, count]) => count))).toEqual(Object.fromEntries(expected));
    await database.destroy();
  });
});
