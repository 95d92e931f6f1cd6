import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';
import { ComplianceStatus } from './compliance-status';

/**
 * The compliance ledger: one row per person × assigned course × certification cycle, kept up to
 * date by events so that a report is one aggregate query over indexed rows. Earlier cycles stay
 * (current = false) as the person's history.
 */
@Entity('compliance_records')
@Index('UQ_compliance_cycle', ['userId', 'courseId', 'cycle'], { unique: true })
@Index('IDX_compliance_report', ['current', 'assigned', 'courseId', 'departmentPath'])
// Find, reading the index alone, the rows whose due date or expiry passed since the daily job wrote their status.
@Index('IDX_compliance_past_due', ['current', 'assigned', 'status', 'dueDate', 'departmentId', 'courseId'])
@Index('IDX_compliance_expiry', ['current', 'assigned', 'status', 'expiresAt', 'departmentId', 'courseId'])
export class ComplianceRecord {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public userId: number;

  @Column({ type: 'integer' })
  public courseId: number;

  /** 1 for the first certification, +1 for each recertification after an expiry. */
  @Column({ type: 'integer' })
  public cycle: number;

  /** The cycle the person is in now; earlier cycles are history. */
  @Column({ type: 'boolean' })
  public current: boolean;

  /** Still covered by an assignment; false keeps the row as history after an assignment is removed. */
  @Column({ type: 'boolean' })
  public assigned: boolean;

  @Column({ type: 'varchar', length: 16 })
  public status: ComplianceStatus;

  /** "YYYY-MM-DD" in Vietnam. */
  @Column({ type: 'varchar', length: 10 })
  public dueDate: string;

  @DateTimeColumn()
  public assignedAt: Date;

  /** The person's department now, denormalised so reports group and filter without joins. */
  @Index('IDX_compliance_department')
  @Column({ type: 'integer' })
  public departmentId: number;

  @Column({ type: 'varchar', length: 512 })
  public departmentPath: string;

  @Column({ type: 'integer', nullable: true })
  public bestScore: number | null;

  @Column({ type: 'integer', nullable: true })
  public certificateId: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  public certificateSerial: string | null;

  @DateTimeColumn({ nullable: true })
  public completedAt: Date | null;

  @DateTimeColumn({ nullable: true })
  public expiresAt: Date | null;

  @DateTimeColumn()
  public updatedAt: Date;
}
