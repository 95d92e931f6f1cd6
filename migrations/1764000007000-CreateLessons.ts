import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, ID_COLUMN } from './columns';

export class CreateLessons1764000007000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'lessons',
        columns: [
          ID_COLUMN,
          { name: 'course_version_id', type: 'integer' },
          { name: 'position', type: 'integer' },
          { name: 'slug', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '255' },
          { name: 'sources', type: 'text' },
          { name: 'body', type: 'text' },
        ],
        indices: [{ name: 'UQ_lesson_position', columnNames: ['course_version_id', 'position'], isUnique: true }],
        foreignKeys: [foreignKey('FK_lesson_course_version', 'course_version_id', 'course_versions')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('lessons');
  }
}
