import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort } from './free-port';
import { IN_CI } from './environment';
import { createTestDatabase, DatabaseKind, TestDatabase } from './test-database';

const MARIADBD = process.env.MARIADBD_PATH ?? '/usr/sbin/mariadbd';
const INSTALL_DB = '/usr/bin/mariadb-install-db';

/**
 * A MariaDB server of the test's own (its datadir, port and socket under a temp directory) that
 * the test may stop and start again; the shared server on 3306 is never touched. Runs as root
 * with --user=mysql, as mariadbd requires.
 */
export interface PrivateMariadb {
  readonly port: number;
  /** A new, empty database on this server. */
  createDatabase(): Promise<TestDatabase>;
  /** Stops the server (SIGTERM by pid, as a service manager would) and waits until it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same datadir and port; resolves once it answers. */
  start(): Promise<void>;
  /** Stops it and removes its datadir. */
  close(): Promise<void>;
}

const available = existsSync(MARIADBD) && existsSync(INSTALL_DB);
if (!available) {
  const message = `MariaDB's server is not installed (${MARIADBD}, ${INSTALL_DB}: apt-get install -y mariadb-server).`;
  if (IN_CI) throw new Error(`${message} CI=true requires it for the fault tests.`);
  process.stderr.write(`\n*** ${message} The fault tests on a private MariaDB are SKIPPED. ***\n\n`);
}

/** describe() when a private MariaDB can be started here; a loud skip outside CI when it cannot. */
export const describeWithPrivateMariadb = available ? describe : describe.skip;

/** A block of tests once per database: SQLite, and MariaDB on a private server of the block's own. */
export function describeEachFaultDatabase(title: string, block: (kind: DatabaseKind) => void): void {
  describe(`${title} [sqlite]`, () => block('sqlite'));
  describeWithPrivateMariadb(`${title} [mariadb]`, () => block('mariadb'));
}

/** A fresh database of that kind: a temporary SQLite file, or a database on a newly started private MariaDB (returned, to close). */
export async function createFaultDatabase(kind: DatabaseKind): Promise<{ database: TestDatabase; server?: PrivateMariadb }> {
  if (kind === 'sqlite') return { database: await createTestDatabase('sqlite') };
  const server = await startPrivateMariadb();
  return { database: await server.createDatabase(), server };
}

export async function startPrivateMariadb(): Promise<PrivateMariadb> {
  const dir = mkdtempSync(join(tmpdir(), 'attt-mariadb-'));
  const mysql = Number(execFileSync('id', ['-u', 'mysql'], { encoding: 'utf8' }).trim());
  chownSync(dir, mysql, mysql);
  execFileSync(INSTALL_DB, ['--no-defaults', '--user=mysql', '--basedir=/usr', `--datadir=${join(dir, 'data')}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'pipe' });
  const port = await freePort();
  const args = [
    '--no-defaults',
    '--user=mysql',
    '--basedir=/usr',
    `--datadir=${join(dir, 'data')}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${join(dir, 'mysqld.sock')}`,
    `--pid-file=${join(dir, 'mysqld.pid')}`,
    `--log-error=${join(dir, 'error.log')}`,
    '--skip-name-resolve',
    '--innodb-buffer-pool-size=128M',
    // Faster commits for setting up thousands of rows; the tests stop this server cleanly, never by SIGKILL.
    '--innodb-flush-log-at-trx-commit=2',
    '--max-connections=500',
  ];
  let server: ChildProcess | undefined;
  const rootUrl = `mysql://root@127.0.0.1:${port}`;

  const start = async (): Promise<void> => {
    server = spawn(MARIADBD, args, { stdio: 'ignore' });
    const exited = new Promise<never>((_, reject) => server!.once('exit', (code) => reject(new Error(`mariadbd exited with ${code}: ${errorLog(dir)}`))));
    exited.catch(() => undefined);
    await Promise.race([waitUntilAnswering(rootUrl), exited]);
  };
  const stop = async (): Promise<void> => {
    const running = server;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      process.kill(running.pid!, 'SIGTERM');
    });
  };
  await start();
  return {
    port,
    start,
    stop,
    createDatabase: async () => {
      const name = `f_${randomBytes(6).toString('hex')}`;
      const admin = await createConnection({ uri: rootUrl });
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await admin.end();
      // Dropped with the datadir in close().
      return { kind: 'mariadb', url: `${rootUrl}/${name}`, drop: async () => undefined };
    },
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const connection = await createConnection({ uri: url, connectTimeout: 1_000 });
      await connection.end();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`The private MariaDB did not answer within 60 s: ${(error as Error).message}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function errorLog(dir: string): string {
  const path = join(dir, 'error.log');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').slice(-15).join('\n') : '(no error log)';
}
