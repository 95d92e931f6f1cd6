import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';
import { TimestampedEntity } from '../database/timestamped.entity';
import { Department } from '../departments/department.entity';
import { Role } from '../access/role';
import { NAME_SORT_KEY_LENGTH } from './name-sort-key';

@Entity('users')
export class User extends TimestampedEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Index('UQ_user_employee_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  public employeeCode: string;

  /** The sign-in name; imported staff sign in with their employee code in lower case. */
  @Index('UQ_user_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  public username: string;

  /** Always stored in Unicode NFC, so that search, sorting and certificates agree. */
  @Column({ type: 'varchar', length: 255 })
  public fullName: string;

  /** Lower-case name without diacritics: "nguyen thi hang" finds "Nguyễn Thị Hằng". */
  @Index('IDX_user_search_name')
  @Column({ type: 'varchar', length: 255 })
  public searchName: string;

  /** Staff-list order (given name first) as digits: see nameSortKey. */
  @Column({ type: 'varchar', length: NAME_SORT_KEY_LENGTH, default: '' })
  public nameSortKey: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  public email: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  public position: string | null;

  @Index('IDX_user_department')
  @Column({ type: 'integer' })
  public departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_user_department' })
  public department?: Department;

  @Column({ type: 'varchar', length: 16 })
  public role: Role;

  /** scrypt hash with its parameters; null until the person sets a password. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  public passwordHash: string | null;

  /** Set for accounts created with a one-time password: the next sign-in must change it. */
  @Column({ type: 'boolean', default: false })
  public mustChangePassword: boolean;

  @Column({ type: 'boolean', default: true })
  public active: boolean;

  /** The person signs in through SSO only: a local password is refused (product.md §12). */
  @Column({ type: 'boolean', default: false })
  public localLoginDisabled: boolean;

  @DateTimeColumn({ nullable: true })
  public passwordChangedAt: Date | null;

  /** When the person left (was marked inactive); PERSONAL_DATA_RETENTION_MONTHS counts from here. */
  @DateTimeColumn({ nullable: true })
  public deactivatedAt: Date | null;

  /** When name, e-mail and codes were replaced (Luật 91/2025/QH15); null while identifiable. */
  @DateTimeColumn({ nullable: true })
  public anonymisedAt: Date | null;
}
