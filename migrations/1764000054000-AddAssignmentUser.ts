import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** An assignment to one person (a drill's remedial course), beside those to departments and roles. */
export class AddAssignmentUser1764000054000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('assignments', new TableColumn({ name: 'user_id', type: 'integer', isNullable: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('assignments', 'user_id');
  }
}
