import { createConnection } from 'mysql2/promise';
import { IN_CI, MARIADB_AVAILABLE_FLAG, MARIADB_URL } from './helpers/environment';

/** Probes MariaDB once for the whole run, so every suite agrees on whether it runs there too. */
export default async function globalSetup(): Promise<void> {
  try {
    const connection = await createConnection({ uri: MARIADB_URL, connectTimeout: 5_000 });
    await connection.end();
    process.env[MARIADB_AVAILABLE_FLAG] = 'true';
  } catch (error) {
    const message = `MariaDB is not reachable at ${MARIADB_URL} (${(error as Error).message}).`;
    if (IN_CI) throw new Error(`${message} CI=true requires it: start it with start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`, { cause: error });
    process.env[MARIADB_AVAILABLE_FLAG] = 'false';
    process.stderr.write(`\n*** ${message}\n*** Every MariaDB test is SKIPPED; only SQLite is tested in this run. ***\n\n`);
  }
}
