import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** SHA-256 (hex) over an audit row's content and the previous row's hash (issue 10). */
export class AddAuditEventChainHash1764000031000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('audit_events', new TableColumn({ name: 'chain_hash', type: 'varchar', length: '64', isNullable: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('audit_events', 'chain_hash');
  }
}
