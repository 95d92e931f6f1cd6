import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { loadAppConfig } from '../../src/config/app-config';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation';

export interface TestApp {
  app: NestExpressApplication;
  server: import('http').Server;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Two instances started with the same secret on the same database behave as one cluster. */
export const TEST_SESSION_SECRET = 'test-session-secret-0123456789abcdef';

/** The real application, with every security layer, on the given database and with demo data. */
export async function startTestApp(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'attt-data-')),
    SESSION_SECRET: TEST_SESSION_SECRET,
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'true',
    SCHEDULED_JOBS: 'false',
    DRILLS_SEND: 'false',
    ...env,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger: process.env.TEST_LOG ? ['error', 'warn'] : false });
  await configureApp(app);
  await app.init();
  return {
    app,
    server: app.getHttpServer(),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

export function csrfTokenFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('The page has no CSRF token field');
  return match[1];
}

/** Opens a page with the agent's session and returns the CSRF token of its first form. */
export async function csrfTokenOf(agent: TestAgent, path = '/login'): Promise<string> {
  return csrfTokenFrom((await agent.get(path).expect(200)).text);
}

/** Signs in through the real form (CSRF token included) and returns the agent with its cookie. */
export async function signIn(server: TestApp['server'], username: string, password = DEMO_PASSWORD): Promise<{ agent: TestAgent; response: request.Response }> {
  const agent = request.agent(server);
  const token = await csrfTokenOf(agent);
  const response = await agent.post('/login').type('form').send({ username, password, _csrf: token });
  return { agent, response };
}
