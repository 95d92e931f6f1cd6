import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** course.yaml `review` (product.md §2); versions imported before it keep the default. */
export class AddReviewPolicyToCourseVersions1764000018000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('course_versions', new TableColumn({ name: 'review_policy', type: 'varchar', length: '16', default: "'after_pass'" }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('course_versions', 'review_policy');
  }
}
