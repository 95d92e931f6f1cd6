import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describeInBrowser, SCREENSHOT_DIR, signInWithForm } from '../helpers/browser';
import { usePortalInBrowser } from '../helpers/portal-fixture';

const STAFF_CSV = [
  'Mã cán bộ;Họ và tên;Email;Mã đơn vị;Chức vụ;Vai trò',
  'MOI-001;Nguyễn Văn Mới;moi001@anhoa.example;XA-AP;Công chức Địa chính;',
  'MOI-002;Trần Thị Tươi;moi002@anhoa.example;XA-AP;Công chức Tư pháp;',
].join('\r\n');

describeInBrowser('HR brings in staff, assigns a course and pulls the report; the head sees the dashboard', () => {
  const fixture = usePortalInBrowser();

  it('imports a CSV, assigns a course with a due date, downloads the report, and shows the head’s chart', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
    const page = await context.newPage();
    await signInWithForm(page, fixture.baseUrl, 'hr');
    await page.waitForURL(`${fixture.baseUrl}/hr`);

    await page.goto(`${fixture.baseUrl}/people/import`);
    await page.getByLabel('Cán bộ').check();
    await page.getByLabel('Tệp CSV').setInputFiles({ name: 'can-bo-moi.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${STAFF_CSV}`, 'utf8') });
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.waitForURL(/\/apply$|\/result|\/people\/import\/[0-9a-f]+/);
    expect(await page.content()).toContain('MOI-001');

    await page.goto(`${fixture.baseUrl}/assignments`);
    await page.getByLabel('Khóa học').selectOption('TTDT-72');
    await page.getByLabel('Đơn vị', { exact: true }).selectOption('XA-AP');
    await page.getByLabel('Hạn hoàn thành').fill('2027-03-31');
    await page.getByRole('button', { name: 'Phân công', exact: true }).click();
    await page.waitForURL(/\/assignments\?created=1$/);

    await page.goto(`${fixture.baseUrl}/reports/compliance?course=TTDT-72`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'report-hr.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    const rows = parse(
      readFileSync(await download.path())
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
      { columns: true },
    ) as Array<Record<string, string>>;
    // UBND xã An Phú had 3 people; with the two imported into it they make 5, none started yet.
    expect(rows.find((row) => row.department_code === 'XA-AP')).toMatchObject({ assigned: '5', not_started: '5', completion_rate: '0.0' });
    expect(rows.find((row) => row.department_code === 'PHUONG-BT')).toMatchObject({ assigned: '0' });
    await context.close();

    const headContext = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'vi-VN', javaScriptEnabled: false });
    const head = await headContext.newPage();
    await signInWithForm(head, fixture.baseUrl, 'head');
    await head.waitForURL(`${fixture.baseUrl}/head`);
    expect(await head.locator('svg.chart rect').count()).toBeGreaterThan(0);
    expect(await head.getByRole('heading', { name: /Cán bộ quá hạn/ }).innerText()).toMatch(/\(\d+\)/);
    await head.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-head-chart.png'), fullPage: true });
    await headContext.close();
  });
});
