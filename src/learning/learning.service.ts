import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttemptsService } from '../attempts/attempts.service';
import { SignedInUser } from '../access/signed-in-user';
import { citationView } from '../courses/citations';
import { CoursePages } from '../courses/course-pages';
import { assignedCoursesOf } from '../compliance/ledger-queries';
import { ComplianceStatus } from '../compliance/compliance-status';
import { CoursesService } from '../courses/courses.service';
import { renderLessonMarkdown } from '../courses/lesson-markdown';
import { AttemptStatus } from '../attempts/attempt-status';

export interface CourseCard {
  code: string;
  title: string;
  summary: string;
  lessonsRead: number;
  lessonCount: number;
  bestScore: number | null;
  passed: boolean;
  attempts: number;
  /** Null when the course is not assigned to this person. */
  assignment: { status: ComplianceStatus; dueDate: string } | null;
}

/** The learner's side of courses: what to study, how far they are, and how they did. */
@Injectable()
export class LearningService implements CoursePages {
  public constructor(
    private readonly courses: CoursesService,
    private readonly attempts: AttemptsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  public async courseList(user: SignedInUser): Promise<object> {
    return { title: 'Khóa học', courses: await this.courseCards(user) };
  }

  public async courseCards(user: SignedInUser): Promise<CourseCard[]> {
    const current = await this.courses.listCurrent();
    const progress = await this.courses.lessonsReadByVersion(
      user,
      current.map((item) => item.version.id),
    );
    const results = await this.attempts.bestResults(user);
    const assigned = await assignedCoursesOf(this.dataSource.manager, user.id, new Date());
    const cards = current.map(({ course, version }) => ({
      code: course.code,
      title: version.title,
      summary: version.summary,
      lessonsRead: progress.get(version.id)?.read ?? 0,
      lessonCount: progress.get(version.id)?.total ?? 0,
      bestScore: results.get(course.id)?.bestScore ?? null,
      passed: results.get(course.id)?.passed ?? false,
      attempts: results.get(course.id)?.attempts ?? 0,
      assignment: assigned.get(course.id) ?? null,
    }));
    // Assigned courses first, the soonest due at the top: what a civil servant must do next.
    return cards.sort((a, b) => (a.assignment?.dueDate ?? '9999').localeCompare(b.assignment?.dueDate ?? '9999'));
  }

  public async coursePage(user: SignedInUser, code: string): Promise<object> {
    const { course, version } = await this.courses.findCurrent(code);
    const lessons = await this.courses.lessonProgress(user, version);
    const history = await this.attempts.history(user, course.id);
    const { validCertificate, attemptsLeft: left } = await this.attempts.eligibility(user, course.id, version);
    const inProgress = history.find((attempt) => attempt.status === AttemptStatus.InProgress);
    const passed = validCertificate !== null;
    return {
      title: version.title,
      course,
      version,
      lessons: lessons.map(({ lesson, read }) => ({ position: lesson.position, title: lesson.title, read })),
      lessonsRead: lessons.filter((item) => item.read).length,
      firstUnread: lessons.find((item) => !item.read)?.lesson.position ?? 1,
      history,
      attemptsLeft: left,
      inProgress,
      passed,
      validCertificate,
      mayStart: !passed && !inProgress && left !== 0,
      sources: version.sources,
    };
  }

  public async lessonPage(user: SignedInUser, code: string, position: number): Promise<object> {
    const { course, version, lesson, lessonCount } = await this.courses.readLesson(user, code, position);
    return {
      title: lesson.title,
      course,
      version,
      lesson,
      html: renderLessonMarkdown(lesson.body),
      citations: lesson.sources.map((citation) => citationView(citation, version.sources)),
      previous: position > 1 ? position - 1 : null,
      next: position < lessonCount ? position + 1 : null,
      lessonCount,
    };
  }
}
