import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN } from './columns';

export class CreateDrillRecipients1764000051000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'drill_recipients',
        columns: [
          ID_COLUMN,
          { name: 'campaign_id', type: 'integer' },
          { name: 'user_id', type: 'integer' },
          { name: 'department_id', type: 'integer' },
          { name: 'department_path', type: 'varchar', length: '512' },
          dateTimeColumn('scheduled_at'),
          { name: 'token_hash', type: 'varchar', length: '64', isNullable: true },
          dateTimeColumn('claimed_at', true),
          dateTimeColumn('sent_at', true),
          { name: 'send_failures', type: 'integer', default: 0 },
          dateTimeColumn('clicked_at', true),
          dateTimeColumn('data_entered_at', true),
          dateTimeColumn('reported_at', true),
          dateTimeColumn('remedial_assigned_at', true),
        ],
        indices: [
          { name: 'UQ_drill_recipient_person', columnNames: ['campaign_id', 'user_id'], isUnique: true },
          { name: 'IDX_drill_recipient_due', columnNames: ['campaign_id', 'claimed_at', 'scheduled_at'] },
          { name: 'UQ_drill_recipient_token', columnNames: ['token_hash'], isUnique: true },
        ],
        foreignKeys: [foreignKey('FK_drill_recipient_campaign', 'campaign_id', 'drill_campaigns'), foreignKey('FK_drill_recipient_user', 'user_id', 'users')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('drill_recipients');
  }
}
