import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';

/** Structured request logs with a request id; secrets and cookies never reach the log. */
export function pinoHttpOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    genReqId: (request: IncomingMessage) => (request.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(),
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    autoLogging: { ignore: (request: IncomingMessage) => Boolean(request.url?.startsWith('/static/') || request.url === '/health') },
  };
}
