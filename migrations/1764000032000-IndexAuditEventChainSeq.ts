import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** One row per chain position: two sealers can never give the same position twice. */
export class IndexAuditEventChainSeq1764000032000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('audit_events', new TableIndex({ name: 'UQ_audit_chain_seq', columnNames: ['chain_seq'], isUnique: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('audit_events', 'UQ_audit_chain_seq');
  }
}
