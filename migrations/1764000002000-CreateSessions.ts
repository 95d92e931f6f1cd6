import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn } from './columns';

export class CreateSessions1764000002000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'id', type: 'varchar', length: '128', isPrimary: true },
          { name: 'user_id', type: 'integer', isNullable: true },
          dateTimeColumn('expires_at'),
          { name: 'data', type: 'text' },
        ],
        indices: [
          { name: 'IDX_session_user', columnNames: ['user_id'] },
          { name: 'IDX_session_expires_at', columnNames: ['expires_at'] },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sessions');
  }
}
