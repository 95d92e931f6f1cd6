import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, ID_COLUMN, timestampColumns } from './columns';

export class CreateDepartments1764000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'departments',
        columns: [
          ID_COLUMN,
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'parent_id', type: 'integer', isNullable: true },
          { name: 'path', type: 'varchar', length: '512' },
          ...timestampColumns,
        ],
        indices: [
          { name: 'UQ_department_code', columnNames: ['code'], isUnique: true },
          { name: 'IDX_department_path', columnNames: ['path'] },
        ],
        foreignKeys: [foreignKey('FK_department_parent', 'parent_id', 'departments')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('departments');
  }
}
