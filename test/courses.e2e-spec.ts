import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Attempt } from '../src/attempts/attempt.entity';
import { CourseImportService } from '../src/courses/course-import.service';
import { CourseVersion } from '../src/courses/course-version.entity';
import { Course } from '../src/courses/course.entity';
import { Lesson } from '../src/courses/lesson.entity';
import { Question } from '../src/courses/question.entity';
import { startAttempt } from './helpers/quiz';
import { signIn } from './helpers/test-app';
import { usePortal } from './helpers/portal-fixture';
import { describeEachDatabase } from './helpers/test-database';

const REAL_COURSES = join(__dirname, '..', 'courses');

describeEachDatabase('Course import', (kind) => {
  let coursesDir: string;
  // The portal imports from a copy of the real courses, which the tests then edit.
  const fixture = usePortal(kind, () => {
    coursesDir = mkdtempSync(join(tmpdir(), 'attt-courses-'));
    cpSync(REAL_COURSES, coursesDir, { recursive: true });
    return { COURSES_DIR: coursesDir };
  });

  const importer = () => fixture.portal.app.get(CourseImportService);
  const counts = async () => ({
    courses: await fixture.portal.dataSource.getRepository(Course).count(),
    versions: await fixture.portal.dataSource.getRepository(CourseVersion).count(),
    lessons: await fixture.portal.dataSource.getRepository(Lesson).count(),
    questions: await fixture.portal.dataSource.getRepository(Question).count(),
  });
  const editFile = (path: string, edit: (text: string) => string) => writeFileSync(join(coursesDir, path), edit(readFileSync(join(coursesDir, path), 'utf8')));

  it('imports the five courses at start, each as version 1 with every lesson and question', async () => {
    const courses = await fixture.portal.dataSource.getRepository(Course).find();
    expect(courses.map((course) => course.code).sort()).toEqual(['KGM-4032', 'MXH-CBCC', 'NTS-49', 'QTUX-874', 'TTDT-72']);
    const versions = await fixture.portal.dataSource.getRepository(CourseVersion).find();
    expect(versions.map((version) => version.version)).toEqual([1, 1, 1, 1, 1]);
    expect((await counts()).questions).toBeGreaterThanOrEqual(5 * 15);
  });

  it('changes nothing when the same content is imported again', async () => {
    const before = await counts();
    const result = await importer().importFrom(coursesDir);
    expect(result).toEqual({ ok: true, outcomes: expect.arrayContaining([expect.objectContaining({ status: 'unchanged' })]) });
    expect(result.ok && result.outcomes.every((outcome) => outcome.status === 'unchanged')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('makes changed content a new version and leaves attempts on the version they were taken on', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const attemptId = await startAttempt(agent, 'NTS-49');
    const lessonFile = 'nen-tang-so-an-toan/lessons/01-chon-nen-tang-an-toan.md';
    editFile(lessonFile, (text) => `${text}\nMột câu bổ sung cho phiên bản mới.\n`);

    const result = await importer().importFrom(coursesDir);
    expect(result.ok && result.outcomes.find((outcome) => outcome.code === 'NTS-49')).toEqual({ code: 'NTS-49', version: 2, status: 'new_version' });
    const course = await fixture.portal.dataSource.getRepository(Course).findOneByOrFail({ code: 'NTS-49' });
    const current = await fixture.portal.dataSource.getRepository(CourseVersion).findOneByOrFail({ id: course.currentVersionId! });
    expect(current.version).toBe(2);
    const attempt = await fixture.portal.dataSource.getRepository(Attempt).findOne({ where: { id: attemptId }, relations: { courseVersion: true } });
    expect(attempt!.courseVersion!.version).toBe(1);
    const lesson = await agent.get('/courses/NTS-49/lessons/1').expect(200);
    expect(lesson.text).toContain('Một câu bổ sung cho phiên bản mới.');
  });

  it('refuses invalid content with file:line messages and changes nothing', async () => {
    const before = await counts();
    editFile('trang-thong-tin-ca-nhan/questions.yaml', (text) => text.replace(/correct: \[[^\]]*\]/, 'correct: []'));
    editFile('cung-cap-thong-tin-mxh/lessons/01-cong-van-va-bo-quy-tac.md', (text) => `${text}\nNội dung thay đổi.\n`);
    const result = await importer().importFrom(coursesDir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(/trang-thong-tin-ca-nhan\/questions\.yaml:\d+: /);
    expect(await counts()).toEqual(before);
  });
});
