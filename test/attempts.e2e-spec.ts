import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { ReviewPolicy } from '../src/courses/content/course-content';
import { CourseVersion } from '../src/courses/course-version.entity';
import { Course } from '../src/courses/course.entity';
import { AttemptStatus } from '../src/attempts/attempt-status';
import { Attempt } from '../src/attempts/attempt.entity';
import { AttemptQuestion } from '../src/attempts/attempt-question.entity';
import { AuditAction } from '../src/audit/audit-actions';
import { User } from '../src/users/user.entity';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { answerForm, startAttempt, submitAttempt } from './helpers/quiz';
import { csrfTokenFrom, signIn } from './helpers/test-app';
import { usePortal } from './helpers/portal-fixture';
import { describeEachDatabase } from './helpers/test-database';

const COURSE = 'KGM-4032';

describeEachDatabase('Quiz attempts', (kind) => {
  const fixture = usePortal(kind);

  const attempts = () => fixture.portal.dataSource.getRepository(Attempt);
  const auditCount = (action: AuditAction, targetId: number) => fixture.portal.dataSource.getRepository(AuditEvent).countBy({ action, targetId: String(targetId) });

  it('draws the questions on the server and keeps the answers out of the quiz page', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const id = await startAttempt(agent, COURSE);
    const drawn = await fixture.portal.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId: id }, relations: { question: true } });
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn.map((item) => item.questionId)).size).toBe(10);

    const page = await agent.get(`/attempts/${id}`).expect(200);
    for (const item of drawn) {
      expect(page.text).toContain(escapeHtml(item.question!.text));
      expect(page.text).not.toContain(escapeHtml(item.question!.explanation));
    }
    // Neither the review's markers nor a pre-ticked option may reveal the key.
    expect(page.text).not.toMatch(/option-correct|tag-ok|checked|Giải thích:/);
    expect(await auditCount(AuditAction.AttemptStarted, id)).toBe(1);
  });

  it('resumes the attempt in progress instead of starting a second one', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const first = await startAttempt(agent, COURSE);
    expect(await startAttempt(agent, COURSE)).toBe(first);
  });

  it('scores on the server, passes, and shows a review with explanations and sources', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const id = await startAttempt(agent, COURSE);
    await submitAttempt(agent, id, await answerForm(fixture.portal.dataSource, id, true));
    const attempt = await attempts().findOneByOrFail({ id });
    expect(attempt).toMatchObject({ status: AttemptStatus.Submitted, scorePercent: 100, correctCount: 10, passed: true, inProgressKey: null });
    expect(attempt.submittedAt).toBeInstanceOf(Date);

    const result = await agent.get(`/attempts/${id}/result`).expect(200);
    expect(result.text).toContain('ĐẠT');
    expect(result.text).toContain('Giải thích:');
    expect(result.text).toContain('Văn bản số 4032/UBND-NC ngày 24/10/2024');
    const stored = await fixture.portal.dataSource.getRepository(AttemptQuestion).findBy({ attemptId: id });
    expect(stored.every((item) => item.isCorrect === true && (item.answer?.length ?? 0) > 0)).toBe(true);
  });

  it('records one result for a double submit', async () => {
    const { agent } = await signIn(fixture.portal.server, 'head');
    const id = await startAttempt(agent, COURSE);
    const wrong = await answerForm(fixture.portal.dataSource, id, false);
    const token = csrfTokenFrom((await agent.get(`/attempts/${id}`)).text);
    const send = (answers: Record<string, string[]>) =>
      agent
        .post(`/attempts/${id}`)
        .type('form')
        .send({ ...answers, _csrf: token });
    const responses = await Promise.all([send(wrong), send(wrong)]);
    expect(responses.map((response) => response.status)).toEqual([303, 303]);
    // A later retry with better answers changes nothing either.
    await send(await answerForm(fixture.portal.dataSource, id, true)).expect(303);
    expect(await attempts().findOneByOrFail({ id })).toMatchObject({ status: AttemptStatus.Submitted, scorePercent: 0, passed: false });
    expect(await auditCount(AuditAction.AttemptSubmitted, id)).toBe(1);
  });

  it('refuses a submission after the time limit and scores it zero', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const id = await startAttempt(agent, COURSE);
    const token = csrfTokenFrom((await agent.get(`/attempts/${id}`)).text);
    await attempts().update({ id }, { deadlineAt: new Date(Date.now() - 60_000) });
    await agent
      .post(`/attempts/${id}`)
      .type('form')
      .send({ ...(await answerForm(fixture.portal.dataSource, id, true)), _csrf: token })
      .expect(303);
    expect(await attempts().findOneByOrFail({ id })).toMatchObject({ status: AttemptStatus.Expired, scorePercent: 0, passed: false });
    const stored = await fixture.portal.dataSource.getRepository(AttemptQuestion).findBy({ attemptId: id });
    expect(stored.every((item) => item.answer === null)).toBe(true);
    const result = await agent.get(`/attempts/${id}/result`).expect(200);
    expect(result.text).toContain('quá thời gian cho phép');
  });

  it('stops new attempts once the limit is used up', async () => {
    const { agent } = await signIn(fixture.portal.server, 'admin');
    for (let round = 0; round < 3; round++) {
      const id = await startAttempt(agent, 'NTS-49');
      await submitAttempt(agent, id, await answerForm(fixture.portal.dataSource, id, false));
    }
    const page = await agent.get('/courses/NTS-49').expect(200);
    expect(page.text).toContain('Bạn đã dùng hết số lần làm bài');
    await agent
      .post('/courses/NTS-49/attempts')
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text) })
      .expect(403);
    const admin = await fixture.portal.dataSource.getRepository(User).findOneByOrFail({ username: 'admin' });
    expect(await attempts().countBy({ userId: admin.id, courseVersion: { course: { code: 'NTS-49' } } })).toBe(3);
  });

  it('answers 404 to anyone else who opens or submits an attempt', async () => {
    const { agent: owner } = await signIn(fixture.portal.server, 'learner');
    const id = await startAttempt(owner, 'MXH-CBCC');
    const { agent: other } = await signIn(fixture.portal.server, 'head');
    await other.get(`/attempts/${id}`).expect(404);
    await other.get(`/attempts/${id}/result`).expect(404);
    const token = csrfTokenFrom((await other.get('/my')).text);
    await other.post(`/attempts/${id}`).type('form').send({ _csrf: token, q1: 'a' }).expect(404);
    expect(await attempts().findOneByOrFail({ id })).toMatchObject({ status: AttemptStatus.InProgress });
    await request(fixture.portal.server).get(`/attempts/${id}`).expect(303);
  });
});

