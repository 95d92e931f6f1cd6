import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';

/** A suspicious message someone reported that was not one of their drills: for the admins to look at. */
@Entity('drill_reports')
@Index('IDX_drill_report_created', ['createdAt'])
export class DrillReport {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public userId: number;

  @Column({ type: 'text' })
  public text: string;

  @DateTimeColumn()
  public createdAt: Date;
}
