import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AttemptQuestion } from '../../src/attempts/attempt-question.entity';
import { csrfTokenFrom } from './test-app';

/** Starts (or resumes) an attempt through the course page's form; returns its id. */
export async function startAttempt(agent: TestAgent, courseCode: string): Promise<number> {
  const page = await agent.get(`/courses/${courseCode}`).expect(200);
  const response = await agent
    .post(`/courses/${courseCode}/attempts`)
    .type('form')
    .send({ _csrf: csrfTokenFrom(page.text) })
    .expect(303);
  return Number(/\/attempts\/(\d+)$/.exec(response.headers.location)![1]);
}

/** The form a learner would send: every answer right, or every answer wrong. */
export async function answerForm(dataSource: DataSource, attemptId: number, right: boolean): Promise<Record<string, string[]>> {
  const drawn = await dataSource.getRepository(AttemptQuestion).find({ where: { attemptId }, relations: { question: true } });
  return Object.fromEntries(
    drawn.map((item) => {
      const correct = item.question!.correct;
      const wrong = item.optionOrder.filter((id) => !correct.includes(id)).slice(0, 1);
      return [`q${item.position}`, right ? correct : wrong];
    }),
  );
}

/** Submits the quiz page's form with the given answers. */
export async function submitAttempt(agent: TestAgent, attemptId: number, answers: Record<string, string[]>): Promise<void> {
  const page = await agent.get(`/attempts/${attemptId}`);
  const token = csrfTokenFrom(page.status === 200 ? page.text : (await agent.get('/my')).text);
  await agent
    .post(`/attempts/${attemptId}`)
    .type('form')
    .send({ ...answers, _csrf: token })
    .expect(303);
}
