import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { MARIADB_AVAILABLE_FLAG, MARIADB_URL } from './environment';

export type DatabaseKind = 'sqlite' | 'mariadb';

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database of the given kind: a temporary SQLite file, or a new MariaDB schema. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    const path = join(tmpdir(), `attt-${name}.sqlite`);
    return {
      kind,
      url: `sqlite:${path}`,
      drop: async () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${path}${suffix}`, { force: true })),
    };
  }
  const admin = await createConnection({ uri: MARIADB_URL });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(MARIADB_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      const connection = await createConnection({ uri: MARIADB_URL });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

/**
 * Runs a block of tests once per database: SQLite always, MariaDB when global-setup found it
 * (under CI it must have). A skipped MariaDB block shows up as skipped tests, never as passes.
 */
export function describeEachDatabase(title: string, block: (kind: DatabaseKind) => void): void {
  describe(`${title} [sqlite]`, () => block('sqlite'));
  const mariadb = process.env[MARIADB_AVAILABLE_FLAG] === 'true';
  (mariadb ? describe : describe.skip)(`${title} [mariadb]`, () => block('mariadb'));
}
