import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN } from './columns';

/** Hashes of a person's earlier passwords, so the last PASSWORD_HISTORY ones are refused (QĐ 742). */
export class CreatePasswordHistory1764000034000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'password_history',
        columns: [ID_COLUMN, { name: 'user_id', type: 'integer' }, { name: 'password_hash', type: 'varchar', length: '255' }, dateTimeColumn('replaced_at')],
        indices: [{ name: 'IDX_password_history_user', columnNames: ['user_id'] }],
        foreignKeys: [foreignKey('FK_password_history_user', 'user_id', 'users')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('password_history');
  }
}
