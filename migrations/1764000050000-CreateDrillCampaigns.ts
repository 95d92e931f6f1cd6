import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN, timestampColumns } from './columns';

export class CreateDrillCampaigns1764000050000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'drill_campaigns',
        columns: [
          ID_COLUMN,
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'template_key', type: 'varchar', length: '32' },
          { name: 'sender_name', type: 'varchar', length: '100' },
          { name: 'sender_address', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '200' },
          { name: 'body', type: 'text' },
          { name: 'target_department_ids', type: 'text' },
          { name: 'include_subdepartments', type: 'boolean', default: 1 },
          { name: 'target_role', type: 'varchar', length: '16', isNullable: true },
          dateTimeColumn('starts_at'),
          { name: 'spread_hours', type: 'integer' },
          { name: 'remedial_course_id', type: 'integer' },
          { name: 'remedial_due_days', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'created_by_id', type: 'integer', isNullable: true },
          dateTimeColumn('stopped_at', true),
          dateTimeColumn('finished_at', true),
          dateTimeColumn('reduced_at', true),
          ...timestampColumns,
        ],
        indices: [{ name: 'IDX_drill_campaign_status', columnNames: ['status', 'starts_at'] }],
        foreignKeys: [foreignKey('FK_drill_campaign_course', 'remedial_course_id', 'courses')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('drill_campaigns');
  }
}
