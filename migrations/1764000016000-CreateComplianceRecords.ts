import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, ID_COLUMN } from './columns';

export class CreateComplianceRecords1764000016000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'compliance_records',
        columns: [
          ID_COLUMN,
          { name: 'user_id', type: 'integer' },
          { name: 'course_id', type: 'integer' },
          { name: 'cycle', type: 'integer' },
          { name: 'current', type: 'boolean' },
          { name: 'assigned', type: 'boolean' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'due_date', type: 'varchar', length: '10' },
          dateTimeColumn('assigned_at'),
          { name: 'department_id', type: 'integer' },
          { name: 'department_path', type: 'varchar', length: '512' },
          { name: 'best_score', type: 'integer', isNullable: true },
          { name: 'certificate_id', type: 'integer', isNullable: true },
          { name: 'certificate_serial', type: 'varchar', length: '16', isNullable: true },
          dateTimeColumn('completed_at', true),
          dateTimeColumn('expires_at', true),
          dateTimeColumn('updated_at'),
        ],
        indices: [
          { name: 'UQ_compliance_cycle', columnNames: ['user_id', 'course_id', 'cycle'], isUnique: true },
          { name: 'IDX_compliance_report', columnNames: ['current', 'assigned', 'course_id', 'department_path'] },
          { name: 'IDX_compliance_department', columnNames: ['department_id'] },
          { name: 'IDX_compliance_summary', columnNames: ['current', 'assigned', 'department_id', 'status', 'due_date', 'expires_at', 'course_id'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('compliance_records');
  }
}
