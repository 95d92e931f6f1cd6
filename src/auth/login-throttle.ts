import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { databaseRateLimiter } from '../security/database-rate-limiter';

const WINDOW_SECONDS = 15 * 60;
/** Password checks allowed per account, and per address (an office behind one NAT shares an address). */
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 30;

/**
 * Counts password checks per account and per address, shared by every app instance. An attempt
 * is consumed atomically *before* the password is checked and refunded when it succeeds, so that
 * parallel requests cannot all pass a "not yet blocked" check (issue 10, finding 1).
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  public constructor(@InjectDataSource() dataSource: DataSource) {
    this.perAccount = databaseRateLimiter(dataSource, 'account', FAILURES_PER_ACCOUNT, WINDOW_SECONDS);
    this.perAddress = databaseRateLimiter(dataSource, 'address', FAILURES_PER_ADDRESS, WINDOW_SECONDS);
  }

  /** Takes one attempt for the account and the address; returns 0 when allowed, else milliseconds to wait. */
  public async consumeAttempt(username: string, ip: string): Promise<number> {
    const account = accountKey(username);
    const accountWait = await waitAfterConsuming(this.perAccount, account);
    if (accountWait > 0) return accountWait;
    const addressWait = await waitAfterConsuming(this.perAddress, ip);
    // The attempt never reached the password check: the account keeps its point.
    if (addressWait > 0) await this.perAccount.reward(account, 1);
    return addressWait;
  }

  /** A right password gives the attempt back: the account's count is cleared, the address gets its point back. */
  public async refundAttempt(username: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.delete(accountKey(username)), this.perAddress.reward(ip, 1)]);
  }
}

async function waitAfterConsuming(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key, 1);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, rejection.msBeforeNext);
    throw rejection;
  }
}

function accountKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 200);
}
