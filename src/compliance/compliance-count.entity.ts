import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ComplianceStatus } from './compliance-status';

/**
 * How many current, assigned ledger rows a department has for a course in one stored status,
 * split over slots by person (ledger-counts.ts says why). Written only by the ledger, in the
 * transaction that changes the rows; the compliance report sums these instead of counting rows.
 */
@Entity('compliance_counts')
@Index('UQ_compliance_count', ['departmentId', 'courseId', 'status', 'slot'], { unique: true })
export class ComplianceCount {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public departmentId: number;

  @Column({ type: 'integer' })
  public courseId: number;

  @Column({ type: 'varchar', length: 16 })
  public status: ComplianceStatus;

  /** The person's id modulo COUNTER_SLOTS. */
  @Column({ type: 'integer' })
  public slot: number;

  @Column({ type: 'integer' })
  public people: number;
}
