import { join } from 'node:path';
import { Page } from 'playwright-core';
import { answerForm } from '../helpers/quiz';
import { describeInBrowser, SCREENSHOT_DIR, signInWithForm } from '../helpers/browser';
import { usePortalInBrowser } from '../helpers/portal-fixture';

describeInBrowser('A learner studies and takes a quiz in Chromium', () => {
  const fixture = usePortalInBrowser();

  /** Ticks the given option ids in the real form, as a person would click them. */
  async function answerAndSubmit(page: Page, answers: Record<string, string[]>): Promise<void> {
    for (const [field, ids] of Object.entries(answers)) {
      for (const id of ids) await page.locator(`input[name="${field}"][value="${id}"]`).check();
    }
    await page.getByRole('button', { name: 'Nộp bài' }).click();
    await page.waitForURL(/\/attempts\/\d+\/result$/);
  }

  async function startQuiz(page: Page): Promise<number> {
    await page.goto(`${fixture.baseUrl}/courses/KGM-4032`);
    await page.getByRole('button', { name: 'Làm bài kiểm tra' }).click();
    await page.waitForURL(/\/attempts\/\d+$/);
    return Number(/\/attempts\/(\d+)$/.exec(page.url())![1]);
  }

  it('reads a lesson, fails once, passes once and reviews the answers', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signInWithForm(page, fixture.baseUrl, 'learner');
    await page.waitForURL(`${fixture.baseUrl}/my`);

    await page.getByRole('link', { name: 'Khai thác, sử dụng thông tin trên không gian mạng an toàn, đúng pháp luật' }).first().click();
    await page.getByRole('link', { name: 'Bắt đầu học' }).click();
    await page.waitForURL(/\/lessons\/1$/);
    expect(await page.locator('.citation').innerText()).toContain('4032/UBND-NC');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lesson.png'), fullPage: true });

    const failing = await startQuiz(page);
    expect(await page.locator('.countdown-value').innerText()).toMatch(/phút/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'quiz.png'), fullPage: true });
    await answerAndSubmit(page, await answerForm(fixture.portal.dataSource, failing, false));
    expect(await page.locator('.result-verdict').innerText()).toContain('CHƯA ĐẠT');

    const passing = await startQuiz(page);
    await answerAndSubmit(page, await answerForm(fixture.portal.dataSource, passing, true));
    expect(await page.locator('.result-verdict').innerText()).toContain('ĐẠT với 100%');
    expect(await page.locator('.review').count()).toBe(10);
    expect(await page.locator('.review').first().innerText()).toContain('Giải thích:');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'result.png'), fullPage: true });

    await page.goto(`${fixture.baseUrl}/courses/KGM-4032`);
    expect(await page.locator('.data-table tbody tr').count()).toBe(2);
    await context.close();
  });
});
