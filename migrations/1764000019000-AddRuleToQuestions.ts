import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** questions.yaml `rule`: what a failed attempt shows while the key is withheld. */
export class AddRuleToQuestions1764000019000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('questions', new TableColumn({ name: 'rule', type: 'text', isNullable: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('questions', 'rule');
  }
}
