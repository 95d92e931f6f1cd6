import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN } from './columns';

export class CreateAssignments1764000015000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'assignments',
        columns: [
          ID_COLUMN,
          { name: 'course_id', type: 'integer' },
          { name: 'department_id', type: 'integer', isNullable: true },
          { name: 'include_subdepartments', type: 'boolean', default: 1 },
          { name: 'role', type: 'varchar', length: '16', isNullable: true },
          { name: 'due_date', type: 'varchar', length: '10' },
          dateTimeColumn('created_at'),
          { name: 'created_by_id', type: 'integer', isNullable: true },
          dateTimeColumn('removed_at', true),
          { name: 'removed_by_id', type: 'integer', isNullable: true },
        ],
        indices: [{ name: 'IDX_assignment_course', columnNames: ['course_id'] }],
        foreignKeys: [foreignKey('FK_assignment_course', 'course_id', 'courses'), foreignKey('FK_assignment_department', 'department_id', 'departments')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('assignments');
  }
}