describeEachDatabase('Quiz review policy', (kind) => {
  const fixture = usePortal(kind);
  const drawnQuestions = (attemptId: number) => fixture.portal.dataSource.getRepository(AttemptQuestion).find({ where: { attemptId }, relations: { question: true } });

  async function failAttempt(agent: TestAgent, course: string): Promise<number> {
    const id = await startAttempt(agent, course);
    await submitAttempt(agent, id, await answerForm(fixture.portal.dataSource, id, false));
    return id;
  }

  /** What must stay out of a failed attempt's page while the key is withheld. */
  async function expectKeyWithheld(html: string, attemptId: number): Promise<void> {
    expect(html).not.toMatch(/option-correct|Đáp án đúng|Giải thích:/);
    for (const { question } of await drawnQuestions(attemptId)) {
      for (const option of question!.options.filter((candidate) => question!.correct.includes(candidate.id) && question!.type !== 'true_false')) {
        expect(html).not.toContain(escapeHtml(option.text));
      }
      expect(html).not.toContain(escapeHtml(question!.explanation));
    }
  }

  it('shows a failed attempt which questions were wrong, their rule and the lesson, but not the key', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    const id = await failAttempt(agent, 'TTDT-72');
    const html = (await agent.get(`/attempts/${id}/result`).expect(200)).text;
    await expectKeyWithheld(html, id);
    const drawn = await drawnQuestions(id);
    for (const { question } of drawn) expect(html).toContain(escapeHtml(question!.rule!));
    expect(html.match(/class="card review review-wrong"/g)).toHaveLength(10);
    expect(html).toMatch(/href="\/courses\/TTDT-72\/lessons\/\d+">Đọc lại bài:/);
    expect(html).toContain('Bạn còn <strong>2</strong> lượt làm bài');
  });

  it('shows the whole key once no attempt is left', async () => {
    const { agent } = await signIn(fixture.portal.server, 'learner');
    await failAttempt(agent, 'TTDT-72');
    const last = await failAttempt(agent, 'TTDT-72');
    const html = (await agent.get(`/attempts/${last}/result`).expect(200)).text;
    expect(html).toContain('Đáp án đúng');
    expect(html).toContain('Giải thích:');
  });

  it('shows the key of an earlier failed attempt once the learner has passed', async () => {
    const { agent } = await signIn(fixture.portal.server, 'hr');
    const failed = await failAttempt(agent, 'QTUX-874');
    await expectKeyWithheld((await agent.get(`/attempts/${failed}/result`).expect(200)).text, failed);
    const passing = await startAttempt(agent, 'QTUX-874');
    await submitAttempt(agent, passing, await answerForm(fixture.portal.dataSource, passing, true));
    expect((await agent.get(`/attempts/${passing}/result`).expect(200)).text).toContain('Đáp án đúng');
    expect((await agent.get(`/attempts/${failed}/result`).expect(200)).text).toContain('Đáp án đúng');
  });

  it('follows a course that shows the key always, or never', async () => {
    const setPolicy = async (code: string, reviewPolicy: ReviewPolicy) => {
      const course = await fixture.portal.dataSource.getRepository(Course).findOneByOrFail({ code });
      await fixture.portal.dataSource.getRepository(CourseVersion).update({ courseId: course.id }, { reviewPolicy });
    };
    await setPolicy('NTS-49', 'always');
    await setPolicy('MXH-CBCC', 'never');
    const { agent } = await signIn(fixture.portal.server, 'head');
    const always = await failAttempt(agent, 'NTS-49');
    expect((await agent.get(`/attempts/${always}/result`).expect(200)).text).toContain('Đáp án đúng');
    const never = await failAttempt(agent, 'MXH-CBCC');
    const html = (await agent.get(`/attempts/${never}/result`).expect(200)).text;
    expect(html).toContain('không hiển thị chi tiết từng câu');
    expect(html).not.toMatch(/class="card review|Đáp án đúng|Quy tắc cần nắm/);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/`/g, '&#x60;').replace(/=/g, '&#x3D;');
}
