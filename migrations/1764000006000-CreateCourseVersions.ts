import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN } from './columns';

export class CreateCourseVersions1764000006000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'course_versions',
        columns: [
          ID_COLUMN,
          { name: 'course_id', type: 'integer' },
          { name: 'version', type: 'integer' },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'summary', type: 'text' },
          { name: 'sources', type: 'text' },
          { name: 'pass_score', type: 'integer' },
          { name: 'questions_per_attempt', type: 'integer' },
          { name: 'max_attempts', type: 'integer' },
          { name: 'time_limit_minutes', type: 'integer' },
          { name: 'validity_months', type: 'integer' },
          dateTimeColumn('imported_at'),
        ],
        indices: [
          { name: 'UQ_course_version_number', columnNames: ['course_id', 'version'], isUnique: true },
          { name: 'UQ_course_version_hash', columnNames: ['course_id', 'content_hash'], isUnique: true },
        ],
        foreignKeys: [foreignKey('FK_course_version_course', 'course_id', 'courses')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('course_versions');
  }
}
