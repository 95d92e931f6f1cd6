import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourseVersion } from '../courses/course-version.entity';
import { DateTimeColumn } from '../database/columns';
import { User } from '../users/user.entity';

/**
 * An issued certificate. `data` is the signed snapshot the PDF is rendered from; it is written
 * once and never updated. Only revocation is recorded afterwards.
 */
@Entity('certificates')
@Index('IDX_certificate_user_course', ['userId', 'courseId'])
export class Certificate {
  @PrimaryGeneratedColumn({ type: 'integer' })
  public id: number;

  @Index('UQ_certificate_serial', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  public serial: string;

  @Column({ type: 'integer' })
  public userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_certificate_user' })
  public user?: User;

  @Column({ type: 'integer' })
  public courseId: number;

  @Column({ type: 'integer' })
  public courseVersionId: number;

  @ManyToOne(() => CourseVersion, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'FK_certificate_course_version' })
  public courseVersion?: CourseVersion;

  /** The passing attempt; a re-issue points at the same attempt, hence no unique index. */
  // Named by string: attempts/ issues certificates and sits above certificates/, which must not import it.
  @Index('IDX_certificate_attempt')
  @ForeignKey('Attempt', { name: 'FK_certificate_attempt', onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @Column({ type: 'integer' })
  public attemptId: number;

  @Column({ type: 'integer' })
  public scorePercent: number;

  @DateTimeColumn()
  public issuedAt: Date;

  /** End of validity; null when the course's certificates do not expire. */
  @DateTimeColumn({ nullable: true })
  public expiresAt: Date | null;

  /** Canonical JSON of the CertificateData, exactly as signed. */
  @Column({ type: 'text' })
  public data: string;

  @Column({ type: 'varchar', length: 64 })
  public dataSha256: string;

  /** Base64 Ed25519 signature over `data`. */
  @Column({ type: 'varchar', length: 128 })
  public signature: string;

  @DateTimeColumn({ nullable: true })
  public revokedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  public revokedReason: string | null;

  @Column({ type: 'integer', nullable: true })
  public revokedById: number | null;
}
