import { attemptsLeft, deadlineFor, drawQuestions, isAnswerCorrect, isPastDeadline, score, shuffle } from './quiz-rules';

describe('quiz rules', () => {
  const sequence = (values: number[]) => {
    let index = 0;
    return (max: number): number => values[index++ % values.length] % max;
  };

  it('should draw the requested number of distinct questions from the bank', () => {
    const bank = Array.from({ length: 18 }, (_, i) => `q${i}`);
    const drawn = drawQuestions(bank, 10);
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn).size).toBe(10);
    expect(drawn.every((question) => bank.includes(question))).toBe(true);
  });

  it('should shuffle without losing or duplicating items', () => {
    const shuffled = shuffle(['a', 'b', 'c', 'd'], sequence([0, 0, 0]));
    expect(shuffled).toEqual(['b', 'c', 'd', 'a']);
    expect([...shuffled].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('should count an answer right only when it picks exactly the correct options', () => {
    expect(isAnswerCorrect(['b'], ['b'])).toBe(true);
    expect(isAnswerCorrect(['a', 'c'], ['c', 'a'])).toBe(true);
    expect(isAnswerCorrect(['a', 'c'], ['a'])).toBe(false);
    expect(isAnswerCorrect(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
    expect(isAnswerCorrect(['b'], [])).toBe(false);
  });

  it('should score in whole percent, rounding down, against the pass score', () => {
    expect(score([true, true, true, true, true, true, true, true, false, false], 80)).toEqual({ correctCount: 8, scorePercent: 80, passed: true });
    expect(score([true, true, false], 67)).toEqual({ correctCount: 2, scorePercent: 66, passed: false });
    expect(score([], 80)).toEqual({ correctCount: 0, scorePercent: 0, passed: false });
  });

  it('should count attempts left, with 0 meaning no limit', () => {
    expect(attemptsLeft(3, 1)).toBe(2);
    expect(attemptsLeft(3, 5)).toBe(0);
    expect(attemptsLeft(0, 12)).toBeNull();
  });

  it('should refuse a submission only after the deadline and its grace period', () => {
    const started = new Date('2026-01-01T08:00:00Z');
    const deadline = deadlineFor(started, 20)!;
    expect(deadline.toISOString()).toBe('2026-01-01T08:20:00.000Z');
    expect(isPastDeadline(deadline, new Date('2026-01-01T08:20:20Z'))).toBe(false);
    expect(isPastDeadline(deadline, new Date('2026-01-01T08:20:31Z'))).toBe(true);
    expect(deadlineFor(started, 0)).toBeNull();
    expect(isPastDeadline(null, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});
