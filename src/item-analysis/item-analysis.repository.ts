import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AttemptStatus } from '../attempts/attempt-status';
import { CourseVersion } from '../courses/course-version.entity';
import { Course } from '../courses/course.entity';
import { Question } from '../courses/question.entity';
import { AnswerCountRow, QuestionCounts } from './item-statistics';

export type QuestionSummary = Pick<Question, 'id' | 'courseVersionId' | 'questionKey' | 'position' | 'type' | 'text' | 'options' | 'correct'>;

// Reads the course's answers in the order of IDX_attempt_question_question (question, correctness,
// attempt), so GROUP BY streams instead of sorting a million rows; the LEFT JOIN keeps that order on
// both databases (with an inner join MariaDB starts from the attempts and sorts). Thirds by score,
// 1 = bottom, 3 = top, ties split by id so that every run draws the same line. SQLite ≥ 3.25, MariaDB ≥ 10.2.
const questionCountsSql = (questions: number) => `
  SELECT aq.question_id AS question_id,
         COUNT(*) AS drawn,
         SUM(CASE WHEN aq.is_correct = 1 THEN 1 ELSE 0 END) AS answered_right,
         SUM(CASE WHEN ranked.third = 3 THEN 1 ELSE 0 END) AS top_drawn,
         SUM(CASE WHEN ranked.third = 3 AND aq.is_correct = 1 THEN 1 ELSE 0 END) AS top_right,
         SUM(CASE WHEN ranked.third = 1 THEN 1 ELSE 0 END) AS bottom_drawn,
         SUM(CASE WHEN ranked.third = 1 AND aq.is_correct = 1 THEN 1 ELSE 0 END) AS bottom_right
    FROM attempt_questions aq
    LEFT JOIN (SELECT id, NTILE(3) OVER (ORDER BY score_percent, id) AS third
                 FROM attempts
                WHERE course_id = ? AND status = ?) ranked ON ranked.id = aq.attempt_id
   WHERE aq.question_id IN (${placeholders(questions)}) AND aq.is_correct IS NOT NULL
   GROUP BY aq.question_id`;

// Only wrong answers are grouped by their text: a right answer is exactly the key (quiz-rules.ts
// isAnswerCorrect), so its options follow from the count of right answers, and the costly text
// grouping reads half the rows. A handful of rows per question (["b"], ["a","b"], []) come back.
// Grouping by the TEXT column sends MariaDB to an on-disk temporary table; as CHAR(255) it stays in
// memory (about 40% faster). An answer is a JSON list of a question's option ids, far shorter.
const wrongAnswerCountsSql = (questions: number) => `
  SELECT aq.question_id AS question_id, CAST(aq.answer AS CHAR(255)) AS answer, COUNT(*) AS chosen
    FROM attempt_questions aq
   WHERE aq.question_id IN (${placeholders(questions)}) AND aq.is_correct = 0
   GROUP BY aq.question_id, CAST(aq.answer AS CHAR(255))`;

const SUBMITTED_BY_VERSION_SQL = `
  SELECT course_version_id AS version_id, COUNT(*) AS submitted
    FROM attempts
   WHERE course_id = ? AND status = ?
   GROUP BY course_version_id`;

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** MariaDB returns COUNT and SUM as strings (BIGINT, DECIMAL), SQLite as numbers: converted here only. */
type Row = Record<string, string | number | null>;
const count = (value: string | number | null): number => Number(value ?? 0);

/** The reads behind item analysis, named; every aggregate runs in the database. */
@Injectable()
export class ItemAnalysisRepository {
  public constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  public async findCourseByCode(code: string): Promise<Course | null> {
    return this.dataSource.getRepository(Course).findOneBy({ code });
  }

  /** Every version of the course, newest first. */
  public async versionsNewestFirst(courseId: number): Promise<CourseVersion[]> {
    return this.dataSource.getRepository(CourseVersion).find({ where: { courseId }, order: { version: 'DESC' } });
  }

  /** The questions of the given versions in the order written. */
  public async questionsOfVersions(versionIds: number[]): Promise<QuestionSummary[]> {
    if (versionIds.length === 0) return [];
    return this.dataSource.getRepository(Question).find({
      select: { id: true, courseVersionId: true, questionKey: true, position: true, type: true, text: true, options: true, correct: true },
      where: { courseVersionId: In(versionIds) },
      order: { courseVersionId: 'ASC', position: 'ASC' },
    });
  }

  /**
   * Drawn, right, and drawn/right in the top and bottom thirds of the course, per question, in one
   * aggregate query. Answers are recorded only when an attempt is submitted (attempt-question.entity.ts),
   * so the recorded answers to these questions are those of the submitted attempts.
   */
  public async questionCounts(courseId: number, questionIds: number[]): Promise<Map<number, QuestionCounts>> {
    if (questionIds.length === 0) return new Map();
    const rows: Row[] = await this.dataSource.query(questionCountsSql(questionIds.length), [courseId, AttemptStatus.Submitted, ...questionIds]);
    return new Map(
      rows.map((row) => [
        count(row.question_id),
        {
          drawn: count(row.drawn),
          answeredRight: count(row.answered_right),
          topDrawn: count(row.top_drawn),
          topRight: count(row.top_right),
          bottomDrawn: count(row.bottom_drawn),
          bottomRight: count(row.bottom_right),
        },
      ]),
    );
  }

  /** How many times each distinct wrong answer was given to each of these questions. */
  public async wrongAnswerCounts(questionIds: number[]): Promise<AnswerCountRow[]> {
    if (questionIds.length === 0) return [];
    const rows: Row[] = await this.dataSource.query(wrongAnswerCountsSql(questionIds.length), questionIds);
    return rows.map((row) => ({ questionId: count(row.question_id), answer: row.answer === null ? null : String(row.answer), chosen: count(row.chosen) }));
  }

  /** Submitted attempts per version id. */
  public async submittedAttemptsByVersion(courseId: number): Promise<Map<number, number>> {
    const rows: Row[] = await this.dataSource.query(SUBMITTED_BY_VERSION_SQL, [courseId, AttemptStatus.Submitted]);
    return new Map(rows.map((row) => [count(row.version_id), count(row.submitted)]));
  }
}
