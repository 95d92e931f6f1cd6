import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey } from './columns';

export class CreateImportUploads1764000014000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'import_uploads',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'uploaded_by_id', type: 'integer' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'encoding', type: 'varchar', length: '16' },
          dateTimeColumn('created_at'),
          dateTimeColumn('applied_at', true),
        ],
        indices: [
          { name: 'IDX_import_upload_uploaded_by', columnNames: ['uploaded_by_id'] },
          { name: 'IDX_import_upload_created_at', columnNames: ['created_at'] },
        ],
        foreignKeys: [foreignKey('FK_import_upload_uploaded_by', 'uploaded_by_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'import_upload_chunks',
        columns: [
          { name: 'upload_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          { name: 'content', type: 'text' },
        ],
        // Uploads are throw-away: deleting one (after a day) takes its text with it.
        foreignKeys: [{ ...foreignKey('FK_import_upload_chunk_upload', 'upload_id', 'import_uploads'), onDelete: 'CASCADE' }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('import_upload_chunks');
    await queryRunner.dropTable('import_uploads');
  }
}
