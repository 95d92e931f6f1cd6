import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { databaseRateLimiter } from '../security/database-rate-limiter';

const WINDOW_SECONDS = 15 * 60;
/** Failures allowed per account, and per address (an office behind one NAT shares an address). */
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 30;

/** Counts failed sign-ins per account and per address, shared by every app instance. */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  public constructor(@InjectDataSource() dataSource: DataSource) {
    this.perAccount = databaseRateLimiter(dataSource, 'account', FAILURES_PER_ACCOUNT, WINDOW_SECONDS);
    this.perAddress = databaseRateLimiter(dataSource, 'address', FAILURES_PER_ADDRESS, WINDOW_SECONDS);
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
