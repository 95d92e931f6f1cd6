import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { foreignKey, ID_COLUMN } from './columns';

export class CreateQuestions1764000008000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'questions',
        columns: [
          ID_COLUMN,
          { name: 'course_version_id', type: 'integer' },
          { name: 'question_key', type: 'varchar', length: '64' },
          { name: 'position', type: 'integer' },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'text', type: 'text' },
          { name: 'options', type: 'text' },
          { name: 'correct', type: 'text' },
          { name: 'explanation', type: 'text' },
          { name: 'source', type: 'text' },
        ],
        indices: [{ name: 'UQ_question_key', columnNames: ['course_version_id', 'question_key'], isUnique: true }],
        foreignKeys: [foreignKey('FK_question_course_version', 'course_version_id', 'course_versions')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('questions');
  }
}
