import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';
import { CourseSource, DEFAULT_REVIEW_POLICY, ReviewPolicy } from './content/course-content';
import { Course } from './course.entity';

/** One imported state of a course's files, identified by the hash of their content. Never changed. */
@Entity('course_versions')
@Index('UQ_course_version_number', ['courseId', 'version'], { unique: true })
@Index('UQ_course_version_hash', ['courseId', 'contentHash'], { unique: true })
export class CourseVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public courseId: number;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_version_course' })
  public course?: Course;

  /** 1, 2, 3… per course, in import order. */
  @Column({ type: 'integer' })
  public version: number;

  @Column({ type: 'varchar', length: 64 })
  public contentHash: string;

  @Column({ type: 'varchar', length: 255 })
  public title: string;

  @Column({ type: 'text' })
  public summary: string;

  @Column({ type: 'simple-json' })
  public sources: CourseSource[];

  @Column({ type: 'integer' })
  public passScore: number;

  @Column({ type: 'integer' })
  public questionsPerAttempt: number;

  @Column({ type: 'integer' })
  public maxAttempts: number;

  @Column({ type: 'integer' })
  public timeLimitMinutes: number;

  @Column({ type: 'integer' })
  public validityMonths: number;

  @Column({ type: 'varchar', length: 16, default: DEFAULT_REVIEW_POLICY })
  public reviewPolicy: ReviewPolicy;

  @DateTimeColumn()
  public importedAt: Date;
}
