import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The audit chain's single head row (id 1): last sealed position and hash, and the pruning anchor. */
@Entity('audit_chain_heads')
export class AuditChainHead {
  @PrimaryColumn({ type: 'integer' })
  public id: number;

  @Column({ type: 'integer' })
  public seq: number;

  @Column({ type: 'varchar', length: 64 })
  public hash: string;

  /** Rows up to this position were pruned; verification starts after it, from anchorHash. */
  @Column({ type: 'integer' })
  public anchorSeq: number;

  @Column({ type: 'varchar', length: 64 })
  public anchorHash: string;
}
