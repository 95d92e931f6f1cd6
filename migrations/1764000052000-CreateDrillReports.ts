import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, ID_COLUMN } from './columns';

export class CreateDrillReports1764000052000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'drill_reports',
        columns: [ID_COLUMN, { name: 'user_id', type: 'integer' }, { name: 'text', type: 'text' }, dateTimeColumn('created_at')],
        indices: [{ name: 'IDX_drill_report_created', columnNames: ['created_at'] }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('drill_reports');
  }
}
