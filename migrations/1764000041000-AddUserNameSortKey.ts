import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { NAME_SORT_KEY_LENGTH, nameSortKey } from '../src/users/name-sort-key';

/** The staff-list order as a column, so that lists limited in the database keep their first rows by name; filled for existing people. */
export class AddUserNameSortKey1764000041000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('users', new TableColumn({ name: 'name_sort_key', type: 'varchar', length: String(NAME_SORT_KEY_LENGTH), default: "''" }));
    const people = (await queryRunner.query('SELECT id, full_name FROM users')) as { id: number; full_name: string }[];
    for (const person of people) await queryRunner.query('UPDATE users SET name_sort_key = ? WHERE id = ?', [nameSortKey(person.full_name), person.id]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('users', 'name_sort_key');
  }
}
