import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { ID_COLUMN } from './columns';

/**
 * Per department, course and stored status, how many current assigned ledger rows there are,
 * in 16 slots by person (so that a department's learners submitting at once do not all wait for
 * one counter row): kept by the ledger's own transactions, so that the compliance report at a million people reads
 * a few thousand counters instead of six million rows (issue 11). Two indexes find the rows whose
 * due date or expiry passed since the daily job wrote their status.
 */
export class CreateComplianceCounts1764000055000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'compliance_counts',
        columns: [
          ID_COLUMN,
          { name: 'department_id', type: 'integer' },
          { name: 'course_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'slot', type: 'integer' },
          { name: 'people', type: 'integer' },
        ],
        indices: [{ name: 'UQ_compliance_count', columnNames: ['department_id', 'course_id', 'status', 'slot'], isUnique: true }],
      }),
    );
    // The report no longer reads every row, so the index that covered that aggregate goes (one index less to write on exam day).
    await queryRunner.dropIndex('compliance_records', 'IDX_compliance_summary');
    await queryRunner.createIndex('compliance_records', new TableIndex({ name: 'IDX_compliance_past_due', columnNames: ['current', 'assigned', 'status', 'due_date', 'department_id', 'course_id'] }));
    await queryRunner.createIndex('compliance_records', new TableIndex({ name: 'IDX_compliance_expiry', columnNames: ['current', 'assigned', 'status', 'expires_at', 'department_id', 'course_id'] }));
    await queryRunner.query(
      `INSERT INTO compliance_counts (department_id, course_id, status, slot, people)
       SELECT department_id, course_id, status, user_id % 16, COUNT(*) FROM compliance_records WHERE current = 1 AND assigned = 1 GROUP BY department_id, course_id, status, user_id % 16`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('compliance_records', 'IDX_compliance_expiry');
    await queryRunner.dropIndex('compliance_records', 'IDX_compliance_past_due');
    await queryRunner.createIndex(
      'compliance_records',
      new TableIndex({ name: 'IDX_compliance_summary', columnNames: ['current', 'assigned', 'department_id', 'status', 'due_date', 'expires_at', 'course_id'] }),
    );
    await queryRunner.dropTable('compliance_counts');
  }
}
