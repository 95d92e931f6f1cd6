import { DataSource } from 'typeorm';
import { isMariaDb } from './database-kind';
import { DriverErrorLike, isLostConnection } from './lost-connection';

/**
 * MariaDB errors after which the transaction was rolled back and may simply be run again:
 * 1213 is a deadlock, and also how Galera reports a certification conflict at COMMIT; 1205 a
 * lock wait timeout; 1047 a Galera node that is joining or cut off from the cluster.
 */
const CONFLICT_ERRNOS = new Set([1213, 1205, 1047]);

export interface RetryPolicy {
  /** Runs in all, the first included. */
  attempts: number;
  /** The wait before the first retry may be up to this; it doubles with each retry... */
  baseDelayMs: number;
  /** ...up to this. Together about 7 s in the worst case: long enough for a load balancer to fail over. */
  maxDelayMs: number;
}

const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 10, baseDelayMs: 20, maxDelayMs: 2000 };

/**
 * Whether a failed transaction can be run again as a whole. A connection lost during COMMIT is
 * not: the commit may have happened, and running it again could record a thing twice (the
 * client sees an error and retries through the application's own idempotent paths instead).
 */
export function isRetryableConflict(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const failed = error as DriverErrorLike & { driverError?: DriverErrorLike; query?: string };
  const driver = failed.driverError ?? failed;
  if (driver.errno !== undefined && CONFLICT_ERRNOS.has(driver.errno)) return true;
  return isLostConnection(driver) && failed.query?.trim().toUpperCase() !== 'COMMIT';
}

/** Full-jitter exponential backoff: retries spread out instead of colliding again in step. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
}

/** Runs `work`, and runs it again after a conflict, at most `policy.attempts` times in all. */
export async function retryOnConflict<T>(work: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY_POLICY, sleep: (ms: number) => Promise<void> = pause): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await work();
    } catch (error) {
      if (retry + 1 >= policy.attempts || !isRetryableConflict(error)) throw error;
      await sleep(backoffDelay(retry, policy));
    }
  }
}

/**
 * Every transaction opened through the data source (`dataSource.transaction`, a repository's
 * `manager.transaction`) is run again as a whole after a deadlock or a Galera certification
 * conflict, so that every writer is safe on a cluster. Its callback must therefore only touch
 * the database through the manager it is given (no mail sent, no outside state changed). A
 * transaction opened inside another one (through the manager it was given) is not retried on
 * its own: the outer one is. SQLite has one writer and is left as it is.
 */
export function retryConflictingTransactions(dataSource: DataSource, policy: RetryPolicy = DEFAULT_RETRY_POLICY): DataSource {
  if (!isMariaDb(dataSource)) return dataSource;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = (...args: unknown[]) => retryOnConflict(() => transaction(...args), policy);
  return dataSource;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
