import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';
import { SignedInUser } from '../access/signed-in-user';
import { COMPLIANCE_SYNC, ComplianceSync } from '../common/compliance-sync';
import { CourseVersion } from './course-version.entity';
import { Course } from './course.entity';
import { LessonRead } from './lesson-read.entity';
import { Lesson } from './lesson.entity';

export interface CurrentCourse {
  course: Course;
  version: CourseVersion;
}

export interface LessonProgress {
  lesson: Lesson;
  read: boolean;
}

/** Course content as learners see it: current versions, lessons in order, what they have read. */
@Injectable()
export class CoursesService {
  public constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(CourseVersion) private readonly versions: Repository<CourseVersion>,
    @InjectRepository(Lesson) private readonly lessons: Repository<Lesson>,
    @InjectRepository(LessonRead) private readonly reads: Repository<LessonRead>,
    @Inject(COMPLIANCE_SYNC) private readonly compliance: ComplianceSync,
  ) {}

  /** Every published course with its current version, in title order. */
  public async listCurrent(): Promise<CurrentCourse[]> {
    const courses = await this.courses.findBy({ currentVersionId: Not(IsNull()) });
    const versions = await this.versions.findBy({ id: In(courses.map((course) => course.currentVersionId!)) });
    const byId = new Map(versions.map((version) => [version.id, version]));
    return courses.map((course) => ({ course, version: byId.get(course.currentVersionId!)! })).sort((a, b) => a.version.title.localeCompare(b.version.title, 'vi'));
  }

  /** The published courses as a form's choices (code and title), in title order. */
  public async options(): Promise<Array<{ code: string; title: string }>> {
    return (await this.listCurrent()).map(({ course, version }) => ({ code: course.code, title: version.title }));
  }

  /** The course by code with its current version; 404 when unknown or not yet published. */
  public async findCurrent(code: string): Promise<CurrentCourse> {
    const course = await this.courses.findOneBy({ code });
    const version = course?.currentVersionId ? await this.versions.findOneBy({ id: course.currentVersionId }) : null;
    if (!course || !version) throw new NotFoundException('Không tìm thấy khóa học.');
    return { course, version };
  }

  /** Lessons of a version in order. */
  public async lessonsOf(versionId: number): Promise<Lesson[]> {
    return this.lessons.find({ where: { courseVersionId: versionId }, order: { position: 'ASC' } });
  }

  /** Lessons of a version in order, each marked read or not for this person. */
  public async lessonProgress(user: SignedInUser, version: CourseVersion): Promise<LessonProgress[]> {
    const lessons = await this.lessons.find({ where: { courseVersionId: version.id }, order: { position: 'ASC' } });
    const read = await this.reads.findBy({ userId: user.id, lessonId: In(lessons.map((lesson) => lesson.id)) });
    const readIds = new Set(read.map((row) => row.lessonId));
    return lessons.map((lesson) => ({ lesson, read: readIds.has(lesson.id) }));
  }

  /** Lessons read per version, for the course list, in one grouped query. */
  public async lessonsReadByVersion(user: SignedInUser, versionIds: number[]): Promise<Map<number, { read: number; total: number }>> {
    if (versionIds.length === 0) return new Map();
    const rows = await this.lessons
      .createQueryBuilder('lesson')
      .leftJoin(LessonRead, 'lessonRead', 'lessonRead.lessonId = lesson.id AND lessonRead.userId = :userId', { userId: user.id })
      .select('lesson.courseVersionId', 'versionId')
      .addSelect('COUNT(lesson.id)', 'total')
      .addSelect('COUNT(lessonRead.id)', 'read')
      .where('lesson.courseVersionId IN (:...versionIds)', { versionIds })
      .groupBy('lesson.courseVersionId')
      .getRawMany<{ versionId: number; total: string | number; read: string | number }>();
    return new Map(rows.map((row) => [Number(row.versionId), { read: Number(row.read), total: Number(row.total) }]));
  }

  /** Opens a lesson of the current version and records that this person has read it, with the ledger, in one transaction. */
  public async readLesson(user: SignedInUser, code: string, position: number): Promise<CurrentCourse & { lesson: Lesson; lessonCount: number }> {
    const current = await this.findCurrent(code);
    const lesson = await this.lessons.findOneBy({ courseVersionId: current.version.id, position });
    if (!lesson) throw new NotFoundException('Không tìm thấy bài học.');
    await this.reads.manager.transaction(async (manager) => {
      await manager.createQueryBuilder().insert().into(LessonRead).values({ userId: user.id, lessonId: lesson.id, readAt: new Date() }).orIgnore().execute();
      await this.compliance.syncLearners(manager, current.course.id, [user.id]);
    });
    const lessonCount = await this.lessons.countBy({ courseVersionId: current.version.id });
    return { ...current, lesson, lessonCount };
  }
}
