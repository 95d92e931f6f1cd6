import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn } from './columns';

export class CreateSettings1764000013000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'settings',
        columns: [
          { name: 'key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'value', type: 'text' },
          dateTimeColumn('updated_at'),
          { name: 'updated_by_id', type: 'integer', isNullable: true },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('settings');
  }
}
