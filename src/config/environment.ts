import { plainToInstance } from 'class-transformer';
import { IsBooleanString, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'production', 'test'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

/** The process environment the portal reads, validated once at start. */
export class Environment {
  @IsOptional()
  @IsIn(NODE_ENVIRONMENTS, { message: 'NODE_ENV must be one of: development, production, test' })
  public NODE_ENV: NodeEnvironment = 'development';

  @IsOptional()
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  public PORT = 3000;

  @IsOptional()
  @Matches(/^(sqlite:.+|(mysql|mariadb):\/\/.+)$/, {
    message: 'DATABASE_URL must look like sqlite:data/portal.sqlite or mysql://user:pass@host:3306/db',
  })
  public DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^(mysql|mariadb):\/\/.+/, { message: 'DATABASE_READ_URL must look like mysql://user:pass@replica:3306/db (a MariaDB replica of DATABASE_URL)' })
  public DATABASE_READ_URL?: string;

  @IsOptional()
  @IsString()
  public DATA_DIR = 'data';

  @IsOptional()
  @IsString()
  public COURSES_DIR?: string;

  @IsOptional()
  @IsString()
  public CERTIFICATE_KEYS_DIR?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must look like smtp://user:pass@mail.example.gov.vn:587 (or smtps://…)' })
  public SMTP_URL?: string;

  @IsOptional()
  @IsString()
  public MAIL_FROM?: string;

  /** Node processes serving HTTP (node:cluster); the default is one per CPU core. */
  @IsOptional()
  @IsInt({ message: 'WEB_CONCURRENCY must be a whole number of processes' })
  @Min(1, { message: 'WEB_CONCURRENCY must be at least 1' })
  @Max(64, { message: 'WEB_CONCURRENCY must be at most 64' })
  public WEB_CONCURRENCY?: number;

  /**
   * false: this process runs no scheduled jobs (reminders, the nightly audit check, drill mails). The cluster
   * sets it for all its processes but one; set it on every instance but one behind a proxy too.
   */
  @IsOptional()
  @IsBooleanString({ message: 'SCHEDULED_JOBS must be true or false' })
  public SCHEDULED_JOBS?: string;

  @IsOptional()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters long' })
  public SESSION_SECRET?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'PUBLIC_URL must be an http(s) URL such as https://daotao.example.gov.vn' })
  public PUBLIC_URL?: string;

  @IsOptional()
  @IsBooleanString({ message: 'DEMO_DATA must be true or false' })
  public DEMO_DATA?: string;

  /** A hop count or a list of proxy addresses: parsed and checked in address-lists.ts. */
  @IsOptional()
  @IsString()
  public TRUST_PROXY?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be a pino level' })
  public LOG_LEVEL = 'info';

  /** QĐ 742 / product.md §10: audit rows are kept at least 12 months. */
  @IsOptional()
  @IsInt({ message: 'AUDIT_RETENTION_MONTHS must be a whole number of months' })
  @Min(12, { message: 'AUDIT_RETENTION_MONTHS must be at least 12' })
  @Max(1200, { message: 'AUDIT_RETENTION_MONTHS must be at most 1200' })
  public AUDIT_RETENTION_MONTHS = 24;

  @IsOptional()
  @IsInt({ message: 'PASSWORD_MIN_LENGTH must be a whole number' })
  @Min(8, { message: 'PASSWORD_MIN_LENGTH must be at least 8' })
  @Max(64, { message: 'PASSWORD_MIN_LENGTH must be at most 64' })
  public PASSWORD_MIN_LENGTH = 10;

  @IsOptional()
  @IsInt({ message: 'PASSWORD_MIN_CLASSES must be a whole number from 1 to 4' })
  @Min(1, { message: 'PASSWORD_MIN_CLASSES must be from 1 to 4' })
  @Max(4, { message: 'PASSWORD_MIN_CLASSES must be from 1 to 4' })
  public PASSWORD_MIN_CLASSES = 3;

  @IsOptional()
  @IsInt({ message: 'PASSWORD_MAX_AGE_DAYS must be a whole number of days (0 = passwords do not expire)' })
  @Min(0, { message: 'PASSWORD_MAX_AGE_DAYS must be 0 or more' })
  @Max(3650, { message: 'PASSWORD_MAX_AGE_DAYS must be at most 3650' })
  public PASSWORD_MAX_AGE_DAYS = 0;

  @IsOptional()
  @IsInt({ message: 'PASSWORD_HISTORY must be a whole number (0 = any earlier password may be reused)' })
  @Min(0, { message: 'PASSWORD_HISTORY must be from 0 to 24' })
  @Max(24, { message: 'PASSWORD_HISTORY must be from 0 to 24' })
  public PASSWORD_HISTORY = 5;

  @IsOptional()
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be a whole number of minutes' })
  @Min(1, { message: 'SESSION_IDLE_MINUTES must be at least 1' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES must be at most 1440' })
  public SESSION_IDLE_MINUTES = 30;

  @IsOptional()
  @IsInt({ message: 'SESSION_MAX_HOURS must be a whole number of hours' })
  @Min(1, { message: 'SESSION_MAX_HOURS must be at least 1' })
  @Max(168, { message: 'SESSION_MAX_HOURS must be at most 168' })
  public SESSION_MAX_HOURS = 12;

  /** Luật 91/2025/QH15: how long a person's records stay nameable after they leave. */
  @IsOptional()
  @IsInt({ message: 'PERSONAL_DATA_RETENTION_MONTHS must be a whole number of months' })
  @Min(1, { message: 'PERSONAL_DATA_RETENTION_MONTHS must be at least 1' })
  @Max(1200, { message: 'PERSONAL_DATA_RETENTION_MONTHS must be at most 1200' })
  public PERSONAL_DATA_RETENTION_MONTHS = 60;

  /** Phishing drills: messages each instance sends per minute at most. */
  @IsOptional()
  @IsInt({ message: 'DRILL_MAILS_PER_MINUTE must be a whole number' })
  @Min(1, { message: 'DRILL_MAILS_PER_MINUTE must be at least 1' })
  @Max(6000, { message: 'DRILL_MAILS_PER_MINUTE must be at most 6000' })
  public DRILL_MAILS_PER_MINUTE = 30;

  /** Phishing drills: months after a campaign's start before its per-person results are reduced to counts. */
  @IsOptional()
  @IsInt({ message: 'DRILL_RETENTION_MONTHS must be a whole number of months' })
  @Min(1, { message: 'DRILL_RETENTION_MONTHS must be at least 1' })
  @Max(120, { message: 'DRILL_RETENTION_MONTHS must be at most 120' })
  public DRILL_RETENTION_MONTHS = 12;

  @IsOptional()
  @IsBooleanString({ message: 'DRILLS_SEND must be true or false' })
  public DRILLS_SEND?: string;

  /** Addresses and CIDR ranges allowed to use admin pages: parsed in address-lists.ts. */
  @IsOptional()
  @IsString()
  public ADMIN_ALLOW_FROM?: string;
}

/** Variables read as whole numbers; a value that is not one stays a string and fails @IsInt. */
const INTEGER_VARIABLES = [
  'PORT',
  'AUDIT_RETENTION_MONTHS',
  'PASSWORD_MIN_LENGTH',
  'PASSWORD_MIN_CLASSES',
  'PASSWORD_MAX_AGE_DAYS',
  'PASSWORD_HISTORY',
  'SESSION_IDLE_MINUTES',
  'SESSION_MAX_HOURS',
  'PERSONAL_DATA_RETENTION_MONTHS',
  'DRILL_MAILS_PER_MINUTE',
  'DRILL_RETENTION_MONTHS',
  'WEB_CONCURRENCY',
] as const;

export class ConfigurationError extends Error {}

/** Throws one error that lists every invalid variable, so a misconfigured server says all at once. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: false, exposeDefaultValues: true });
  for (const name of INTEGER_VARIABLES) {
    const value = raw[name];
    if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) (env as unknown as Record<string, unknown>)[name] = Number(value);
    else if (value !== undefined && value !== '') (env as unknown as Record<string, unknown>)[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const messages = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
    messages.push('SESSION_SECRET is required when NODE_ENV=production');
  }
  if (messages.length > 0) {
    throw new ConfigurationError(`Invalid configuration:\n  - ${messages.join('\n  - ')}`);
  }
  return env;
}
