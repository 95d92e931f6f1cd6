import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { ID_COLUMN, timestampColumns } from './columns';

export class CreateCourses1764000005000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'courses',
        columns: [
          ID_COLUMN,
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'slug', type: 'varchar', length: '64' },
          { name: 'current_version_id', type: 'integer', isNullable: true },
          ...timestampColumns,
        ],
        indices: [{ name: 'UQ_course_code', columnNames: ['code'], isUnique: true }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('courses');
  }
}
