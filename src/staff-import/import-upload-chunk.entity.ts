import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ImportUpload } from './import-upload.entity';

/** One piece of an upload's text: a MariaDB `text` column holds 65,535 bytes, so a file is split. */
@Entity('import_upload_chunks')
export class ImportUploadChunk {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  public uploadId: string;

  @PrimaryColumn({ type: 'integer' })
  public position: number;

  @ManyToOne(() => ImportUpload, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'upload_id', foreignKeyConstraintName: 'FK_import_upload_chunk_upload' })
  public upload?: ImportUpload;

  @Column({ type: 'text' })
  public content: string;
}
