import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { CHROMIUM_PATH, IN_CI } from './environment';

/** Screenshots land here so that a person can look at what the tests saw. */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-output', 'screenshots');

const available = existsSync(CHROMIUM_PATH);
if (!available) {
  const message = `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium).`;
  if (IN_CI) throw new Error(`${message} CI=true requires it.`);
  process.stderr.write(`\n*** ${message} Browser tests are SKIPPED. ***\n\n`);
}

/** describe() when Debian's Chromium is there; a loud skip outside CI when it is not. */
export const describeInBrowser = available ? describe : describe.skip;

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Signs in through the real form, as a person would. */
export async function signInWithForm(page: Page, baseUrl: string, username: string, password = 'Demo@2026'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
