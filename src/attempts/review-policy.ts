import { ReviewPolicy } from '../courses/content/course-content';

/**
 * How much of an attempt's review the learner sees: `full` (options, key, explanation), `rules`
 * (which questions were wrong, the rule each applies and the lesson to re-read, never the key) or
 * `score` (the score alone).
 */
export type ReviewDisclosure = 'full' | 'rules' | 'score';

export interface LearnerStanding {
  /** The attempt being reviewed passed. */
  passed: boolean;
  /** Attempts the learner may still start in this cycle; null when unlimited. */
  attemptsLeft: number | null;
  /** The learner holds a valid certificate of the course. */
  certified: boolean;
}

/** Withholding the key keeps a failed attempt from teaching the bank instead of the rules (issue 8). */
export function reviewDisclosure(policy: ReviewPolicy, standing: LearnerStanding): ReviewDisclosure {
  if (policy === 'always') return 'full';
  if (policy === 'never') return 'score';
  const nothingLeftToGuess = standing.passed || standing.certified || standing.attemptsLeft === 0;
  return nothingLeftToGuess ? 'full' : 'rules';
}
