import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';

/**
 * Structured request logs with a request id; secrets and cookies never reach the log. JSON for
 * log collectors; in development one readable line per event, for the person at the terminal.
 */
export function pinoHttpOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    transport: config.nodeEnv === 'development' ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } : undefined,
    genReqId: (request: IncomingMessage) => (request.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(),
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    autoLogging: { ignore: (request: IncomingMessage) => Boolean(request.url?.startsWith('/static/') || request.url === '/health') },
  };
}
