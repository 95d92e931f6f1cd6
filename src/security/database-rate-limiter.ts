import { RateLimiterAbstract, RateLimiterMySQL, RateLimiterSQLite } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

const TABLE = 'login_rate_limits';

/**
 * A rate-limiter-flexible limiter whose counters live in the migrated `login_rate_limits` table,
 * so that every app instance on the same database counts the same requests.
 */
export function databaseRateLimiter(dataSource: DataSource, keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
  const options = { keyPrefix, points, duration: durationSeconds, tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false };
  const driver = dataSource.driver as unknown as { databaseConnection?: unknown; pool?: unknown; poolCluster?: { of(pattern: string): unknown }; database?: string };
  if (dataSource.options.type === 'better-sqlite3') {
    return new RateLimiterSQLite({ ...options, storeClient: driver.databaseConnection, storeType: 'better-sqlite3' });
  }
  // With a read replica (DATABASE_READ_URL) TypeORM keeps a pool cluster: count on the primary.
  const pool = driver.pool ?? driver.poolCluster?.of('MASTER');
  return new RateLimiterMySQL({ ...options, storeClient: pool, storeType: 'pool', dbName: driver.database });
}
