import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The chain's one head row: the last sealed position and hash (so a deleted tail is noticed), and
 * the anchor left by pruning (where verification starts). Sealers lock this row to take turns.
 */
export class CreateAuditChainHeads1764000033000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_chain_heads',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'seq', type: 'integer' },
          { name: 'hash', type: 'varchar', length: '64' },
          { name: 'anchor_seq', type: 'integer' },
          { name: 'anchor_hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.query(`INSERT INTO audit_chain_heads (id, seq, hash, anchor_seq, anchor_hash) VALUES (1, 0, '${GENESIS_HASH}', 0, '${GENESIS_HASH}')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_chain_heads');
  }
}
