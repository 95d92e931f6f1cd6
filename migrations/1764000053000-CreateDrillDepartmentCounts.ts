import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { ID_COLUMN } from './columns';

const COUNTS = ['sent', 'clicked', 'data_entered', 'reported', 'remedial_assigned', 'remedial_completed'];

export class CreateDrillDepartmentCounts1764000053000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'drill_department_counts',
        columns: [
          ID_COLUMN,
          { name: 'campaign_id', type: 'integer' },
          { name: 'department_id', type: 'integer' },
          { name: 'department_path', type: 'varchar', length: '512' },
          ...COUNTS.map((name) => ({ name, type: 'integer' })),
        ],
        indices: [{ name: 'UQ_drill_department_count', columnNames: ['campaign_id', 'department_id'], isUnique: true }],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('drill_department_counts');
  }
}
