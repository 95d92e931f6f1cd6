import { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { freePort } from './free-port';
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

export interface TwoPortalsFixture {
  readonly first: TestApp;
  readonly second: TestApp;
  readonly database: TestDatabase;
}

/** Two portal instances sharing one fresh database, as behind a load balancer. */
export function useTwoPortals(kind: DatabaseKind): TwoPortalsFixture {
  const fixture = {} as { first: TestApp; second: TestApp; database: TestDatabase };
  beforeAll(async () => {
    fixture.database = await createTestDatabase(kind);
    fixture.first = await startTestApp(fixture.database.url);
    fixture.second = await startTestApp(fixture.database.url);
  });
  afterAll(async () => {
    await fixture.first?.close();
    await fixture.second?.close();
    await fixture.database?.drop();
  });
  return fixture;
}

export interface BrowserFixture extends PortalFixture {
  readonly browser: Browser;
  readonly baseUrl: string;
}

/**
 * A portal listening on a local port (SQLite) and a headless Chromium to drive it. The port is
 * chosen first so that PUBLIC_URL, and so the certificates' QR codes, point at this portal.
 */
export function usePortalInBrowser(env: () => Record<string, string> = () => ({})): BrowserFixture {
  const fixture = {} as { browser: Browser; baseUrl: string };
  beforeAll(async () => {
    fixture.baseUrl = `http://127.0.0.1:${await freePort()}`;
  });
  const portalFixture = usePortal('sqlite', () => ({ ...env(), PUBLIC_URL: fixture.baseUrl }));
  beforeAll(async () => {
    const server = portalFixture.portal.server;
    await new Promise<void>((resolve) => server.listen(Number(new URL(fixture.baseUrl).port), '127.0.0.1', resolve));
    fixture.browser = await launchChromium();
  });
  afterAll(async () => {
    await fixture.browser?.close();
  });
  return {
    get portal() {
      return portalFixture.portal;
    },
    get database() {
      return portalFixture.database;
    },
    get browser() {
      return fixture.browser;
    },
    get baseUrl() {
      return fixture.baseUrl;
    },
  };
}
