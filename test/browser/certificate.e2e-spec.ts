import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeInBrowser, SCREENSHOT_DIR, signInWithForm } from '../helpers/browser';
import { usePortalInBrowser } from '../helpers/portal-fixture';
import { answerForm } from '../helpers/quiz';

/** Renders the PDF's first page with poppler and reads its QR code with zbar, as a phone would. */
function qrCodeOf(pdfPath: string): string {
  const prefix = join(mkdtempSync(join(tmpdir(), 'attt-qr-')), 'page');
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdfPath, prefix]);
  return execFileSync('zbarimg', ['--quiet', '--raw', `${prefix}.png`], { encoding: 'utf8' }).trim();
}

describeInBrowser('A learner earns a certificate and checks it in Chromium', () => {
  const fixture = usePortalInBrowser();

  it('passes a quiz, downloads the certificate and sees "valid" at the QR code’s address', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
    const page = await context.newPage();
    await signInWithForm(page, fixture.baseUrl, 'learner');
    await page.goto(`${fixture.baseUrl}/courses/MXH-CBCC`);
    await page.getByRole('button', { name: 'Làm bài kiểm tra' }).click();
    await page.waitForURL(/\/attempts\/\d+$/);
    const attemptId = Number(/\/attempts\/(\d+)$/.exec(page.url())![1]);
    for (const [field, ids] of Object.entries(await answerForm(fixture.portal.dataSource, attemptId, true))) {
      for (const id of ids) await page.locator(`input[name="${field}"][value="${id}"]`).check();
    }
    await page.getByRole('button', { name: 'Nộp bài' }).click();
    await page.waitForURL(/\/result$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải giấy chứng nhận (PDF)' }).click()]);
    const pdfPath = join(mkdtempSync(join(tmpdir(), 'attt-cert-')), download.suggestedFilename());
    await download.saveAs(pdfPath);
    const verifyUrl = qrCodeOf(pdfPath);
    expect(verifyUrl).toMatch(new RegExp(`^${fixture.baseUrl}/verify/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$`));

    const phone = await fixture.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const scanner = await phone.newPage();
    await scanner.goto(verifyUrl);
    expect(await scanner.getByRole('status').innerText()).toBe('Còn hiệu lực');
    expect(await scanner.locator('.verify-facts').innerText()).toContain('Nguyễn Thị Hằng');
    await scanner.screenshot({ path: join(SCREENSHOT_DIR, 'verify-valid-phone.png'), fullPage: true });
    await phone.close();
    await context.close();
  });
});
