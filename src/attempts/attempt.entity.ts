import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CourseVersion } from '../courses/course-version.entity';
import { DateTimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { AttemptQuestion } from './attempt-question.entity';
import { AttemptStatus } from './attempt-status';

/** One sitting of a course's quiz. Kept forever; only its end (status, score, times) is ever written. */
@Entity('attempts')
@Index('IDX_attempt_user_course', ['userId', 'courseId'])
export class Attempt {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_attempt_user' })
  public user?: User;

  /** Denormalised from the version so that attempts per course are counted without a join. */
  @Column({ type: 'integer' })
  public courseId: number;

  @Column({ type: 'integer' })
  public courseVersionId: number;

  @ManyToOne(() => CourseVersion, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'FK_attempt_course_version' })
  public courseVersion?: CourseVersion;

  @Column({ type: 'varchar', length: 16 })
  public status: AttemptStatus;

  /**
   * "userId:courseId" while in progress, null afterwards: the unique index then allows one
   * attempt in progress per person and course on both databases (NULLs never collide).
   */
  @Index('UQ_attempt_in_progress', { unique: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  public inProgressKey: string | null;

  @DateTimeColumn()
  public startedAt: Date;

  /** Null when the course has no time limit. */
  @DateTimeColumn({ nullable: true })
  public deadlineAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public submittedAt: Date | null;

  @Column({ type: 'integer' })
  public questionCount: number;

  @Column({ type: 'integer', nullable: true })
  public correctCount: number | null;

  /** Whole percent, 0–100. */
  @Column({ type: 'integer', nullable: true })
  public scorePercent: number | null;

  @Column({ type: 'boolean', nullable: true })
  public passed: boolean | null;

  @OneToMany(() => AttemptQuestion, (question) => question.attempt)
  public questions?: AttemptQuestion[];
}
