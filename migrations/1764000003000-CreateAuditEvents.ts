import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, ID_COLUMN } from './columns';

export class CreateAuditEvents1764000003000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          ID_COLUMN,
          dateTimeColumn('occurred_at'),
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '255', isNullable: true },
          { name: 'target_type', type: 'varchar', length: '64', isNullable: true },
          { name: 'target_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'ip', type: 'varchar', length: '64', isNullable: true },
          { name: 'details', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'IDX_audit_occurred_at', columnNames: ['occurred_at'] },
          { name: 'IDX_audit_action', columnNames: ['action'] },
          { name: 'IDX_audit_actor', columnNames: ['actor_id'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_events');
  }
}
