import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';

/** One security-relevant event: who did what, to what, when and from where. Never updated. */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Index('IDX_audit_occurred_at')
  @DateTimeColumn()
  public occurredAt: Date;

  @Index('IDX_audit_action')
  @Column({ type: 'varchar', length: 64 })
  public action: string;

  @Index('IDX_audit_actor')
  @Column({ type: 'integer', nullable: true })
  public actorId: number | null;

  /** The name given at the time (a failed sign-in has no actor id, only the name tried). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  public actorName: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  public targetType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  public targetId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  public ip: string | null;

  @Column({ type: 'simple-json', nullable: true })
  public details: Record<string, unknown> | null;

  /** Position in the tamper-evident chain; null until sealed (audit-chain.service.ts). */
  @Index('UQ_audit_chain_seq', { unique: true })
  @Column({ type: 'integer', nullable: true })
  public chainSeq: number | null;

  /** SHA-256 over this row's content and the previous row's hash. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  public chainHash: string | null;
}
