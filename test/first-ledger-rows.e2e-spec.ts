import { DataSource, EntityManager, In } from 'typeorm';
import { Role } from '../src/access/role';
import { COMPLIANCE_SYNC, ComplianceSync } from '../src/common/compliance-sync';
import { ComplianceRecord } from '../src/compliance/compliance-record.entity';
import { Course } from '../src/courses/course.entity';
import { Department } from '../src/departments/department.entity';
import { UsersService } from '../src/users/users.service';
import { MARIADB_AVAILABLE_FLAG } from './helpers/environment';
import { usePortal } from './helpers/portal-fixture';

const mariadb = process.env[MARIADB_AVAILABLE_FLAG] === 'true';

async function innodbDeadlocks(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<Array<{ Value: string }>>("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'");
  return Number(row.Value);
}

/**
 * Two learners' first ledger rows, written by two transactions at once, side by side at the end
 * of the ledger's unique index: the situation that stalled the Galera writer on exam day
 * (issue 14). Each transaction's ledger UPDATE finds no row before either INSERTs. Under
 * REPEATABLE READ those UPDATEs lock the same gap and the two INSERTs deadlock; the portal's
 * transactions read committed, so both go through at the first try.
 */
(mariadb ? describe : describe.skip)('First ledger rows written at the same time [mariadb]', () => {
  const fixture = usePortal('mariadb');

  it('inserts both rows without a deadlock', async () => {
    const dataSource = fixture.portal.dataSource;
    const sync = fixture.portal.app.get<ComplianceSync>(COMPLIANCE_SYNC);
    const course = await dataSource.getRepository(Course).findOneByOrFail({ code: 'KGM-4032' });
    const department = await dataSource.getRepository(Department).findOneByOrFail({ code: 'XA-AP' });
    const users = fixture.portal.app.get(UsersService);
    const learners = [];
    for (const code of ['FIRST-1', 'FIRST-2']) learners.push(await users.create({ employeeCode: code, fullName: `Học viên ${code}`, departmentId: department.id, role: Role.Learner }));
    const ids = learners.map((learner) => learner.id);
    const ledger = dataSource.getRepository(ComplianceRecord);
    expect(await ledger.countBy({ courseId: course.id, userId: In(ids) })).toBe(0);

    const deadlocksBefore = await innodbDeadlocks(dataSource);
    let runs = 0;
    let atInsert = 0;
    let bothAtInsert!: () => void;
    const barrier = new Promise<void>((resolve) => (bothAtInsert = resolve));
    const recordFirstAttempt = (userId: number) =>
      dataSource.transaction(async (manager) => {
        runs++;
        // Holds each transaction's INSERT back until both have run their UPDATE.
        const paused = Object.create(manager) as EntityManager;
        paused.insert = (async (...args: Parameters<EntityManager['insert']>) => {
          if (++atInsert === 2) bothAtInsert();
          await barrier;
          return manager.insert(...args);
        }) as EntityManager['insert'];
        await sync.recordAttempt(paused, course.id, userId, { startedAt: new Date(), scorePercent: null, certificate: null });
      });
    await Promise.all(ids.map(recordFirstAttempt));

    expect(await innodbDeadlocks(dataSource)).toBe(deadlocksBefore);
    expect(runs).toBe(2);
    const rows = await ledger.findBy({ courseId: course.id, userId: In(ids), current: true });
    expect(rows.map((row) => row.userId).sort((a, b) => a - b)).toEqual(ids);
  });
});
