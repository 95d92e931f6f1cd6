import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';
import { User } from '../users/user.entity';
import { CsvEncoding } from './csv-file';
import { ImportKind } from './import-kind';

/**
 * A file uploaded for import, kept between the preview and the confirmation so that any app
 * instance can apply it. The id is random (it appears in URLs); the text lives in chunks.
 */
@Entity('import_uploads')
export class ImportUpload {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  public id: string;

  @Column({ type: 'varchar', length: 16 })
  public kind: ImportKind;

  @Index('IDX_import_upload_uploaded_by')
  @Column({ type: 'integer' })
  public uploadedById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'FK_import_upload_uploaded_by' })
  public uploadedBy?: User;

  @Column({ type: 'varchar', length: 255 })
  public fileName: string;

  /** How the bytes were decoded; the preview says so when it was not UTF-8. */
  @Column({ type: 'varchar', length: 16 })
  public encoding: CsvEncoding;

  @Index('IDX_import_upload_created_at')
  @DateTimeColumn()
  public createdAt: Date;

  @DateTimeColumn({ nullable: true })
  public appliedAt: Date | null;
}
