import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterAbstract, RateLimiterMySQL, RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

const WINDOW_SECONDS = 15 * 60;
/** Failures allowed per account, and per address (an office behind one NAT shares an address). */
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 30;
const TABLE = 'login_rate_limits';

/**
 * Counts failed sign-ins per account and per address in the database (rate-limiter-flexible over
 * the migrated `login_rate_limits` table), so every app instance sees the same counts.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  public constructor(@InjectDataSource() dataSource: DataSource) {
    this.perAccount = limiter(dataSource, 'account', FAILURES_PER_ACCOUNT);
    this.perAddress = limiter(dataSource, 'address', FAILURES_PER_ADDRESS);
  }

  /** Milliseconds until the next attempt is allowed, or 0 when sign-in may proceed. */
  public async waitBeforeAttempt(username: string, ip: string): Promise<number> {
    const [account, address] = await Promise.all([this.perAccount.get(accountKey(username)), this.perAddress.get(ip)]);
    return Math.max(blockedFor(account, FAILURES_PER_ACCOUNT), blockedFor(address, FAILURES_PER_ADDRESS));
  }

  public async recordFailure(username: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(accountKey(username)),
      this.perAddress.penalty(ip),
    ]);
  }

  /** A successful sign-in clears the account's count; the address count runs out by itself. */
  public async recordSuccess(username: string): Promise<void> {
    await this.perAccount.delete(accountKey(username));
  }
}

function accountKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 200);
}

function blockedFor(result: RateLimiterRes | null, allowed: number): number {
  return result && result.consumedPoints >= allowed ? result.msBeforeNext : 0;
}

function limiter(dataSource: DataSource, prefix: string, points: number): RateLimiterAbstract {
  const options = { keyPrefix: prefix, points, duration: WINDOW_SECONDS, tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false };
  const driver = dataSource.driver as unknown as { databaseConnection?: unknown; pool?: unknown; database?: string };
  if (dataSource.options.type === 'better-sqlite3') {
    return new RateLimiterSQLite({ ...options, storeClient: driver.databaseConnection, storeType: 'better-sqlite3' });
  }
  return new RateLimiterMySQL({ ...options, storeClient: driver.pool, storeType: 'pool', dbName: driver.database });
}
