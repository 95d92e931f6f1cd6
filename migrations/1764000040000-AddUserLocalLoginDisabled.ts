import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Set for people who must sign in through SSO: their local password is refused (product.md §12). */
export class AddUserLocalLoginDisabled1764000040000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('users', new TableColumn({ name: 'local_login_disabled', type: 'boolean', default: 0 }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'local_login_disabled');
  }
}
