import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '../database/timestamped.entity';

/**
 * A unit of the organisation. `path` is the materialised chain of ancestor ids ("/1/4/9/") so
 * that a subtree is one indexed prefix query, whatever its depth.
 */
@Entity('departments')
export class Department extends TimestampedEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Index('UQ_department_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  public code: string;

  @Column({ type: 'varchar', length: 255 })
  public name: string;

  @Column({ type: 'integer', nullable: true })
  public parentId: number | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_department_parent' })
  public parent?: Department | null;

  @Index('IDX_department_path')
  @Column({ type: 'varchar', length: 512 })
  public path: string;
}
