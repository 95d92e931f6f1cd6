import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { DateTimeColumn } from '../database/columns';
import { TimestampedEntity } from '../database/timestamped.entity';
import { Role } from '../access/role';
import { CampaignStatus } from './campaign-status';

/** A phishing drill (product.md §11): the message, whom it goes to, when, and the remedial course. */
@Entity('drill_campaigns')
@Index('IDX_drill_campaign_status', ['status', 'startsAt'])
export class DrillCampaign extends TimestampedEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'varchar', length: 200 })
  public name: string;

  /** The built-in template it started from: decides the landing page and the signs taught. */
  @Column({ type: 'varchar', length: 32 })
  public templateKey: string;

  @Column({ type: 'varchar', length: 100 })
  public senderName: string;

  @Column({ type: 'varchar', length: 254 })
  public senderAddress: string;

  @Column({ type: 'varchar', length: 200 })
  public subject: string;

  /** Plain text with the {{link}} and {{name}} placeholders. */
  @Column({ type: 'text' })
  public body: string;

  /** Ids of the target departments; empty: every department (a role then narrows it). */
  @Column({ type: 'simple-json' })
  public targetDepartmentIds: number[];

  @Column({ type: 'boolean', default: true })
  public includeSubdepartments: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  public targetRole: Role | null;

  @DateTimeColumn()
  public startsAt: Date;

  /** The messages are spread evenly over this many hours from the start. */
  @Column({ type: 'integer' })
  public spreadHours: number;

  @Column({ type: 'integer' })
  public remedialCourseId: number;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'remedial_course_id', foreignKeyConstraintName: 'FK_drill_campaign_course' })
  public remedialCourse?: Course;

  @Column({ type: 'integer' })
  public remedialDueDays: number;

  @Column({ type: 'varchar', length: 16 })
  public status: CampaignStatus;

  @Column({ type: 'integer', nullable: true })
  public createdById: number | null;

  @DateTimeColumn({ nullable: true })
  public stoppedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public finishedAt: Date | null;

  /** When the per-person results were reduced to per-department counts (retention). */
  @DateTimeColumn({ nullable: true })
  public reducedAt: Date | null;
}
