import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource, IsNull, Not } from 'typeorm';
import { AuditAction } from '../../src/audit/audit-actions';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Course } from '../../src/courses/course.entity';
import { CourseVersion } from '../../src/courses/course-version.entity';
import { Lesson } from '../../src/courses/lesson.entity';
import { Question } from '../../src/courses/question.entity';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation';
import { Department } from '../../src/departments/department.entity';
import { ImportUpload } from '../../src/staff-import/import-upload.entity';
import { Role } from '../../src/access/role';
import { searchName } from '../../src/users/search-name';
import { User } from '../../src/users/user.entity';
import { confirmImport, previewCsv } from '../helpers/csv-import';
import { openDatabase } from '../helpers/exam-day';
import { launchPortalProcess, PortalProcess, startPortalProcess } from '../helpers/portal-process';
import { createFaultDatabase, describeEachFaultDatabase, PrivateMariadb } from '../helpers/private-mariadb';
import { csrfTokenOf, startTestApp } from '../helpers/test-app';
import { TestDatabase } from '../helpers/test-database';
import { largeWriteUnderWay } from '../helpers/write-in-progress';

const KNOWN_STAFF = 4_980;
const NEW_STAFF = 20;
const NEW_POSITION = 'Chuyên viên chính';
const DEPARTMENT = 'XA-AP';
/** Copies of each of the five courses in the course import: 30 courses, about 1,200 lessons and questions. */
const COURSE_COPIES = 6;

/** A staff file of 5,000 rows: everyone already known gets a new position, and 20 people are new. */
function staffFile(prefix: string): string {
  const rows = Array.from({ length: KNOWN_STAFF + NEW_STAFF }, (_, index) => `${prefix}${index},Cán bộ số ${index},,${DEPARTMENT},${NEW_POSITION},learner`);
  return ['employee_code,full_name,email,department_code,position,role', ...rows].join('\n');
}

/** The people the file updates, written straight into the table (through the import they would cost a password hash each). */
async function seedKnownStaff(databaseUrl: string, prefix: string): Promise<void> {
  const app = await startTestApp(databaseUrl);
  try {
    const department = await app.dataSource.getRepository(Department).findOneByOrFail({ code: DEPARTMENT });
    const people = Array.from({ length: KNOWN_STAFF }, (_, index) => {
      const fullName = `Cán bộ số ${index}`;
      const now = new Date();
      return {
        employeeCode: `${prefix}${index}`,
        username: `${prefix}${index}`.toLowerCase(),
        fullName,
        searchName: searchName(fullName),
        position: 'Chuyên viên',
        departmentId: department.id,
        role: Role.Learner,
        createdAt: now,
        updatedAt: now,
      };
    });
    for (let start = 0; start < people.length; start += 500) await app.dataSource.getRepository(User).insert(people.slice(start, start + 500));
  } finally {
    await app.close();
  }
}

