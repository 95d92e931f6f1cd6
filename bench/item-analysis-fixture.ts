import { DataSource } from 'typeorm';
import { CourseVersion } from '../src/courses/course-version.entity';
import { Course } from '../src/courses/course.entity';
import { Question } from '../src/courses/question.entity';
import { Department } from '../src/departments/department.entity';
import { Role } from '../src/access/role';
import { User } from '../src/users/user.entity';
import { seeded } from './report-fixture';

const CHUNK = 1000;
const BANK = 30;
const LEARNERS = 1000;
const OPTION_IDS = ['a', 'b', 'c', 'd'];
const AT = '2026-11-01 08:00:00.000';

/**
 * One course with a bank of 30 questions and `attempts` submitted attempts of `perAttempt` questions
 * each (100,000 × 10 = 1,000,000 answers), inserted in bulk. Learners have an ability and questions
 * a difficulty, so that scores, thirds and discrimination look like real data. Returns the course code.
 */
export async function generateItemAnalysisData(dataSource: DataSource, attempts: number, perAttempt: number): Promise<string> {
  const random = seeded(7);
  const units = dataSource.getRepository(Department);
  const unit = await units.save(units.create({ code: 'BENCH-ITEMS', name: 'Đơn vị đo', parentId: null, path: '/' }));
  const users: Array<Partial<User>> = [];
  for (let index = 0; index < LEARNERS; index++) {
    users.push({
      employeeCode: `IA${index}`,
      username: `ia${index}`,
      fullName: `Người học ${index}`,
      searchName: `nguoi hoc ${index}`,
      departmentId: unit.id,
      role: Role.Learner,
      passwordHash: null,
      mustChangePassword: false,
      active: true,
      passwordChangedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  }
  for (let start = 0; start < users.length; start += 100) await dataSource.getRepository(User).insert(users.slice(start, start + 100));
  const firstUser = (await dataSource.getRepository(User).findOneByOrFail({ username: 'ia0' })).id;
  const course = await dataSource.getRepository(Course).save(dataSource.getRepository(Course).create({ code: 'BENCH-ITEMS', slug: 'bench-items', currentVersionId: null }));
  const version = await dataSource.getRepository(CourseVersion).save({
    courseId: course.id,
    version: 1,
    contentHash: 'bench',
    title: 'Khóa học đo',
    summary: '',
    sources: [],
    passScore: 80,
    questionsPerAttempt: perAttempt,
    maxAttempts: 3,
    timeLimitMinutes: 15,
    validityMonths: 24,
    importedAt: new Date(),
  });
  await dataSource.getRepository(Course).update(course.id, { currentVersionId: version.id });
  const questions = await dataSource.getRepository(Question).save(
    Array.from({ length: BANK }, (_, index) => ({
      courseVersionId: version.id,
      questionKey: `bench-q${index + 1}`,
      position: index + 1,
      type: index % 3 === 2 ? ('multiple' as const) : ('single' as const),
      text: `Câu hỏi đo số ${index + 1}`,
      options: OPTION_IDS.map((id) => ({ id, text: `Phương án ${id}` })),
      correct: index % 3 === 2 ? ['a', 'c'] : [OPTION_IDS[index % 4]],
      explanation: '',
      rule: null,
      source: { ref: 'bench', part: '' },
    })),
  );
  const difficulty = questions.map(() => random() * 2 - 1);

  let attemptRows: unknown[][] = [];
  let answerRows: unknown[][] = [];
  let answerId = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const ability = random() * 3 - 1;
    const drawn = drawWithoutReplacement(BANK, perAttempt, random);
    let right = 0;
    drawn.forEach((index, position) => {
      const correct = random() < 1 / (1 + Math.exp(difficulty[index] - ability));
      right += correct ? 1 : 0;
      const question = questions[index];
      // A wrong answer is one option picked at random, or nothing when the pick was the key of a single-choice question.
      const answer = correct ? question.correct : [OPTION_IDS[Math.floor(random() * 4)]].filter((id) => !question.correct.includes(id) || question.correct.length > 1);
      answerRows.push([++answerId, attempt, position + 1, question.id, JSON.stringify(OPTION_IDS), JSON.stringify(answer), correct ? 1 : 0]);
    });
    const score = Math.round((right / perAttempt) * 100);
    attemptRows.push([attempt, firstUser + (attempt % LEARNERS), course.id, version.id, 'submitted', null, AT, null, AT, perAttempt, right, score, score >= 80 ? 1 : 0]);
    if (attemptRows.length === CHUNK) {
      await flush(dataSource, attemptRows, answerRows);
      attemptRows = [];
      answerRows = [];
    }
  }
  if (attemptRows.length) await flush(dataSource, attemptRows, answerRows);
  return course.code;
}

async function flush(dataSource: DataSource, attempts: unknown[][], answers: unknown[][]): Promise<void> {
  await insertRows(
    dataSource,
    'attempts',
    ['id', 'user_id', 'course_id', 'course_version_id', 'status', 'in_progress_key', 'started_at', 'deadline_at', 'submitted_at', 'question_count', 'correct_count', 'score_percent', 'passed'],
    attempts,
  );
  for (let start = 0; start < answers.length; start += CHUNK) {
    await insertRows(dataSource, 'attempt_questions', ['id', 'attempt_id', 'position', 'question_id', 'option_order', 'answer', 'is_correct'], answers.slice(start, start + CHUNK));
  }
}

async function insertRows(dataSource: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const placeholders = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
  await dataSource.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders}`, rows.flat());
}

function drawWithoutReplacement(size: number, count: number, random: () => number): number[] {
  const pool = Array.from({ length: size }, (_, index) => index);
  for (let index = 0; index < count; index++) {
    const pick = index + Math.floor(random() * (size - index));
    [pool[index], pool[pick]] = [pool[pick], pool[index]];
  }
  return pool.slice(0, count);
}
