import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAddressList, parseTrustProxy, TrustProxy } from './address-lists';
import { DatabaseTarget, parseDatabaseUrl } from './database-url';
import { PROJECT_ROOT } from './project-root';
import { loadSsoSettings, SsoSettings } from '../auth/sso/sso-config';
import { ConfigurationError, NodeEnvironment, validateEnvironment } from './environment';

/** QĐ 742 password rules, from PASSWORD_* variables. */
export interface PasswordPolicy {
  minLength: number;
  /** Of lower case, upper case, digits and other characters. */
  minClasses: number;
  /** 0: passwords do not expire. */
  maxAgeDays: number;
  /** How many of the latest passwords (the current one included) may not be chosen again. */
  history: number;
}

/** Typed, validated configuration; built once from the environment and injected everywhere. */
export class AppConfig {
  public readonly nodeEnv: NodeEnvironment;
  public readonly port: number;
  public readonly dataDir: string;
  public readonly coursesDir: string;
  /** Ed25519 signing keys live here, outside the database. */
  public readonly certificateKeysDir: string;
  /** Null: reminders are in-app only. */
  public readonly smtpUrl: string | null;
  public readonly mailFrom: string;
  /** HTTP processes of `npm start` (WEB_CONCURRENCY, default one per core). */
  public readonly webConcurrency: number;
  /** Whether this process runs the scheduled jobs: exactly one process of a cluster does. */
  public readonly scheduledJobs: boolean;
  public readonly database: DatabaseTarget;
  public readonly sessionSecret: string;
  public readonly publicUrl: string;
  public readonly demoData: boolean;
  /** Express's `trust proxy`: false, a hop count, or the proxies' addresses. */
  public readonly trustProxy: TrustProxy;
  public readonly logLevel: string;
  /** Audit rows older than this are pruned by the daily job (the chain is anchored first). */
  public readonly auditRetentionMonths: number;
  public readonly passwordPolicy: PasswordPolicy;
  /** A session ends after this long without a request, and this long after sign-in whatever happens. */
  public readonly sessionIdleMs: number;
  public readonly sessionMaxMs: number;
  /** Months after a person leaves before an admin may anonymise them. */
  public readonly personalDataRetentionMonths: number;
  /** Addresses and ranges from which admin pages may be used; null: from anywhere. */
  public readonly adminAllowFrom: string[] | null;
  /** OpenID Connect, LDAP and local passwords (product.md §12). */
  public readonly sso: SsoSettings;
  /** Phishing drills (product.md §11): whether this instance sends, how fast, and how long results stay per person. */
  public readonly drills: { send: boolean; mailsPerMinute: number; retentionMonths: number };

  public constructor(values: Omit<AppConfig, 'isProduction'>) {
    Object.assign(this, values);
  }

  public get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

export function loadAppConfig(raw: Record<string, string | undefined> = process.env): AppConfig {
  const env = validateEnvironment(raw);
  const sso = loadSsoSettings(raw);
  const dataDir = resolve(env.DATA_DIR);
  const production = env.NODE_ENV === 'production';
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  // Node serves plain HTTP: an https address means a TLS proxy in front, and without trusting it
  // Express sees every request as insecure and never sends the secure session cookie.
  if (publicUrl.startsWith('https:') && trustProxy === false) {
    throw new ConfigurationError(
      'PUBLIC_URL is https:// but TRUST_PROXY is not set: sign-in would be impossible (the secure session cookie is never sent). Set TRUST_PROXY to the number of proxies in front of the portal (e.g. 1) or their addresses.',
    );
  }
  return new AppConfig({
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    dataDir,
    coursesDir: resolve(env.COURSES_DIR ?? join(PROJECT_ROOT, 'courses')),
    certificateKeysDir: resolve(env.CERTIFICATE_KEYS_DIR ?? join(dataDir, 'keys')),
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM ?? 'Cổng đào tạo ATTT <no-reply@localhost>',
    webConcurrency: env.WEB_CONCURRENCY ?? availableParallelism(),
    scheduledJobs: env.SCHEDULED_JOBS !== 'false',
    database: parseDatabaseUrl(env.DATABASE_URL ?? `sqlite:${join(dataDir, 'portal.sqlite')}`, env.DATABASE_READ_URL),
    sessionSecret: env.SESSION_SECRET ?? localSessionSecret(dataDir),
    publicUrl,
    // Demo accounts share a published password: never in production, whatever DEMO_DATA says.
    demoData: !production && env.DEMO_DATA !== 'false',
    trustProxy,
    logLevel: env.LOG_LEVEL,
    auditRetentionMonths: env.AUDIT_RETENTION_MONTHS,
    passwordPolicy: { minLength: env.PASSWORD_MIN_LENGTH, minClasses: env.PASSWORD_MIN_CLASSES, maxAgeDays: env.PASSWORD_MAX_AGE_DAYS, history: env.PASSWORD_HISTORY },
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: env.SESSION_MAX_HOURS * 3_600_000,
    personalDataRetentionMonths: env.PERSONAL_DATA_RETENTION_MONTHS,
    adminAllowFrom: env.ADMIN_ALLOW_FROM?.trim() ? parseAddressList('ADMIN_ALLOW_FROM', env.ADMIN_ALLOW_FROM) : null,
    sso,
    drills: { send: env.DRILLS_SEND !== 'false', mailsPerMinute: env.DRILL_MAILS_PER_MINUTE, retentionMonths: env.DRILL_RETENTION_MONTHS },
  });
}

/**
 * Outside production a secret is generated once and kept in the data directory, so a newcomer
 * needs no configuration and restarts (or a second instance on the same data) keep sessions.
 */
function localSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
