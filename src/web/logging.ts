import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Options, stdSerializers } from 'pino-http';
import { isLandingPath, pathForLogs } from '../drills/drill-token';
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
    serializers: { req: withoutDrillSecrets },
    autoLogging: { ignore: (request: IncomingMessage) => Boolean(request.url?.startsWith('/static/') || request.url === '/health') },
  };
}

/**
 * A drill link's path is a secret that marks one person's click, and whatever a landing page
 * receives must never be kept (product.md §11): its requests are logged without path token,
 * query or parameters. Bodies are never logged anywhere.
 */
function withoutDrillSecrets(request: IncomingMessage): unknown {
  const serialized = stdSerializers.req(request) as { url?: string; query?: unknown; params?: unknown };
  if (!serialized.url || !isLandingPath(serialized.url)) return serialized;
  return { ...serialized, url: pathForLogs(serialized.url), query: {}, params: {} };
}
