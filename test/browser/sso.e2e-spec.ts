import { join } from 'node:path';
import { launchChromium, describeInBrowser, SCREENSHOT_DIR } from '../helpers/browser';
import { startTestProvider, TestProvider } from '../helpers/oidc-provider';
import { startTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';
import { Browser } from 'playwright-core';
import { freePort } from '../helpers/free-port';

describeInBrowser('Signing in with the agency account in Chromium', () => {
  const state = {} as { provider: TestProvider; portal: TestApp; database: TestDatabase; browser: Browser; baseUrl: string };

  beforeAll(async () => {
    state.baseUrl = `http://127.0.0.1:${await freePort()}`;
    state.provider = await startTestProvider(state.baseUrl, {
      hang: { name: 'Nguyễn Thị Hằng', employee_code: 'AH0004' },
      stranger: { name: 'Người Lạ', employee_code: 'ZZ9999' },
    });
    state.database = await createTestDatabase('sqlite');
    state.portal = await startTestApp(state.database.url, {
      PUBLIC_URL: state.baseUrl,
      OIDC_ISSUER: state.provider.issuer,
      OIDC_CLIENT_ID: state.provider.clientId,
      OIDC_CLIENT_SECRET: state.provider.clientSecret,
    });
    await new Promise<void>((resolve) => state.portal.server.listen(Number(new URL(state.baseUrl).port), '127.0.0.1', resolve));
    state.browser = await launchChromium();
  });

  afterAll(async () => {
    await state.browser?.close();
    await state.portal?.close();
    await state.database?.drop();
    await state.provider?.close();
  });

  it('goes through the provider’s real login page to the learner’s home page, and signs out of both', async () => {
    const context = await state.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${state.baseUrl}/login`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sso-login-phone.png'), fullPage: true });
    await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản công vụ' }).click();
    await page.waitForURL(`${state.provider.issuer}/interaction/**`);
    await page.locator('input[name="login"]').fill('hang');
    await page.locator('input[name="password"]').fill('any-password');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(`${state.baseUrl}/my`);
    expect(await page.content()).toContain('Nguyễn Thị Hằng');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${state.provider.issuer}/session/end**`);
    await context.close();
  });

  it('shows an unknown identity a clear refusal page in Vietnamese', async () => {
    const context = await state.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${state.baseUrl}/login`);
    await page.getByRole('link', { name: 'Đăng nhập bằng tài khoản công vụ' }).click();
    await page.locator('input[name="login"]').fill('stranger');
    await page.locator('input[name="password"]').fill('any-password');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(`${state.baseUrl}/auth/oidc/callback**`);
    expect(await page.getByRole('alert').innerText()).toContain('chưa được gắn với cán bộ nào');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sso-refused-phone.png'), fullPage: true });
    await context.close();
  });
});
