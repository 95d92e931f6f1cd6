import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { dateTimeColumn } from './columns';

/** When a person left (was marked inactive): PERSONAL_DATA_RETENTION_MONTHS counts from here. */
export class AddUserDeactivatedAt1764000035000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('users', new TableColumn(dateTimeColumn('deactivated_at', true)));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'deactivated_at');
  }
}
