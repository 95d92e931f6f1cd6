import { plainToInstance } from 'class-transformer';
import { IsBooleanString, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'production', 'test'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

/** The process environment the portal reads, validated once at start. */
export class Environment {
  @IsOptional()
  @IsIn(NODE_ENVIRONMENTS, { message: 'NODE_ENV must be one of: development, production, test' })
  NODE_ENV: NodeEnvironment = 'development';

  @IsOptional()
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^(sqlite:.+|(mysql|mariadb):\/\/.+)$/, {
    message: 'DATABASE_URL must look like sqlite:data/portal.sqlite or mysql://user:pass@host:3306/db',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR = 'data';

  @IsOptional()
  @IsString()
  COURSES_DIR?: string;

  @IsOptional()
  @IsString()
  CERTIFICATE_KEYS_DIR?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must look like smtp://user:pass@mail.example.gov.vn:587 (or smtps://…)' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM?: string;

  @IsOptional()
  @IsBooleanString({ message: 'REMINDERS_SCHEDULE must be true or false' })
  REMINDERS_SCHEDULE?: string;

  @IsOptional()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters long' })
  SESSION_SECRET?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'PUBLIC_URL must be an http(s) URL such as https://daotao.example.gov.vn' })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsBooleanString({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: string;

  /** A hop count or a list of proxy addresses: parsed and checked in address-lists.ts. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be a pino level' })
  LOG_LEVEL = 'info';

  /** QĐ 742 / product.md §10: audit rows are kept at least 12 months. */
  @IsOptional()
  @IsInt({ message: 'AUDIT_RETENTION_MONTHS must be a whole number of months' })
  @Min(12, { message: 'AUDIT_RETENTION_MONTHS must be at least 12' })
  @Max(1200, { message: 'AUDIT_RETENTION_MONTHS must be at most 1200' })
  AUDIT_RETENTION_MONTHS = 24;
}

/** Variables read as whole numbers; a value that is not one stays a string and fails @IsInt. */
const INTEGER_VARIABLES = ['PORT', 'AUDIT_RETENTION_MONTHS'] as const;

export class ConfigurationError extends Error {}

/** Throws one error that lists every invalid variable, so a misconfigured server says all at once. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: false, exposeDefaultValues: true });
  for (const name of INTEGER_VARIABLES) {
    const value = raw[name];
    if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) (env as unknown as Record<string, unknown>)[name] = Number(value);
    else if (value !== undefined && value !== '') (env as unknown as Record<string, unknown>)[name] = String(value);
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