/** The five courses, each copied under new codes and folders: a course import large enough to be caught half-way. */
function manyCourses(): string {
  const source = join(__dirname, '..', '..', 'courses');
  const target = mkdtempSync(join(tmpdir(), 'attt-courses-'));
  for (const folder of readdirSync(source, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (let copy = 1; copy <= COURSE_COPIES; copy++) {
      const destination = join(target, `${folder.name}-${copy}`);
      cpSync(join(source, folder.name), destination, { recursive: true });
      const yaml = join(destination, 'course.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^code: "?([A-Z0-9-]+)"?$/m, `code: "$1-K${copy}"`));
    }
  }
  return target;
}

async function signedInAgent(baseUrl: string, username: string): Promise<TestAgent> {
  const agent = request.agent(baseUrl);
  const token = await csrfTokenOf(agent);
  await agent.post('/login').type('form').send({ username, password: DEMO_PASSWORD, _csrf: token }).expect(303);
  return agent;
}

describeEachFaultDatabase('Server killed (SIGKILL) in the middle of an import', (kind) => {
  const prefix = 'NV';
  let server: PrivateMariadb | undefined;
  let database: TestDatabase;
  const portals: PortalProcess[] = [];
  /** Every process this block starts is stopped after it, whichever test failed. */
  const started = <T extends PortalProcess>(portal: T): T => {
    portals.push(portal);
    return portal;
  };
  let check: DataSource;
  let coursesDir: string;

  beforeAll(async () => {
    ({ database, server } = await createFaultDatabase(kind));
    await seedKnownStaff(database.url, prefix);
    check = await openDatabase(database.url);
    coursesDir = manyCourses();
  }, 300_000);

  afterAll(async () => {
    await check?.destroy();
    await Promise.all(portals.map((portal) => portal.stop()));
    await database?.drop();
    await server?.close();
    if (coursesDir) rmSync(coursesDir, { recursive: true, force: true });
  });

  const staffState = async () => ({
    people: await check.getRepository(User).count(),
    withNewPosition: await check.getRepository(User).countBy({ position: NEW_POSITION }),
    appliedUploads: await check.getRepository(ImportUpload).countBy({ appliedAt: Not(IsNull()) }),
    audited: await check.getRepository(AuditEvent).countBy({ action: AuditAction.StaffImported }),
  });

  it('leaves nothing of a 5,000-row staff import killed half-way, and the same import then succeeds', async () => {
    const portal = started(await startPortalProcess(database.url));
    const agent = await signedInAgent(portal.baseUrl, 'admin');
    const previewStarted = Date.now();
    const { path, page } = await previewCsv(agent, 'staff', staffFile(prefix), 'can-bo.csv');
    // The confirmation plans the file again before writing, as long as the preview took: on SQLite,
    // whose uncommitted rows nobody else sees, the kill waits that long into the write lock.
    const planningMs = Date.now() - previewStarted;
    const before = await staffState();
    expect(before).toMatchObject({ withNewPosition: 0, appliedUploads: 0, audited: 0 });

    let answered = false;
    const applying = confirmImport(agent, path, page).then(
      () => (answered = true),
      () => undefined,
    );
    await largeWriteUnderWay(database.url, `SELECT COUNT(*) AS count FROM users WHERE position = '${NEW_POSITION}'`, 0, Math.max(500, planningMs));
    await portal.kill();
    await applying;
    expect(answered).toBe(false);
    expect(await staffState()).toEqual(before);

    // Started again: the same upload is still waiting for confirmation, and applying it now works.
    const restarted = started(await startPortalProcess(database.url));
    const admin = await signedInAgent(restarted.baseUrl, 'admin');
    const again = await admin.get(path).expect(200);
    const result = await confirmImport(admin, path, again).expect(200);
    expect(result.text).toContain(NEW_STAFF.toString());
    expect(await staffState()).toEqual({ people: before.people + NEW_STAFF, withNewPosition: KNOWN_STAFF + NEW_STAFF, appliedUploads: 1, audited: 1 });
  });

  const courseState = async () => ({
    courses: await check.getRepository(Course).count(),
    versions: await check.getRepository(CourseVersion).count(),
    lessons: await check.getRepository(Lesson).count(),
    questions: await check.getRepository(Question).count(),
    audited: await check.getRepository(AuditEvent).countBy({ action: AuditAction.CourseImported }),
  });

  it('leaves nothing of a course import killed half-way at start-up, and the next start imports it whole', async () => {
    const before = await courseState();
    expect(before.versions).toBe(5);
    const starting = started(await launchPortalProcess(database.url, { COURSES_DIR: coursesDir }));
    let ready = false;
    // Killed before it answers, the process never becomes ready: that rejection is expected.
    starting.ready.then(
      () => (ready = true),
      () => undefined,
    );
    // Nothing else writes during start-up: a write lock held 100 ms is the import.
    await largeWriteUnderWay(database.url, 'SELECT COUNT(*) AS count FROM questions', before.questions, 100);
    await starting.kill();
    expect(ready).toBe(false);
    expect(await courseState()).toEqual(before);

    started(await startPortalProcess(database.url, { COURSES_DIR: coursesDir }));
    const after = await courseState();
    expect(after.courses).toBe(before.courses + 5 * COURSE_COPIES);
    expect(after.versions).toBe(before.versions + 5 * COURSE_COPIES);
    expect(after.audited).toBe(before.audited + 5 * COURSE_COPIES);
    expect(after).toMatchObject({ lessons: before.lessons * (1 + COURSE_COPIES), questions: before.questions * (1 + COURSE_COPIES) });
  });
});
