import { ArgumentsHost, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { HttpErrorFilter } from './http-error.filter';

const audit = { record: jest.fn() } as unknown as AuditService;

function hostFor(): { host: ArgumentsHost; response: { status: jest.Mock; render: jest.Mock; setHeader: jest.Mock } } {
  const response = { headersSent: false, status: jest.fn(), render: jest.fn(), json: jest.fn(), setHeader: jest.fn() };
  const request = { method: 'POST', path: '/login', id: 'r1', accepts: () => 'html' };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  return { host, response };
}

describe(HttpErrorFilter.name, () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [{ status: 413, type: 'entity.too.large' }, 413],
    [{ status: 415, type: 'charset.unsupported' }, 415],
    [{ status: 415, type: 'encoding.unsupported' }, 415],
  ])('should answer a refused body %p with %p and log a warning, not an error', async (bodyError, status) => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    const { host, response } = hostFor();
    await new HttpErrorFilter(audit).catch(Object.assign(new Error('parser'), bodyError), host);
    expect(response.status).toHaveBeenCalledWith(status);
    expect(response.render).toHaveBeenCalledWith('errors/error', expect.objectContaining({ status, message: expect.stringMatching(/[À-ỹ]/u) }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });

  it('should still log an unexpected error as an error with a 500', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    const { host, response } = hostFor();
    await new HttpErrorFilter(audit).catch(new Error('boom'), host);
    expect(response.status).toHaveBeenCalledWith(500);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('should answer a lost database connection with a 503 page asking to retry, logged without the stack', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation();
    const { host, response } = hostFor();
    await new HttpErrorFilter(audit).catch(Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' }), host);
    expect(response.status).toHaveBeenCalledWith(503);
    expect(response.setHeader).toHaveBeenCalledWith('Retry-After', '5');
    expect(response.render).toHaveBeenCalledWith('errors/error', expect.objectContaining({ status: 503, message: expect.stringMatching(/thử lại/) }));
    expect(error).toHaveBeenCalledWith(expect.not.objectContaining({ err: expect.anything() }), expect.stringContaining('Database unavailable'));
  });
});
