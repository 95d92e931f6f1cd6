import { mkdtempSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { loadAppConfig } from '../config/app-config';
import { newDrillToken } from '../drills/drill-token';
import { pinoHttpOptions } from './logging';

/** Sends one form post through the request logger as configured for production and returns the log lines. */
async function logOf(path: string, body: string): Promise<string> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString('utf8')), done()) });
  const config = loadAppConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATA_DIR: mkdtempSync(join(tmpdir(), 'attt-log-')), LOG_LEVEL: 'info' });
  const app = express();
  app.use(pinoHttp(pinoHttpOptions(config), sink));
  app.use(express.urlencoded({ extended: false }));
  app.use((_request, response) => response.status(200).send('ok'));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve, reject) => {
    const sent = request({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (response) =>
      response.resume().on('end', resolve),
    );
    sent.on('error', reject);
    sent.end(body);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return lines.join('');
}

describe('request logs', () => {
  it('should keep neither the drill link nor anything typed on the landing page', async () => {
    const { token } = newDrillToken();
    const log = await logOf(`/l/${token}?otp=QUERY-SECRET-1`, 'password=BODY-SECRET-2&taxCode=BODY-SECRET-3');
    expect(log).toContain('/l/[drill-link]');
    for (const secret of [token, 'QUERY-SECRET-1', 'BODY-SECRET-2', 'BODY-SECRET-3']) expect(log).not.toContain(secret);
  });

  it('should still log other paths as they are', async () => {
    expect(await logOf('/report-phish?x=1', 'text=a')).toContain('/report-phish?x=1');
  });
});
