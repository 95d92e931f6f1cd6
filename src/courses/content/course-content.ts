/** A course as read from `courses/<slug>/` (format: courses/README.md), after validation. */
export interface CourseSource {
  id: string;
  issuer: string;
  number: string;
  date: string;
  title: string;
}

/** Which directive (a `sources` id of course.yaml) and which part or point a text comes from. */
export interface Citation {
  ref: string;
  part: string;
}

export interface LessonContent {
  /** 1-based order from the NN- prefix of the file name. */
  position: number;
  /** File name without the prefix and extension, e.g. "duong-link-la". */
  slug: string;
  title: string;
  sources: Citation[];
  /** Markdown body, without the front matter, NFC. */
  body: string;
}

export type QuestionType = 'single' | 'multiple' | 'true_false';

/**
 * What the result page of an attempt shows (product.md §2): `always` the key after every attempt;
 * `after_pass` only which questions were wrong, their rule and the lesson to re-read, until the
 * learner passes or has no attempt left; `never` the score alone.
 */
export const REVIEW_POLICIES = ['always', 'after_pass', 'never'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = 'after_pass';

export interface QuestionOption {
  id: string;
  text: string;
}

export interface QuestionContent {
  /** Stable id, never reused: attempts refer to it across versions. */
  id: string;
  type: QuestionType;
  text: string;
  /** In the order written in questions.yaml. */
  options: QuestionOption[];
  correct: string[];
  explanation: string;
  /** Shown instead of the explanation while the key is withheld; null when the file gives none. */
  rule: string | null;
  source: Citation;
}

export interface CourseContent {
  slug: string;
  code: string;
  title: string;
  summary: string;
  sources: CourseSource[];
  passScore: number;
  questionsPerAttempt: number;
  maxAttempts: number;
  timeLimitMinutes: number;
  validityMonths: number;
  review: ReviewPolicy;
  lessons: LessonContent[];
  questions: QuestionContent[];
  /** SHA-256 (hex) of a canonical serialisation of everything above: same content, same hash. */
  contentHash: string;
}

/** One problem in a course file, reported as `file:line: message`. */
export interface ContentProblem {
  /** Path of the file, as given to the loader joined with the file's relative path. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file (e.g. missing). */
  line: number;
  message: string;
}
