import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';
import { User } from './user.entity';

/** The hash of a password a person replaced; kept only to refuse choosing it again. */
@Entity('password_history')
export class PasswordHistoryEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Index('IDX_password_history_user')
  @Column({ type: 'integer' })
  public userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_password_history_user' })
  public user?: User;

  @Column({ type: 'varchar', length: 255 })
  public passwordHash: string;

  @DateTimeColumn()
  public replacedAt: Date;
}
