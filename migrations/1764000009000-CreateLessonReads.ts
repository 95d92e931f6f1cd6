import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, ID_COLUMN } from './columns';

export class CreateLessonReads1764000009000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'lesson_reads',
        columns: [ID_COLUMN, { name: 'user_id', type: 'integer' }, { name: 'lesson_id', type: 'integer' }, dateTimeColumn('read_at')],
        indices: [{ name: 'UQ_lesson_read', columnNames: ['user_id', 'lesson_id'], isUnique: true }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('lesson_reads');
  }
}
