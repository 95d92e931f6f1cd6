import { ForbiddenException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AttemptQuestion } from '../src/attempts/attempt-question.entity';
import { AttemptStatus } from '../src/attempts/attempt-status';
import { Attempt } from '../src/attempts/attempt.entity';
import { AuditAction } from '../src/audit/audit-actions';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { CourseImportService } from '../src/courses/course-import.service';
import { CourseVersion } from '../src/courses/course-version.entity';
import { Course } from '../src/courses/course.entity';
import { Question } from '../src/courses/question.entity';
import { DepartmentsService } from '../src/departments/departments.service';
import { ITEM_ANALYSIS_CSV_COLUMNS } from '../src/item-analysis/item-analysis-csv';
import { ItemAnalysisService } from '../src/item-analysis/item-analysis.service';
import { Role } from '../src/access/role';
import { UsersService } from '../src/users/users.service';
import { VALID_COURSE } from './fixtures/courses/course-fixture';
import { getBytes } from './helpers/export-streams';
import { usePortal } from './helpers/portal-fixture';
import { signIn } from './helpers/test-app';
import { describeEachDatabase } from './helpers/test-database';

const CODE = 'ATTT-01';
const PASSWORD = 'Phan-tich-cau-hoi-2026';
const ACCOUNTS = [Role.Learner, Role.Head, Role.Hr, Role.Admin];
type CsvRow = Record<string, string>;

/**
 * Twelve submitted attempts, written by hand: nine on version 1 (A1–A9), three on version 2 (B1–B3),
 * inserted in this order so that ids rise in it. Thirds of the course by (score, id), four each:
 *   bottom: A5 (0), B3 (0), A2 (25), A9 (25)
 *   middle: A4 (50), A8 (50), B1 (50), A3 (75)
 *   top:    A6 (75), A1 (100), A7 (100), B2 (100)   — A3 and A6 tie at 75; the lower id goes lower.
 * Plus one attempt in progress and one expired, with no answers recorded (as the app leaves them): neither may take
 * a place in the thirds, or every third above would shift.
 */
const V1_ATTEMPTS: Array<[name: string, score: number, answers: Record<string, string[]>]> = [
  ['A1', 100, { q01: ['c'], q02: ['a', 'c'], q03: ['dung'] }],
  ['A2', 25, { q01: ['a'], q02: ['a'], q03: ['sai'] }],
  ['A3', 75, { q01: ['c'], q03: ['sai'] }],
  ['A4', 50, { q02: ['c', 'a'], q03: ['dung'] }],
  ['A5', 0, { q01: ['b'], q02: [], q03: ['sai'] }],
  ['A6', 75, { q01: ['c'], q03: ['dung'] }],
  ['A7', 100, { q01: ['b'], q02: ['a', 'c'] }],
  ['A8', 50, { q02: ['a', 'b', 'c'], q03: ['sai'] }],
  ['A9', 25, { q01: ['c'], q02: ['a', 'c'] }],
];
const V2_ATTEMPTS: Array<[name: string, score: number, answers: Record<string, string[]>]> = [
  ['B1', 50, { q01: ['c'] }],
  ['B2', 100, { q01: ['c'] }],
  ['B3', 0, { q01: ['a'] }],
];

