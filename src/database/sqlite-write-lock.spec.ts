import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { beginSqliteTransactionsImmediately, immediateBegin } from './sqlite-write-lock';

describe(immediateBegin.name, () => {
  it('should turn a deferred BEGIN into BEGIN IMMEDIATE and leave every other statement alone', () => {
    expect(immediateBegin('BEGIN TRANSACTION')).toBe('BEGIN IMMEDIATE TRANSACTION');
    expect(immediateBegin('COMMIT')).toBe('COMMIT');
    expect(immediateBegin('SELECT 1')).toBe('SELECT 1');
  });
});

describe(beginSqliteTransactionsImmediately.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'attt-write-lock-'));
  const open = (timeout: number) => new DataSource({ type: 'better-sqlite3', database: join(dir, 'shared.sqlite'), enableWAL: true, timeout }).initialize();
  let portal: DataSource;
  let other: DataSource;

  beforeAll(async () => {
    portal = beginSqliteTransactionsImmediately(await open(5_000));
    // Another process's connection, in this process: it must not wait, or it would block the event loop.
    other = await open(0);
    await portal.query('CREATE TABLE counter (value integer NOT NULL)');
  });

  afterAll(async () => {
    await portal.destroy();
    await other.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should hold the write lock from the start of a transaction, before its first write', async () => {
    await portal.transaction(async (manager) => {
      await manager.query('SELECT COUNT(*) FROM counter');
      await expect(other.query('INSERT INTO counter (value) VALUES (1)')).rejects.toThrow(/database is locked/);
    });
    await other.query('INSERT INTO counter (value) VALUES (1)');
    expect(await portal.query('SELECT value FROM counter')).toEqual([{ value: 1 }]);
  });
});
