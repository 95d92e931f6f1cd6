import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { dateTimeColumn } from './columns';

/** When a person's name, e-mail and codes were replaced (Luật 91/2025/QH15); null while identifiable. */
export class AddUserAnonymisedAt1764000036000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('users', new TableColumn(dateTimeColumn('anonymised_at', true)));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'anonymised_at');
  }
}
