import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Position of an audit row in the hash chain (issue 10); null until the chain sealer reaches it. */
export class AddAuditEventChainSeq1764000030000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('audit_events', new TableColumn({ name: 'chain_seq', type: 'integer', isNullable: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('audit_events', 'chain_seq');
  }
}
