import { QueryFailedError } from 'typeorm';
import { databaseUnavailableException, isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'driver error') => Object.assign(new Error(message), { code });

describe(isDatabaseUnavailable.name, () => {
  it.each(['ECONNREFUSED', 'PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'SQLITE_BUSY'])('should take %s as the database being unreachable', (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(true);
  });

  it('should look inside the QueryFailedError that TypeORM wraps around the driver error', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], withCode('PROTOCOL_CONNECTION_LOST', 'Connection lost: The server closed the connection.')))).toBe(true);
  });

  it('should recognise a query sent on a connection the server closed', () => {
    expect(isDatabaseUnavailable(new Error("Can't add new command when connection is in closed state"))).toBe(true);
  });

  it('should follow an error cause', () => {
    expect(isDatabaseUnavailable(new Error('transaction failed', { cause: withCode('ECONNRESET') }))).toBe(true);
  });

  it.each([
    ['a duplicate key', withCode('ER_DUP_ENTRY')],
    ['a constraint', withCode('SQLITE_CONSTRAINT_UNIQUE')],
    ['a plain error', new Error('boom')],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('should not take %s for an outage', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe(databaseUnavailableException.name, () => {
  it('should be a 503 asking in Vietnamese to try again', () => {
    const exception = databaseUnavailableException(withCode('ECONNREFUSED'))!;
    expect(exception.getStatus()).toBe(503);
    expect(exception.message).toMatch(/thử lại/);
  });
});
