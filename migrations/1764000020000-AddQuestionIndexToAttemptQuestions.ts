import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

const INDEX_NAME = 'IDX_attempt_question_question';
const INDEX = new TableIndex({ name: INDEX_NAME, columnNames: ['question_id', 'is_correct', 'attempt_id'] });
/** The index MariaDB makes by itself for the foreign key, and drops when a new index can serve it instead. */
const FOREIGN_KEY_INDEX = new TableIndex({ name: 'FK_attempt_question_question', columnNames: ['question_id'] });

/**
 * Item analysis (product.md §3) reads a course's answers question by question: this covering index
 * lets it stream them in group order instead of sorting a million rows (bench/item-analysis-bench.ts).
 */
export class AddQuestionIndexToAttemptQuestions1764000020000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('attempt_questions', INDEX);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // MariaDB refuses to drop the only index its foreign key can use: give the key its own index back first.
    if (queryRunner.connection.driver.options.type !== 'better-sqlite3') await queryRunner.createIndex('attempt_questions', FOREIGN_KEY_INDEX);
    await queryRunner.dropIndex('attempt_questions', INDEX_NAME);
  }
}
