import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../database/timestamped.entity';

/** A course as a stable identity; its content lives in versions. */
@Entity('courses')
export class Course extends TimestampedEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Index('UQ_course_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  public code: string;

  /** The folder name under courses/. */
  @Column({ type: 'varchar', length: 64 })
  public slug: string;

  /** The version new attempts are taken on; earlier attempts keep theirs. */
  @Column({ type: 'integer', nullable: true })
  public currentVersionId: number | null;
}
