import { createConnection } from 'mysql2/promise';
import { parseDatabaseUrl } from '../../src/config/database-url';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- better-sqlite3's types are not installed; TypeORM loads it the same way
const Database = require('better-sqlite3') as new (path: string, options: { timeout: number }) => { exec(sql: string): void; close(): void };

const POLL_MS = 20;

/**
 * Resolves once another process is visibly in the middle of writing a large transaction, so a
 * test can kill it there. MariaDB: `uncommittedRows` (a COUNT) read under READ UNCOMMITTED exceeds
 * `before`. SQLite shows nothing uncommitted to other connections: the write lock held for
 * `heldMs` without a break (the short background writes release it within milliseconds).
 */
export async function largeWriteUnderWay(databaseUrl: string, uncommittedRows: string, before: number, heldMs = 250, timeoutMs = 120_000): Promise<void> {
  const target = parseDatabaseUrl(databaseUrl);
  const probe = target.kind === 'sqlite' ? sqliteWriteLockHeld(target.path, heldMs) : mariadbUncommittedRowsAbove(target.url, uncommittedRows, before);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`No large write was seen within ${timeoutMs} ms`)), timeoutMs).unref());
  await Promise.race([probe, timeout]);
}

async function mariadbUncommittedRowsAbove(url: string, sql: string, before: number): Promise<void> {
  const connection = await createConnection({ uri: url });
  try {
    await connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED');
    for (;;) {
      const [rows] = await connection.query<Array<{ count: number } & import('mysql2').RowDataPacket>>(sql);
      if (Number(rows[0].count) > before) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await connection.end();
  }
}

async function sqliteWriteLockHeld(path: string, heldMs: number): Promise<void> {
  // timeout 0: the probe never waits for the lock, so it never holds up the writer it watches.
  const database = new Database(path, { timeout: 0 });
  try {
    let heldSince: number | null = null;
    for (;;) {
      try {
        database.exec('BEGIN IMMEDIATE');
        database.exec('ROLLBACK');
        heldSince = null;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
        heldSince ??= Date.now();
        if (Date.now() - heldSince >= heldMs) return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    database.close();
  }
}
