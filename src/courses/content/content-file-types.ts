import { Citation, CourseSource, QuestionType, ReviewPolicy } from './course-content';

/** course.yaml as written by authors (courses/README.md), once it matches its schema. */
export interface CourseFile {
  code: string;
  title: string;
  summary: string;
  sources: CourseSource[];
  passScore: number;
  questionsPerAttempt: number;
  maxAttempts: number;
  timeLimitMinutes: number;
  validityMonths: number;
  /** Absent means `after_pass`. */
  review?: ReviewPolicy;
}

/** The YAML between the `---` lines at the top of a lesson file. */
export interface LessonFrontMatter {
  title: string;
  sources: Citation[];
}

/** One entry of questions.yaml: options are a mapping of option id to text. */
export interface QuestionEntry {
  id: string;
  type: QuestionType;
  text: string;
  options: Record<string, string>;
  correct: string[];
  explanation: string;
  /** The rule the question applies, worded so that it does not give the answer away. */
  rule?: string;
  source: Citation;
}

export interface QuestionsFile {
  questions: QuestionEntry[];
}
