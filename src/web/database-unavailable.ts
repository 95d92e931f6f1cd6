import { ServiceUnavailableException } from '@nestjs/common';
import { isLostConnection } from '../database/lost-connection';

/** Seconds a client is asked to wait before retrying; a database restart takes a few. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Besides a lost connection, error codes that mean the database cannot serve right now (shutting
 * down, too many connections, too busy), not that the request is wrong, and SQLite's lock codes.
 */
const UNAVAILABLE_CODES = new Set(['ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']);

/** mysql2 reports a query on a socket the server closed with this message and no code. */
const CLOSED_CONNECTION = /connection is in closed state/i;

/** Whether the error (or the driver error TypeORM wraps, or its cause) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, driverError, cause } = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (isLostConnection(error)) return true;
  if (typeof message === 'string' && CLOSED_CONNECTION.test(message)) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

/**
 * A database outage is no fault of the learner and nothing they sent was lost by the server:
 * a 503 page that tells them to send again (a submission sent twice still records once).
 */
export function databaseUnavailableException(error: unknown): ServiceUnavailableException | null {
  if (!isDatabaseUnavailable(error)) return null;
  return new ServiceUnavailableException(
    'Hệ thống đang tạm thời mất kết nối tới cơ sở dữ liệu. Vui lòng đợi ít phút rồi thử lại (tải lại trang hoặc gửi lại biểu mẫu); nội dung đã được ghi nhận sẽ không bị ghi hai lần.',
  );
}
