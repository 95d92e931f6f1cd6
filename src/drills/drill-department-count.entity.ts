import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A campaign's results per department once the per-person rows are past retention. */
@Entity('drill_department_counts')
@Index('UQ_drill_department_count', ['campaignId', 'departmentId'], { unique: true })
export class DrillDepartmentCount {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public campaignId: number;

  @Column({ type: 'integer' })
  public departmentId: number;

  @Column({ type: 'varchar', length: 512 })
  public departmentPath: string;

  @Column({ type: 'integer' })
  public sent: number;

  @Column({ type: 'integer' })
  public clicked: number;

  @Column({ type: 'integer' })
  public dataEntered: number;

  @Column({ type: 'integer' })
  public reported: number;

  @Column({ type: 'integer' })
  public remedialAssigned: number;

  @Column({ type: 'integer' })
  public remedialCompleted: number;
}
