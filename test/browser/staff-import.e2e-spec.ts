import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeInBrowser, SCREENSHOT_DIR, signInWithForm } from '../helpers/browser';
import { usePortalInBrowser } from '../helpers/portal-fixture';

const STAFF_CSV = readFileSync(join(__dirname, '..', 'fixtures', 'import', 'staff-utf8-bom.csv'));

describeInBrowser('An administrator imports staff in Chromium, without JavaScript', () => {
  const fixture = usePortalInBrowser();

  it('uploads through the form, reviews the preview, confirms and sees the one-time passwords', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'vi-VN', javaScriptEnabled: false });
    const page = await context.newPage();
    // The file grants roles, which only an administrator may do (issue 10).
    await signInWithForm(page, fixture.baseUrl, 'admin');
    await page.goto(`${fixture.baseUrl}/people`);
    await page.getByRole('link', { name: 'Nhập danh sách từ CSV' }).click();

    const changed = Buffer.from('AH0010,Ngô Thị Mai,ah0010@anhoa.example,SKHCN-VP,Kế toán trưởng,\nAH0011,Dương Đình Khoa,ah0011@anhoa.example,SKHCN-CDS,Trưởng phòng,Trưởng đơn vị\n');
    await page.getByLabel('Cán bộ').check();
    await page.getByLabel('Tệp CSV').setInputFiles({ name: 'thay-doi.csv', mimeType: 'text/csv', buffer: Buffer.concat([STAFF_CSV, changed]) });
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await page.waitForURL(/\/people\/import\/[0-9a-f]{32}$/);
    expect(await page.locator('.facts').innerText()).toContain('Thêm mới\n3');
    expect(await page.getByRole('table', { name: 'Các dòng sẽ được thêm mới' }).innerText()).toContain('Trưởng đơn vị');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-preview.png'), fullPage: true });

    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.waitForURL(/\/apply$/);
    expect(await page.getByRole('status').innerText()).toContain('3 thêm mới, 2 cập nhật');
    expect(await page.locator('.one-time-password').count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-result.png'), fullPage: true });

    await page.goto(`${fixture.baseUrl}/people/import`);
    await page.getByLabel('Tệp CSV').setInputFiles({ name: 'loi.csv', mimeType: 'text/csv', buffer: Buffer.from('employee_code,full_name,email,department_code,position\nAH0301,,a@b,XA-99,\n') });
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await page.waitForURL(/\/people\/import\/[0-9a-f]{32}$/);
    expect(await page.getByRole('button', { name: 'Xác nhận nhập' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-preview-problems.png'), fullPage: true });
    await context.close();
  });
});
