import { DataSource } from 'typeorm';

/** MariaDB, or MySQL: the server kind (several clients, row locks, retried conflicts), whatever the URL's scheme. */
export function isMariaDb(dataSource: DataSource): boolean {
  const type = dataSource.options.type;
  return type === 'mariadb' || type === 'mysql';
}
