import { join } from 'node:path';
import { drawQuestions, isAnswerCorrect, RandomInt, score, shuffle } from '../../attempts/quiz-rules';
import { QuestionContent } from './course-content';
import { bestGuessingOdds, MAX_GUESSING_PASS_PROBABILITY } from './guessing-odds';
import { visibleLength } from './item-quality';
import { loadCourses } from './load-courses';

const { courses, problems } = loadCourses(join(__dirname, '..', '..', '..', 'courses'));

/** A small seeded generator (mulberry32), so the simulation gives the same figures on every run. */
function seededRandom(seed: number): RandomInt {
  let state = seed;
  return (max) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

/** The review's guesser, on options in the order the server shows them: the first longest, "Sai", the longer half. */
function guess(question: QuestionContent, shownOrder: string[]): string[] {
  if (question.type === 'true_false') return ['sai'];
  const byLength = [...shownOrder].sort((left, right) => lengthOf(question, right) - lengthOf(question, left));
  return byLength.slice(0, question.type === 'single' ? 1 : Math.ceil(shownOrder.length / 2));
}

function lengthOf(question: QuestionContent, optionId: string): number {
  return visibleLength(question.options.find((option) => option.id === optionId)!.text);
}

describe('the shipped courses', () => {
  it('should all pass courses:check', () => {
    expect(problems).toEqual([]);
    expect(courses.map((course) => course.code).sort()).toEqual(['KGM-4032', 'MXH-CBCC', 'NTS-49', 'QTUX-874', 'TTDT-72']);
  });

  it.each(courses.map((course) => [course.code, course] as const))('should not let any simple guessing strategy pass %s 5%% of the time', (_code, course) => {
    const odds = bestGuessingOdds(course);
    expect(odds.attempts).toBe(course.maxAttempts);
    expect(odds.withinAttempts).toBeLessThan(MAX_GUESSING_PASS_PROBABILITY);
  });

  it.each(courses.map((course) => [course.code, course] as const))('should agree with a simulation of the server draw for %s', (_code, course) => {
    // The server's own draw and shuffle (quiz-rules.ts), 20,000 attempts by a guesser who reads nothing.
    const random = seededRandom(2026);
    const runs = 20_000;
    let passed = 0;
    for (let run = 0; run < runs; run++) {
      const drawn = drawQuestions(course.questions, course.questionsPerAttempt, random);
      const results = drawn.map((question) =>
        isAnswerCorrect(
          question.correct,
          guess(
            question,
            shuffle(
              question.options.map((option) => option.id),
              random,
            ),
          ),
        ),
      );
      if (score(results, course.passScore).passed) passed += 1;
    }
    const perAttempt = bestGuessingOdds(course).perAttempt;
    // The computed figure is the best of every strategy, so it bounds this one; 4 standard errors of slack.
    expect(passed / runs).toBeLessThanOrEqual(perAttempt + 4 * Math.sqrt(Math.max(perAttempt, 1 / runs) / runs));
  });
});
