import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeColumn, foreignKey, ID_COLUMN } from './columns';

export class CreateCertificates1764000012000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'certificates',
        columns: [
          ID_COLUMN,
          { name: 'serial', type: 'varchar', length: '16' },
          { name: 'user_id', type: 'integer' },
          { name: 'course_id', type: 'integer' },
          { name: 'course_version_id', type: 'integer' },
          { name: 'attempt_id', type: 'integer' },
          { name: 'score_percent', type: 'integer' },
          dateTimeColumn('issued_at'),
          dateTimeColumn('expires_at', true),
          { name: 'data', type: 'text' },
          { name: 'data_sha256', type: 'varchar', length: '64' },
          { name: 'signature', type: 'varchar', length: '128' },
          dateTimeColumn('revoked_at', true),
          { name: 'revoked_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'revoked_by_id', type: 'integer', isNullable: true },
        ],
        indices: [
          { name: 'UQ_certificate_serial', columnNames: ['serial'], isUnique: true },
          { name: 'IDX_certificate_user_course', columnNames: ['user_id', 'course_id'] },
          { name: 'IDX_certificate_attempt', columnNames: ['attempt_id'] },
        ],
        foreignKeys: [
          foreignKey('FK_certificate_user', 'user_id', 'users'),
          foreignKey('FK_certificate_course_version', 'course_version_id', 'course_versions'),
          foreignKey('FK_certificate_attempt', 'attempt_id', 'attempts'),
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificates');
  }
}
