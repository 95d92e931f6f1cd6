import { randomInt } from 'node:crypto';

/** Returns an integer in [0, max). Injected so that tests can make draws predictable. */
export type RandomInt = (max: number) => number;

export const secureRandomInt: RandomInt = (max) => randomInt(max);

/** A late submit within this margin (a slow network, a double click at the end) still counts. */
export const SUBMIT_GRACE_MS = 30_000;

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], random: RandomInt = secureRandomInt): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** `count` distinct questions from the bank, in random order. */
export function drawQuestions<T>(bank: readonly T[], count: number, random: RandomInt = secureRandomInt): T[] {
  return shuffle(bank, random).slice(0, Math.min(count, bank.length));
}

/** Right only when exactly the correct options are chosen: a partly right "multiple" scores nothing. */
export function isAnswerCorrect(correct: readonly string[], answer: readonly string[]): boolean {
  const chosen = new Set(answer);
  return chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

export interface Score {
  correctCount: number;
  scorePercent: number;
  passed: boolean;
}

/** Whole percent, rounded down so that a pass is never rounded into existence. */
export function score(results: readonly boolean[], passScore: number): Score {
  const correctCount = results.filter(Boolean).length;
  const scorePercent = results.length === 0 ? 0 : Math.floor((correctCount * 100) / results.length);
  return { correctCount, scorePercent, passed: scorePercent >= passScore };
}

/** Attempts still allowed; null when the course sets no limit (maxAttempts = 0). */
export function attemptsLeft(maxAttempts: number, used: number): number | null {
  return maxAttempts === 0 ? null : Math.max(0, maxAttempts - used);
}

export function deadlineFor(startedAt: Date, timeLimitMinutes: number): Date | null {
  return timeLimitMinutes > 0 ? new Date(startedAt.getTime() + timeLimitMinutes * 60_000) : null;
}

/** Past the deadline and its grace period: the submission is refused, not scored. */
export function isPastDeadline(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + SUBMIT_GRACE_MS;
}
