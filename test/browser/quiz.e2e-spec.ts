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
    // A failed attempt teaches what to re-read, not the key (review after_pass).
    expect(await page.locator('.review-wrong').count()).toBe(10);
    expect(await page.locator('.option-correct, .review-options').count()).toBe(0);
    expect(await page.locator('.review-wrong').first().innerText()).toContain('Quy tắc cần nắm:');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'result-failed.png'), fullPage: true });
    await page.locator('.review-wrong a', { hasText: 'Đọc lại bài' }).first().click();
    await page.waitForURL(/\/courses\/KGM-4032\/lessons\/\d+$/);

    const passing = await startQuiz(page);
    await answerAndSubmit(page, await answerForm(fixture.portal.dataSource, passing, true));
    expect(await page.locator('.result-verdict').innerText()).toContain('ĐẠT với 100%');
    expect(await page.locator('.review').count()).toBe(10);
    expect(await page.locator('.review').first().innerText()).toContain('Giải thích:');
    expect(await page.locator('.option-correct').count()).toBeGreaterThanOrEqual(10);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'result.png'), fullPage: true });

    await page.goto(`${fixture.baseUrl}/courses/KGM-4032`);
    expect(await page.locator('.data-table tbody tr').count()).toBe(2);
    await context.close();
  });

  it('lets the admin open the item analysis of the course from its page', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', javaScriptEnabled: false });
    const page = await context.newPage();
    await signInWithForm(page, fixture.baseUrl, 'admin');
    await page.goto(`${fixture.baseUrl}/courses/KGM-4032`);
    await page.getByRole('link', { name: 'Phân tích câu hỏi' }).click();
    await page.waitForURL(/\/admin\/courses\/KGM-4032\/items$/);
    // The learner's two attempts above drew 20 questions: their draws appear in the table.
    const draws = await page.locator('.item-table td[data-label="Số lần ra đề"]').allInnerTexts();
    expect(draws.reduce((sum, cell) => sum + Number(cell), 0)).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'item-analysis.png'), fullPage: true });
    await context.close();
  });
});
