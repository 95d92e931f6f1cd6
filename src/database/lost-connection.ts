/**
 * How mysql2 reports a connection to MariaDB that died or could not be made (server restarting,
 * node killed, load balancer switching nodes): by code, by errno (server gone away 2006, lost
 * during a query 2013, killed 1927, idle timeout 4031), or only by being `fatal`. The server
 * rolled back whatever transaction that connection had open.
 */
const LOST_CONNECTION_CODES = new Set(['PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const LOST_CONNECTION_ERRNOS = new Set([2006, 2013, 1927, 4031]);

export interface DriverErrorLike {
  errno?: number;
  code?: string;
  fatal?: boolean;
}

export function isLostConnection(driver: DriverErrorLike): boolean {
  return driver.fatal === true || (driver.code !== undefined && LOST_CONNECTION_CODES.has(driver.code)) || (driver.errno !== undefined && LOST_CONNECTION_ERRNOS.has(driver.errno));
}
