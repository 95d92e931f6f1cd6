import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Counters of rate-limiter-flexible (RateLimiterSQLite / RateLimiterMySQL), in the shape those
 * stores expect, so that every app instance counts the same sign-in failures.
 */
export class CreateLoginRateLimits1764000004000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'login_rate_limits',
        columns: [
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'points', type: 'integer', default: 0 },
          { name: 'expire', type: 'bigint', isNullable: true },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_rate_limits');
  }
}
