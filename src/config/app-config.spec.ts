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

  it('should take a read replica only beside a MariaDB primary', () => {
    expect(parseDatabaseUrl('mysql://portal@db1:3306/portal', 'mysql://portal@db2:3306/portal')).toMatchObject({
      kind: 'mysql',
      url: 'mysql://portal@db1:3306/portal',
      readUrl: 'mysql://portal@db2:3306/portal',
    });
    expect(() => parseDatabaseUrl('sqlite:data/x.sqlite', 'mysql://portal@db2:3306/portal')).toThrow(/DATABASE_READ_URL needs a MariaDB DATABASE_URL/);
  });

  it('should refuse a URL without a database name', () => {
    expect(() => parseDatabaseUrl('mysql://root@127.0.0.1:3306/')).toThrow(/mysql:\/\/user:pass@host:3306\/database/);
  });

  it('should hide the password when a URL is shown', () => {
    expect(redactPassword('mysql://portal:s3cret@db:3306/portal')).toBe('mysql://portal:***@db:3306/portal');
  });
});

describe('TRUST_PROXY', () => {
  const load = (env: Record<string, string>) => loadAppConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'attt-config-')), ...env });

  it('should accept a hop count or a list of proxy addresses and ranges', () => {
    expect(load({}).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(load({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
  });

  it('should refuse "true", which trusts every hop', () => {
    expect(() => load({ TRUST_PROXY: 'true' })).toThrow(/trusts every hop[\s\S]*TRUST_PROXY=1/);
  });

  it('should refuse an address it cannot read', () => {
    expect(() => load({ TRUST_PROXY: '10.0.0.0/33,proxy.local' })).toThrow(/not understood: 10\.0\.0\.0\/33, proxy\.local/);
  });

  it('should refuse an https address without a trusted proxy, since sign-in could never work', () => {
    expect(() => load({ PUBLIC_URL: 'https://daotao.example.gov.vn' })).toThrow(/PUBLIC_URL is https:\/\/ but TRUST_PROXY is not set/);
    expect(load({ PUBLIC_URL: 'https://daotao.example.gov.vn', TRUST_PROXY: '1' }).publicUrl).toBe('https://daotao.example.gov.vn');
  });
});

describe('QĐ 742 settings', () => {
  const load = (env: Record<string, string>) => loadAppConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'attt-config-')), ...env });

  it('should default to a 30-minute idle timeout, a 12-hour lifetime, 24 months of audit and the password rules', () => {
    const config = load({});
    expect(config.sessionIdleMs).toBe(30 * 60_000);
    expect(config.sessionMaxMs).toBe(12 * 3_600_000);
    expect(config.auditRetentionMonths).toBe(24);
    expect(config.passwordPolicy).toEqual({ minLength: 10, minClasses: 3, maxAgeDays: 0, history: 5 });
    expect(config.adminAllowFrom).toBeNull();
  });

  it('should read the settings from the environment', () => {
    const config = load({ SESSION_IDLE_MINUTES: '15', SESSION_MAX_HOURS: '8', AUDIT_RETENTION_MONTHS: '36', PASSWORD_MIN_LENGTH: '12', PASSWORD_MAX_AGE_DAYS: '90', ADMIN_ALLOW_FROM: '10.0.0.0/8' });
    expect(config).toMatchObject({ sessionIdleMs: 15 * 60_000, sessionMaxMs: 8 * 3_600_000, auditRetentionMonths: 36, adminAllowFrom: ['10.0.0.0/8'] });
    expect(config.passwordPolicy).toMatchObject({ minLength: 12, maxAgeDays: 90 });
  });

  it('should refuse values outside the allowed ranges, all in one message', () => {
    expect(() => load({ AUDIT_RETENTION_MONTHS: '6', PASSWORD_MIN_CLASSES: '5', SESSION_IDLE_MINUTES: 'half-hour' })).toThrow(
      /AUDIT_RETENTION_MONTHS must be at least 12[\s\S]*PASSWORD_MIN_CLASSES must be from 1 to 4[\s\S]*SESSION_IDLE_MINUTES must be a whole number/,
    );
    expect(() => load({ ADMIN_ALLOW_FROM: '10.0.0.0/8, văn phòng' })).toThrow(/ADMIN_ALLOW_FROM must be a comma-separated list[\s\S]*văn phòng/);
  });
});
