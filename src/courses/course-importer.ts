import { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { CourseContent } from './content/course-content';
import { CourseVersion } from './course-version.entity';
import { Course } from './course.entity';
import { Lesson } from './lesson.entity';
import { Question } from './question.entity';

export type ImportStatus = 'created' | 'new_version' | 'unchanged' | 'restored';

export interface ImportOutcome {
  code: string;
  version: number;
  status: ImportStatus;
}

/**
 * Brings the database in line with validated course files, inside the caller's transaction.
 * Versions are immutable: changed content becomes a new version, identical content changes
 * nothing, and content identical to an older version makes that version current again.
 */
export async function importCourses(manager: EntityManager, courses: CourseContent[], actorName: string, audit: AuditService): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const content of courses) {
    const outcome = await importCourse(manager, content);
    if (outcome.status !== 'unchanged') {
      await audit.record({ action: AuditAction.CourseImported, actorName, target: { type: 'course', id: outcome.code }, details: { ...outcome } }, manager);
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

async function importCourse(manager: EntityManager, content: CourseContent): Promise<ImportOutcome> {
  const existing = await manager.findOneBy(Course, { code: content.code });
  const course = existing ?? (await manager.save(manager.create(Course, { code: content.code, slug: content.slug, currentVersionId: null })));
  const known = await manager.findOneBy(CourseVersion, { courseId: course.id, contentHash: content.contentHash });
  if (known) {
    if (course.currentVersionId === known.id) return { code: content.code, version: known.version, status: 'unchanged' };
    await manager.update(Course, { id: course.id }, { currentVersionId: known.id, updatedAt: new Date() });
    return { code: content.code, version: known.version, status: 'restored' };
  }
  const version = await saveVersion(manager, course, content);
  await manager.update(Course, { id: course.id }, { currentVersionId: version.id, slug: content.slug, updatedAt: new Date() });
  return { code: content.code, version: version.version, status: existing ? 'new_version' : 'created' };
}

async function saveVersion(manager: EntityManager, course: Course, content: CourseContent): Promise<CourseVersion> {
  const latest = await manager.findOne(CourseVersion, { where: { courseId: course.id }, order: { version: 'DESC' } });
  const version = await manager.save(
    manager.create(CourseVersion, {
      courseId: course.id,
      version: (latest?.version ?? 0) + 1,
      contentHash: content.contentHash,
      title: content.title,
      summary: content.summary,
      sources: content.sources,
      passScore: content.passScore,
      questionsPerAttempt: content.questionsPerAttempt,
      maxAttempts: content.maxAttempts,
      timeLimitMinutes: content.timeLimitMinutes,
      validityMonths: content.validityMonths,
      reviewPolicy: content.review,
      importedAt: new Date(),
    }),
  );
  await manager.save(
    content.lessons.map((lesson) =>
      manager.create(Lesson, { courseVersionId: version.id, position: lesson.position, slug: lesson.slug, title: lesson.title, sources: lesson.sources, body: lesson.body }),
    ),
  );
  await manager.save(
    content.questions.map((question, index) =>
      manager.create(Question, {
        courseVersionId: version.id,
        questionKey: question.id,
        position: index + 1,
        type: question.type,
        text: question.text,
        options: question.options,
        correct: question.correct,
        explanation: question.explanation,
        rule: question.rule,
        source: question.source,
      }),
    ),
  );
  return version;
}
