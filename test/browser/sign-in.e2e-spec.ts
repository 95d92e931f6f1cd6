import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { describeInBrowser, launchChromium, SCREENSHOT_DIR } from '../helpers/browser';
import { startTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';

const DASHBOARDS = [
  { account: 'learner', path: '/my', heading: 'Xin chào, Nguyễn Thị Hằng' },
  { account: 'head', path: '/head', heading: 'Đơn vị của tôi' },
  { account: 'hr', path: '/hr', heading: 'Tổng quan' },
  { account: 'admin', path: '/admin', heading: 'Quản trị hệ thống' },
];

describeInBrowser('Signing in through the real form in Chromium', () => {
  let database: TestDatabase;
  let portal: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    portal = await startTestApp(database.url);
    await new Promise<void>((resolve) => portal.server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(portal.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await portal.close();
    await database.drop();
  });

  it.each(DASHBOARDS)('shows $account their dashboard after signing in, and signs them out', async ({ account, path, heading }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(account);
    await page.getByLabel('Mật khẩu').fill('Demo@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${baseUrl}${path}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(heading);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `dashboard-${account}.png`), fullPage: true });

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${baseUrl}/login`);
    await context.close();
  });

  it('tells a person who mistyped their password what went wrong, on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill('learner');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'login-error-phone.png'), fullPage: true });
    await context.close();
  });
});
