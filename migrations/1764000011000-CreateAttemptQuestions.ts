import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, ID_COLUMN } from './columns';

export class CreateAttemptQuestions1764000011000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'attempt_questions',
        columns: [
          ID_COLUMN,
          { name: 'attempt_id', type: 'integer' },
          { name: 'position', type: 'integer' },
          { name: 'question_id', type: 'integer' },
          { name: 'option_order', type: 'text' },
          { name: 'answer', type: 'text', isNullable: true },
          { name: 'is_correct', type: 'boolean', isNullable: true },
        ],
        indices: [{ name: 'UQ_attempt_question_position', columnNames: ['attempt_id', 'position'], isUnique: true }],
        foreignKeys: [foreignKey('FK_attempt_question_attempt', 'attempt_id', 'attempts'), foreignKey('FK_attempt_question_question', 'question_id', 'questions')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('attempt_questions');
  }
}
