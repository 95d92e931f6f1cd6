import { LearnerStanding, reviewDisclosure } from './review-policy';

const failedWithAttemptsLeft: LearnerStanding = { passed: false, attemptsLeft: 2, certified: false };

describe('reviewDisclosure', () => {
  it('should show the full key after every attempt when the course says always', () => {
    expect(reviewDisclosure('always', failedWithAttemptsLeft)).toBe('full');
  });

  it('should show only the score when the course says never, even after passing', () => {
    expect(reviewDisclosure('never', { passed: true, attemptsLeft: 2, certified: true })).toBe('score');
  });

  it('should withhold the key after a failed attempt while attempts are left', () => {
    expect(reviewDisclosure('after_pass', failedWithAttemptsLeft)).toBe('rules');
  });

  it('should withhold the key when attempts are unlimited and the learner has not passed', () => {
    expect(reviewDisclosure('after_pass', { ...failedWithAttemptsLeft, attemptsLeft: null })).toBe('rules');
  });

  it('should show the full key once the attempt passed', () => {
    expect(reviewDisclosure('after_pass', { ...failedWithAttemptsLeft, passed: true })).toBe('full');
  });

  it('should show the full key of an earlier failed attempt once the learner is certified', () => {
    expect(reviewDisclosure('after_pass', { ...failedWithAttemptsLeft, certified: true })).toBe('full');
  });

  it('should show the full key when no attempt is left', () => {
    expect(reviewDisclosure('after_pass', { ...failedWithAttemptsLeft, attemptsLeft: 0 })).toBe('full');
  });
});
