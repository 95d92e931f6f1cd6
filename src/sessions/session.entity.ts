import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';

/** An express-session record; kept in the database so that every app instance shares it. */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  public id: string;

  /** Lets a password change end every other session of that person. */
  @Index('IDX_session_user')
  @Column({ type: 'integer', nullable: true })
  public userId: number | null;

  @Index('IDX_session_expires_at')
  @DateTimeColumn()
  public expiresAt: Date;

  @Column({ type: 'text' })
  public data: string;
}
