import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, ID_COLUMN } from './columns';

export class CreateNotices1764000017000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notices',
        columns: [
          ID_COLUMN,
          { name: 'user_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'dedupe_key', type: 'varchar', length: '128' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'body', type: 'text' },
          { name: 'link', type: 'varchar', length: '255', isNullable: true },
          dateTimeColumn('created_at'),
          dateTimeColumn('read_at', true),
          dateTimeColumn('emailed_at', true),
        ],
        indices: [
          { name: 'IDX_notice_user', columnNames: ['user_id', 'created_at'] },
          { name: 'UQ_notice_key', columnNames: ['dedupe_key'], isUnique: true },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notices');
  }
}
