import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';

/** One value an administrator edits in the portal (the issuing agency, the signer…). */
@Entity('settings')
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  public key: string;

  @Column({ type: 'text' })
  public value: string;

  @DateTimeColumn()
  public updatedAt: Date;

  @Column({ type: 'integer', nullable: true })
  public updatedById: number | null;
}
