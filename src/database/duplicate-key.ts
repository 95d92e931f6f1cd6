import { QueryFailedError } from 'typeorm';

/**
 * Whether an insert lost to a unique key: the way several instances (or a client's retry) agree
 * that a thing exists once. Any other failure, a lost connection included, is not "already done".
 */
export function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { errno?: number; code?: string };
  return driver.errno === 1062 || driver.code === 'SQLITE_CONSTRAINT_UNIQUE' || driver.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
