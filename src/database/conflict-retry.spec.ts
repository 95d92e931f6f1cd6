import { QueryFailedError } from 'typeorm';
import { backoffDelay, isRetryableConflict, retryOnConflict, RetryPolicy } from './conflict-retry';

function failed(query: string, driverError: object): QueryFailedError {
  return new QueryFailedError(query, [], Object.assign(new Error('driver error'), driverError));
}

const policy: RetryPolicy = { attempts: 4, baseDelayMs: 10, maxDelayMs: 50 };
const noWait = async (): Promise<void> => undefined;

/** Work that always fails with `error`, counting its runs. */
function alwaysFailing(error: unknown): { work: () => Promise<never>; runs: () => number } {
  let runs = 0;
  return {
    work: async () => {
      runs++;
      throw error;
    },
    runs: () => runs,
  };
}

describe('isRetryableConflict', () => {
  it('should retry a deadlock or certification conflict, even at COMMIT', () => {
    expect(isRetryableConflict(failed('UPDATE attempts SET status = ?', { errno: 1213, code: 'ER_LOCK_DEADLOCK' }))).toBe(true);
    expect(isRetryableConflict(failed('COMMIT', { errno: 1213, code: 'ER_LOCK_DEADLOCK' }))).toBe(true);
  });

  it('should retry a lock wait timeout and a Galera node that is not ready', () => {
    expect(isRetryableConflict(failed('SELECT 1', { errno: 1205 }))).toBe(true);
    expect(isRetryableConflict(failed('START TRANSACTION', { errno: 1047, code: 'ER_UNKNOWN_COM_ERROR' }))).toBe(true);
  });

  it('should retry a connection lost before COMMIT, and a pool that cannot connect', () => {
    expect(isRetryableConflict(failed('INSERT INTO notices', { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }))).toBe(true);
    expect(isRetryableConflict(failed('START TRANSACTION', { fatal: true }))).toBe(true);
    expect(isRetryableConflict(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3307'), { code: 'ECONNREFUSED', errno: -111 }))).toBe(true);
  });

  it('should not retry a connection lost during COMMIT, which may have committed', () => {
    expect(isRetryableConflict(failed('COMMIT', { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }))).toBe(false);
  });

  it('should not retry other errors', () => {
    expect(isRetryableConflict(failed('INSERT INTO notices', { errno: 1062, code: 'ER_DUP_ENTRY' }))).toBe(false);
    expect(isRetryableConflict(new Error('Không tìm thấy bài làm.'))).toBe(false);
    expect(isRetryableConflict(undefined)).toBe(false);
  });
});

describe('backoffDelay', () => {
  it('should double the ceiling with each retry up to the maximum', () => {
    const highest = (retry: number): number => backoffDelay(retry, policy, () => 0.999999);
    expect([0, 1, 2, 3, 10].map(highest)).toEqual([9, 19, 39, 49, 49]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('retryOnConflict', () => {
  const deadlock = failed('COMMIT', { errno: 1213 });

  it('should run the work again after a conflict and return its result', async () => {
    let runs = 0;
    const result = await retryOnConflict(
      async () => {
        runs++;
        if (runs < 3) throw deadlock;
        return 'saved';
      },
      policy,
      noWait,
    );
    expect({ result, runs }).toEqual({ result: 'saved', runs: 3 });
  });

  it('should give up after the policy’s number of runs with the last error', async () => {
    const failing = alwaysFailing(deadlock);
    const waits: number[] = [];
    const sleep = async (ms: number): Promise<void> => void waits.push(ms);
    await expect(retryOnConflict(failing.work, policy, sleep)).rejects.toBe(deadlock);
    expect(failing.runs()).toBe(4);
    expect(waits).toHaveLength(3);
    expect(waits.every((ms) => ms >= 0 && ms <= policy.maxDelayMs)).toBe(true);
  });

  it('should not run the work again after any other error', async () => {
    const duplicate = failed('INSERT', { errno: 1062 });
    const failing = alwaysFailing(duplicate);
    await expect(retryOnConflict(failing.work, policy, noWait)).rejects.toBe(duplicate);
    expect(failing.runs()).toBe(1);
  });
});
