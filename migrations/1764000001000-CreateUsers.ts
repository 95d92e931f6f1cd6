import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN, timestampColumns } from './columns';

export class CreateUsers1764000001000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          ID_COLUMN,
          { name: 'employee_code', type: 'varchar', length: '32' },
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'full_name', type: 'varchar', length: '255' },
          { name: 'search_name', type: 'varchar', length: '255' },
          { name: 'email', type: 'varchar', length: '255', isNullable: true },
          { name: 'position', type: 'varchar', length: '255', isNullable: true },
          { name: 'department_id', type: 'integer' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'password_hash', type: 'varchar', length: '255', isNullable: true },
          { name: 'must_change_password', type: 'boolean', default: 0 },
          { name: 'active', type: 'boolean', default: 1 },
          dateTimeColumn('password_changed_at', true),
          ...timestampColumns,
        ],
        indices: [
          { name: 'UQ_user_employee_code', columnNames: ['employee_code'], isUnique: true },
          { name: 'UQ_user_username', columnNames: ['username'], isUnique: true },
          { name: 'IDX_user_search_name', columnNames: ['search_name'] },
          { name: 'IDX_user_department', columnNames: ['department_id'] },
        ],
        foreignKeys: [foreignKey('FK_user_department', 'department_id', 'departments')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('users');
  }
}
