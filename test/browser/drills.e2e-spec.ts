import { join } from 'node:path';
import { Course } from '../../src/courses/course.entity';
import { CourseVersion } from '../../src/courses/course-version.entity';
import { DrillSender } from '../../src/drills/drill-sender';
import { describeInBrowser, SCREENSHOT_DIR, signInWithForm } from '../helpers/browser';
import { drillTokenOf, vietnamLocal } from '../helpers/drill-mail';
import { usePortalInBrowser } from '../helpers/portal-fixture';
import { useSmtpServer } from '../helpers/smtp-server';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN', javaScriptEnabled: false };
const DESKTOP = { viewport: { width: 1200, height: 900 }, locale: 'vi-VN', javaScriptEnabled: false };

describeInBrowser('An admin runs a drill; the learner who clicks is taught and gets the course; the admin sees the chart, the head the trend', () => {
  const smtp = useSmtpServer();
  const fixture = usePortalInBrowser(() => ({ SMTP_URL: smtp.url(), DRILL_MAILS_PER_MINUTE: '6000' }));

  it('goes from the campaign form to the teaching page on a phone and back to the results', async () => {
    const startsAt = new Date(Date.now() + 5 * 60_000);
    const admin = await (await fixture.browser.newContext(DESKTOP)).newPage();
    await signInWithForm(admin, fixture.baseUrl, 'admin');
    await admin.waitForURL(`${fixture.baseUrl}/admin`);
    await admin.goto(`${fixture.baseUrl}/drills/new?template=zalo-warning`);
    await admin.getByLabel('Tên đợt diễn tập').fill('Diễn tập Zalo – Phòng Chuyển đổi số');
    await admin.getByLabel('Đơn vị', { exact: true }).selectOption(['SKHCN-CDS']);
    await admin.getByLabel('Bắt đầu gửi').fill(vietnamLocal(startsAt));
    await admin.getByLabel('Rải thư trong (giờ)').fill('0');
    await admin.getByLabel(/Khóa học giao cho/).selectOption('NTS-49');
    await admin.screenshot({ path: join(SCREENSHOT_DIR, 'drill-campaign-form.png'), fullPage: true });
    await admin.getByRole('button', { name: 'Lưu bản nháp và xem trước' }).click();
    await admin.waitForURL(/\/drills\/\d+\/preview$/);
    expect(await admin.locator('.mail-body').innerText()).toContain(`${fixture.baseUrl}/l/`);
    await admin.screenshot({ path: join(SCREENSHOT_DIR, 'drill-preview.png'), fullPage: true });
    await admin.getByRole('button', { name: /Lên lịch gửi cho \d+ người/ }).click();
    await admin.waitForURL(/\/drills\/\d+$/);
    const results = admin.url();

    await fixture.portal.app.get(DrillSender).run(new Date(startsAt.getTime() + 60_000));
    const mail = smtp.mails.find((sent) => sent.to.includes('learner@anhoa.example') && sent.text.includes('/l/'));
    const link = `${fixture.baseUrl}/l/${drillTokenOf(mail!)}`;

    const desktop = await (await fixture.browser.newContext(DESKTOP)).newPage();
    await desktop.goto(link);
    await desktop.screenshot({ path: join(SCREENSHOT_DIR, 'drill-landing-desktop.png'), fullPage: true });

    const phone = await (await fixture.browser.newContext(PHONE)).newPage();
    await phone.goto(link);
    expect(await phone.getByRole('heading', { level: 1 }).innerText()).toBe('Xác minh tài khoản Zalo');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SCREENSHOT_DIR, 'drill-landing-phone.png'), fullPage: true });
    await phone.getByLabel('Số điện thoại').fill('0912345678');
    await phone.getByLabel('Mật khẩu').fill('mat-khau-that');
    await phone.getByRole('button', { name: 'Xác minh' }).click();
    await phone.waitForLoadState();
    expect(await phone.getByRole('heading', { level: 1 }).innerText()).toBe('Đây là một bài diễn tập');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SCREENSHOT_DIR, 'drill-teaching-phone.png'), fullPage: true });

    const course = await fixture.portal.dataSource.getRepository(Course).findOneByOrFail({ code: 'NTS-49' });
    const version = await fixture.portal.dataSource.getRepository(CourseVersion).findOneByOrFail({ id: course.currentVersionId! });
    await signInWithForm(phone, fixture.baseUrl, 'learner');
    await phone.waitForURL(`${fixture.baseUrl}/my`);
    expect(await phone.locator('main').innerText()).toContain(version.title);
    expect(await phone.locator('main').innerText()).toContain('Bạn vừa mở một thư diễn tập lừa đảo');
    await phone.screenshot({ path: join(SCREENSHOT_DIR, 'drill-learner-home-phone.png'), fullPage: true });

    await admin.goto(results);
    expect(await admin.locator('svg.chart rect').count()).toBeGreaterThan(0);
    await admin.screenshot({ path: join(SCREENSHOT_DIR, 'drill-results.png'), fullPage: true });

    const head = await (await fixture.browser.newContext(DESKTOP)).newPage();
    await signInWithForm(head, fixture.baseUrl, 'head');
    await head.waitForURL(`${fixture.baseUrl}/head`);
    expect(await head.locator('svg[aria-labelledby="trend-title trend-desc"] polyline').count()).toBeGreaterThan(0);
    await head.screenshot({ path: join(SCREENSHOT_DIR, 'drill-trend-head.png'), fullPage: true });
  });
});
