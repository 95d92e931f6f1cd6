import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from './app-config';
import { parseDatabaseUrl, redactPassword } from './database-url';

describe('loadAppConfig', () => {
  const dataDir = (): string => mkdtempSync(join(tmpdir(), 'attt-config-'));

  it('should default to an SQLite file in the data directory and demo data', () => {
    const directory = dataDir();
    const config = loadAppConfig({ DATA_DIR: directory });
    expect(config.database).toEqual({ kind: 'sqlite', path: join(directory, 'portal.sqlite') });
    expect(config.port).toBe(3000);
    expect(config.demoData).toBe(true);
    expect(config.sessionSecret).toHaveLength(64);
    expect(loadAppConfig({ DATA_DIR: directory }).sessionSecret).toBe(config.sessionSecret);
  });

  it('should never load demo data in production', () => {
    const config = loadAppConfig({ NODE_ENV: 'production', DEMO_DATA: 'true', SESSION_SECRET: 'x'.repeat(40), DATA_DIR: dataDir() });
    expect(config.demoData).toBe(false);
  });

  it('should list every invalid variable in one clear message', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production', PORT: 'eighty', DATABASE_URL: 'postgres://x/y', DATA_DIR: dataDir() })).toThrow(
      /PORT must be a whole number[\s\S]*DATABASE_URL must look like[\s\S]*SESSION_SECRET is required/,
    );
  });
});

describe('parseDatabaseUrl', () => {
  it('should read SQLite paths and MySQL or MariaDB URLs', () => {
    expect(parseDatabaseUrl('sqlite:data/x.sqlite')).toEqual({ kind: 'sqlite', path: 'data/x.sqlite' });
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1:3306/portal')).toMatchObject({ kind: 'mysql', scheme: 'mariadb', database: 'portal' });
  });

  it('should refuse a URL without a database name', () => {
    expect(() => parseDatabaseUrl('mysql://root@127.0.0.1:3306/')).toThrow(/mysql:\/\/user:pass@host:3306\/database/);
  });

  it('should hide the password when a URL is shown', () => {
    expect(redactPassword('mysql://portal:s3cret@db:3306/portal')).toBe('mysql://portal:***@db:3306/portal');
  });
});