describeEachDatabase('Item analysis', (kind) => {
  // The portal imports a copy of the test course that this suite controls (and edits for version 2).
  const coursesDir = mkdtempSync(join(tmpdir(), 'attt-item-analysis-'));
  const courseDir = join(coursesDir, 'mat-khau-an-toan');
  const fixture = usePortal(kind, () => {
    cpSync(VALID_COURSE, courseDir, { recursive: true });
    // The full key after every attempt, so the copy needs no per-question `rule` (product.md §2).
    if (!/^review:/m.test(readFileSync(join(courseDir, 'course.yaml'), 'utf8'))) appendFileSync(join(courseDir, 'course.yaml'), 'review: always\n');
    return { COURSES_DIR: coursesDir, DEMO_DATA: 'false' };
  });
  const dataSource = () => fixture.portal.dataSource;
  const agents = new Map<Role, request.Agent>();
  const as = (role: Role): request.Agent => agents.get(role)!;
  let learnerId = 0;

  afterAll(() => rmSync(coursesDir, { recursive: true, force: true }));

  beforeAll(async () => {
    const unit = await fixture.portal.app.get(DepartmentsService).create({ code: 'SO-PT', name: 'Sở Phân tích' });
    for (const role of ACCOUNTS) {
      const user = await fixture.portal.app.get(UsersService).create({ employeeCode: `PT-${role}`, username: role, fullName: `Người ${role}`, role, departmentId: unit.id, password: PASSWORD });
      if (role === Role.Learner) learnerId = user.id;
      agents.set(role, (await signIn(fixture.portal.server, role, PASSWORD)).agent);
    }
    appendFileSync(join(courseDir, 'lessons', '01-dat-mat-khau.md'), '\nMột câu bổ sung cho phiên bản 2.\n');
    const imported = await fixture.portal.app.get(CourseImportService).importFrom(coursesDir);
    expect(imported).toEqual({ ok: true, outcomes: [{ code: CODE, version: 2, status: 'new_version' }] });

    const [v1, v2] = await versions();
    for (const [, score, answers] of V1_ATTEMPTS) await insertAttempt(v1, AttemptStatus.Submitted, score, answers);
    await insertAttempt(v1, AttemptStatus.InProgress, null, { q01: null });
    await insertAttempt(v1, AttemptStatus.Expired, 0, { q01: null });
    for (const [, score, answers] of V2_ATTEMPTS) await insertAttempt(v2, AttemptStatus.Submitted, score, answers);
  });

  const versions = async (): Promise<CourseVersion[]> => {
    const course = await dataSource().getRepository(Course).findOneByOrFail({ code: CODE });
    return dataSource()
      .getRepository(CourseVersion)
      .find({ where: { courseId: course.id }, order: { version: 'ASC' } });
  };

  /** One attempt row and its drawn questions, marked right when the answer is exactly the key. */
  async function insertAttempt(version: CourseVersion, status: AttemptStatus, score: number | null, answers: Record<string, string[] | null>): Promise<void> {
    const questions = await dataSource().getRepository(Question).findBy({ courseVersionId: version.id });
    const byKey = new Map(questions.map((question) => [question.questionKey, question]));
    const at = new Date();
    const attempt = await dataSource()
      .getRepository(Attempt)
      .save({
        userId: learnerId,
        courseId: version.courseId,
        courseVersionId: version.id,
        status,
        inProgressKey: status === AttemptStatus.InProgress ? `${learnerId}:${version.courseId}` : null,
        startedAt: at,
        deadlineAt: null,
        submittedAt: status === AttemptStatus.InProgress ? null : at,
        questionCount: version.questionsPerAttempt,
        correctCount: null,
        scorePercent: score,
        passed: score === null ? null : score >= version.passScore,
      });
    const rows = Object.entries(answers).map(([key, answer], index) => {
      const question = byKey.get(`attt01-${key}`)!;
      const right = answer !== null && answer.length === question.correct.length && answer.every((id) => question.correct.includes(id));
      return { attemptId: attempt.id, position: index + 1, questionId: question.id, optionOrder: question.options.map((option) => option.id), answer, isCorrect: answer === null ? null : right };
    });
    await dataSource().getRepository(AttemptQuestion).save(rows);
  }

  function downloadCsv(agent: request.Agent, path = `/admin/courses/${CODE}/items.csv`): request.Test {
    return getBytes(agent, path);
  }

  const exportsAudited = () => dataSource().getRepository(AuditEvent).countBy({ action: AuditAction.ItemAnalysisExported });

  /** The text of each cell of a question's row in a version's table. */
  function cellsOf(html: string, version: number, key: string): string[] {
    const section = html.slice(html.indexOf(`id="phien-ban-${version}"`));
    const row = new RegExp(`<tr data-question="attt01-${key}">([\\s\\S]*?)</tr>`).exec(section.slice(0, section.indexOf('</section>')))![1];
    return [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) =>
      cell[1]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }

  it('shows every question of every version, newest version first, with the hand-computed indices', async () => {
    const page = await as(Role.Admin).get(`/admin/courses/${CODE}/items`).expect(200);
    expect(page.text.indexOf('id="phien-ban-2"')).toBeLessThan(page.text.indexOf('id="phien-ban-1"'));
    expect(page.text).toContain('12 bài đã nộp');
    expect(page.text).toContain(`href="/admin/courses/${CODE}/items.csv"`);
    const [v1] = await versions();
    expect(page.text.match(/<tr data-question=/g)).toHaveLength(2 * (await dataSource().getRepository(Question).countBy({ courseVersionId: v1.id })));

    // q01 v1: drawn by A1 A2 A3 A5 A6 A7 A9, right by A1 A3 A6 A9 → 4/7 = 57,1 %.
    // Top A1 A6 A7: 2 of 3 right; bottom A2 A5 A9: 1 of 3 right → 0,67 − 0,33 = 0,33.
    expect(cellsOf(page.text, 1, 'q01').slice(1, 4)).toEqual(['7', '57,1%', '0,33']);
    // q02 v1 (multiple a+c): right A1 A4 A7 A9 → 57,1 %; top A1 A7 2/2, bottom A2 A5 A9 1/3 → 0,67.
    expect(cellsOf(page.text, 1, 'q02').slice(1, 4)).toEqual(['7', '57,1%', '0,67']);
    // q03 v1: top A1 A6 both wrong, bottom A2 A5 both right → 0 − 1 = −1,00; only 7 draws, so no flag.
    expect(cellsOf(page.text, 1, 'q03').slice(1, 6)).toEqual(['7', '57,1%', '−1,00', '3 dung. Đúng 4 sai. Sai Đáp án', 'Chưa đủ số lần ra đề để đánh giá']);
    // q01 v2: B1 B2 right, B3 wrong → 66,7 %; top B2 1/1, bottom B3 0/1 → 1,00.
    expect(cellsOf(page.text, 2, 'q01').slice(1, 4)).toEqual(['3', '66,7%', '1,00']);
    expect(cellsOf(page.text, 1, 'q04').slice(1, 4)).toEqual(['0', '–', '–']);
  });

  it('counts each option a learner ticked, with its text, and blank answers apart', async () => {
    const page = await as(Role.Admin).get(`/admin/courses/${CODE}/items`).expect(200);
    // q01 v1: a by A2; b by A5 A7; c by A1 A3 A6 A9.
    expect(cellsOf(page.text, 1, 'q01')[4]).toMatch(/^1 a\. .+ 2 b\. .+ 4 c\. .+ Đáp án$/);
    // q02 v1: a by A1 A2 A4 A7 A8 A9 = 6; b by A8 = 1; c by A1 A4 A7 A8 A9 = 5; A5 left it blank.
    expect(cellsOf(page.text, 1, 'q02')[4]).toMatch(/^6 a\. .+ Đáp án 1 b\. .+ 5 c\. .+ Đáp án 1 Bỏ trống$/);
  });

  it('exports one CSV row per question per version, with a BOM and an English header, and audits it', async () => {
    const before = await exportsAudited();
    const response = await downloadCsv(as(Role.Admin)).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="phan-tich-cau-hoi-ATTT-01-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(ITEM_ANALYSIS_CSV_COLUMNS.join(','));
    const rows = parse(text, { columns: true }) as CsvRow[];
    const [v1] = await versions();
    expect(rows).toHaveLength(2 * (await dataSource().getRepository(Question).countBy({ courseVersionId: v1.id })));
    expect(rows.slice(0, 2).map((row) => row.version)).toEqual(['2', '2']);
    const row = (version: string, key: string) => rows.find((item) => item.version === version && item.question_id === `attt01-${key}`)!;
    expect(row('1', 'q01')).toMatchObject({
      course_code: CODE,
      question_type: 'single',
      times_drawn: '7',
      answered_right: '4',
      facility_index: '0.571',
      top_third_drawn: '3',
      top_third_right: '2',
      bottom_third_drawn: '3',
      bottom_third_right: '1',
      discrimination_index: '0.333',
      correct_options: 'c',
      option_counts: 'a=1;b=2;c=4',
      unanswered: '0',
      flags: '',
    });
    expect(row('1', 'q02')).toMatchObject({
      question_type: 'multiple',
      top_third_drawn: '2',
      top_third_right: '2',
      discrimination_index: '0.667',
      correct_options: 'a;c',
      option_counts: 'a=6;b=1;c=5',
      unanswered: '1',
    });
    expect(row('1', 'q03')).toMatchObject({ question_type: 'true_false', discrimination_index: '-1', option_counts: 'dung=3;sai=4', flags: '' });
    expect(row('2', 'q01')).toMatchObject({ times_drawn: '3', answered_right: '2', facility_index: '0.667', discrimination_index: '1', option_counts: 'a=1;b=0;c=2' });
    expect(row('1', 'q04')).toMatchObject({ times_drawn: '0', facility_index: '', discrimination_index: '', option_counts: 'a=0;b=0;c=0;d=0' });

    expect(await exportsAudited()).toBe(before + 1);
    const event = await dataSource()
      .getRepository(AuditEvent)
      .findOneOrFail({ where: { action: AuditAction.ItemAnalysisExported }, order: { id: 'DESC' } });
    expect(event).toMatchObject({ actorName: 'admin', targetType: 'course', targetId: CODE, details: { versions: 2, submittedAttempts: 12 } });
  });

  it('flags a question once it has been drawn 30 times', async () => {
    // Thirty more attempts on version 2, all scoring 100: q04 always right (100 %), q06 always wrong (0 %).
    // Of the 42 attempts the bottom third (14) is the first twelve and two of these, the top third fourteen of these,
    // so both questions discriminate 0: neither is flagged as negative.
    const [, v2] = await versions();
    const key = async (questionKey: string) => (await dataSource().getRepository(Question).findOneByOrFail({ courseVersionId: v2.id, questionKey })).correct;
    const [easy, hard] = [await key('attt01-q04'), await key('attt01-q06')];
    const wrong = hard[0] === 'a' ? 'b' : 'a';
    for (let index = 0; index < 30; index++) await insertAttempt(v2, AttemptStatus.Submitted, 100, { q04: easy, q06: [wrong] });

    const page = await as(Role.Admin).get(`/admin/courses/${CODE}/items`).expect(200);
    expect(cellsOf(page.text, 2, 'q04').slice(1, 4)).toEqual(['30', '100,0%', '0,00']);
    expect(cellsOf(page.text, 2, 'q04')[5]).toBe('Quá dễ');
    expect(cellsOf(page.text, 2, 'q06').slice(1, 4)).toEqual(['30', '0,0%', '0,00']);
    expect(cellsOf(page.text, 2, 'q06')[5]).toBe('Quá khó');
    const rows = parse((await downloadCsv(as(Role.Admin)).expect(200)).body.toString('utf8').slice(1), { columns: true }) as CsvRow[];
    expect(rows.find((row) => row.version === '2' && row.question_id === 'attt01-q04')).toMatchObject({ times_drawn: '30', facility_index: '1', flags: 'too_easy' });
    expect(rows.find((row) => row.version === '2' && row.question_id === 'attt01-q06')).toMatchObject({ facility_index: '0', flags: 'too_hard' });
  });

  it.each([Role.Learner, Role.Head, Role.Hr])('refuses %s the page and the CSV, for known and unknown courses alike, and audits nothing', async (role) => {
    const before = await exportsAudited();
    for (const code of [CODE, 'NO-SUCH-COURSE']) {
      await as(role).get(`/admin/courses/${code}/items`).expect(403);
      await downloadCsv(as(role), `/admin/courses/${code}/items.csv`).expect(403);
    }
    expect(await exportsAudited()).toBe(before);
  });

  it('refuses a non-admin in the service itself, not only at the route', async () => {
    const learner = (await fixture.portal.app.get(UsersService).findSignedInUser(learnerId))!;
    await expect(fixture.portal.app.get(ItemAnalysisService).analyse(learner, CODE)).rejects.toBeInstanceOf(ForbiddenException);
    await expect(fixture.portal.app.get(ItemAnalysisService).exportCsv(learner, CODE, '127.0.0.1')).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('answers 404 to an admin for an unknown course, page and CSV, and audits nothing', async () => {
    const before = await exportsAudited();
    await as(Role.Admin).get('/admin/courses/NO-SUCH-COURSE/items').expect(404);
    await downloadCsv(as(Role.Admin), '/admin/courses/NO-SUCH-COURSE/items.csv').expect(404);
    expect(await exportsAudited()).toBe(before);
  });

  it('sends anyone not signed in to the sign-in page', async () => {
    await request(fixture.portal.server)
      .get(`/admin/courses/${CODE}/items`)
      .expect(303)
      .expect('Location', `/login?next=${encodeURIComponent(`/admin/courses/${CODE}/items`)}`);
    await request(fixture.portal.server).get(`/admin/courses/${CODE}/items.csv`).expect(303);
  });

  it('links the course page to the analysis for admins only', async () => {
    const link = `href="/admin/courses/${CODE}/items"`;
    expect((await as(Role.Admin).get(`/courses/${CODE}`).expect(200)).text).toContain(link);
    for (const role of [Role.Learner, Role.Head, Role.Hr]) expect((await as(role).get(`/courses/${CODE}`).expect(200)).text).not.toContain(link);
  });
});
