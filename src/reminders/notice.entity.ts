import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';

export enum NoticeKind {
  DueSoon = 'due_soon',
  DueToday = 'due_today',
  Overdue = 'overdue',
  HeadDigest = 'head_digest',
  DrillRemedial = 'drill_remedial',
}

/** An in-app reminder (and its e-mail, when SMTP is configured). */
@Entity('notices')
@Index('IDX_notice_user', ['userId', 'createdAt'])
export class Notice {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public userId: number;

  @Column({ type: 'varchar', length: 32 })
  public kind: NoticeKind;

  /**
   * What the reminder is about, e.g. "overdue:1234:2026-12-31" or "digest:7:2026-W48". The
   * unique index makes the database, not timing, decide that a reminder goes out only once,
   * however many app instances run the job at the same moment.
   */
  @Index('UQ_notice_key', { unique: true })
  @Column({ type: 'varchar', length: 128 })
  public dedupeKey: string;

  @Column({ type: 'varchar', length: 255 })
  public title: string;

  @Column({ type: 'text' })
  public body: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  public link: string | null;

  @DateTimeColumn()
  public createdAt: Date;

  @DateTimeColumn({ nullable: true })
  public readAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public emailedAt: Date | null;
}
