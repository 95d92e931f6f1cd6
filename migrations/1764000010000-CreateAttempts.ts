import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN } from './columns';

export class CreateAttempts1764000010000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'attempts',
        columns: [
          ID_COLUMN,
          { name: 'user_id', type: 'integer' },
          { name: 'course_id', type: 'integer' },
          { name: 'course_version_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'in_progress_key', type: 'varchar', length: '32', isNullable: true },
          dateTimeColumn('started_at'),
          dateTimeColumn('deadline_at', true),
          dateTimeColumn('submitted_at', true),
          { name: 'question_count', type: 'integer' },
          { name: 'correct_count', type: 'integer', isNullable: true },
          { name: 'score_percent', type: 'integer', isNullable: true },
          { name: 'passed', type: 'boolean', isNullable: true },
        ],
        indices: [
          { name: 'IDX_attempt_user_course', columnNames: ['user_id', 'course_id'] },
          { name: 'UQ_attempt_in_progress', columnNames: ['in_progress_key'], isUnique: true },
        ],
        foreignKeys: [foreignKey('FK_attempt_user', 'user_id', 'users'), foreignKey('FK_attempt_course_version', 'course_version_id', 'course_versions')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('attempts');
  }
}
