import { ConfigurationError } from './environment';

/** `readUrl`: an optional replica that reports and exports read from (DATABASE_READ_URL). */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'mysql'; url: string; scheme: 'mysql' | 'mariadb'; database: string; readUrl?: string };

export function parseDatabaseUrl(url: string, readUrl?: string): DatabaseTarget {
  if (readUrl && url.startsWith('sqlite:')) throw new ConfigurationError('DATABASE_READ_URL needs a MariaDB DATABASE_URL: SQLite has no replicas');
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new ConfigurationError('DATABASE_URL=sqlite: needs a file path, e.g. sqlite:data/portal.sqlite');
    return { kind: 'sqlite', path };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(`DATABASE_URL is not a valid URL: ${redactPassword(url)}`);
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if ((scheme !== 'mysql' && scheme !== 'mariadb') || !database) {
    throw new ConfigurationError('DATABASE_URL must be mysql://user:pass@host:3306/database (or mariadb://…)');
  }
  return { kind: 'mysql', url, scheme, database, ...(readUrl ? { readUrl } : {}) };
}

export function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
