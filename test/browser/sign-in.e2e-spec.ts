import { join } from 'node:path';
import { describeInBrowser, SCREENSHOT_DIR, signInWithForm } from '../helpers/browser';
import { usePortalInBrowser } from '../helpers/portal-fixture';

const DASHBOARDS = [
  { account: 'learner', path: '/my', heading: 'Xin chào, Nguyễn Thị Hằng' },
  { account: 'head', path: '/head', heading: 'Đơn vị của tôi' },
  { account: 'hr', path: '/hr', heading: 'Tổng quan' },
  { account: 'admin', path: '/admin', heading: 'Quản trị hệ thống' },
];

describeInBrowser('Signing in through the real form in Chromium', () => {
  const fixture = usePortalInBrowser();

  it.each(DASHBOARDS)('shows $account their dashboard after signing in, and signs them out', async ({ account, path, heading }) => {
    const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', javaScriptEnabled: false });
    const page = await context.newPage();
    await signInWithForm(page, fixture.baseUrl, account);
    await page.waitForURL(`${fixture.baseUrl}${path}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(heading);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `dashboard-${account}.png`), fullPage: true });

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${fixture.baseUrl}/login`);
    await context.close();
  });

  it('tells a person who mistyped their password what went wrong, on a phone', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signInWithForm(page, fixture.baseUrl, 'learner', 'sai-mat-khau');
    expect(await page.getByRole('alert').innerText()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'login-error-phone.png'), fullPage: true });
    await context.close();
  });
});
