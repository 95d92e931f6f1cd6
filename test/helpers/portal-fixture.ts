import { AddressInfo } from 'node:net';
import { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestApp, TestApp } from './test-app';
import { createTestDatabase, DatabaseKind, TestDatabase } from './test-database';

export interface PortalFixture {
  readonly portal: TestApp;
  readonly database: TestDatabase;
}

/** A fresh database and a running portal for the enclosing describe block, torn down after it. */
export function usePortal(kind: DatabaseKind, env: () => Record<string, string> = () => ({})): PortalFixture {
  const fixture = {} as { portal: TestApp; database: TestDatabase };
  beforeAll(async () => {
    fixture.database = await createTestDatabase(kind);
    fixture.portal = await startTestApp(fixture.database.url, env());
  });
  afterAll(async () => {
    await fixture.portal?.close();
    await fixture.database?.drop();
  });
  return fixture;
}

export interface BrowserFixture extends PortalFixture {
  readonly browser: Browser;
  readonly baseUrl: string;
}

/** A portal listening on a local port (SQLite) and a headless Chromium to drive it. */
export function usePortalInBrowser(): BrowserFixture {
  const portalFixture = usePortal('sqlite');
  const fixture = {} as { browser: Browser; baseUrl: string };
  beforeAll(async () => {
    const server = portalFixture.portal.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fixture.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    fixture.browser = await launchChromium();
  });
  afterAll(async () => {
    await fixture.browser?.close();
  });
  return {
    get portal() { return portalFixture.portal; },
    get database() { return portalFixture.database; },
    get browser() { return fixture.browser; },
    get baseUrl() { return fixture.baseUrl; },
  };
}
