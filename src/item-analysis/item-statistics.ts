import { QuestionOption } from '../courses/content/course-content';

/** Counts for one question over the course's submitted attempts, as the aggregate query returns them. */
export interface QuestionCounts {
  drawn: number;
  answeredRight: number;
  /** Draws (and right answers) in the top and bottom thirds of the course's attempts by score. */
  topDrawn: number;
  topRight: number;
  bottomDrawn: number;
  bottomRight: number;
}

/** One row of the grouped query: how many times this exact wrong answer (JSON text) was given to a question. */
export interface AnswerCountRow {
  questionId: number;
  answer: string | null;
  chosen: number;
}

export interface OptionCount {
  id: string;
  text: string;
  chosen: number;
}

export interface OptionSplit {
  options: OptionCount[];
  /** Submitted with nothing ticked. */
  unanswered: number;
}

export enum ItemFlag {
  TooEasy = 'too_easy',
  TooHard = 'too_hard',
  NegativeDiscrimination = 'negative_discrimination',
}

/** Below this many draws the indices move too much from one learner to the next to flag anything (product.md §3). */
export const FLAG_MIN_DRAWN = 30;
/** Thresholds in percent, compared on integers so that 38 of 40 is exactly 95 %, not a float near it. */
const TOO_EASY_ABOVE_PERCENT = 95;
const TOO_HARD_BELOW_PERCENT = 20;

export const NO_COUNTS: QuestionCounts = { drawn: 0, answeredRight: 0, topDrawn: 0, topRight: 0, bottomDrawn: 0, bottomRight: 0 };

/** Share of draws answered right, 0–1; null when never drawn. */
export function facilityIndex(counts: QuestionCounts): number | null {
  return counts.drawn === 0 ? null : counts.answeredRight / counts.drawn;
}

/**
 * Share right in the top third minus share right in the bottom third, −1 to 1; null when either
 * third never drew the question (there is nothing to compare).
 */
export function discriminationIndex(counts: QuestionCounts): number | null {
  if (counts.topDrawn === 0 || counts.bottomDrawn === 0) return null;
  return counts.topRight / counts.topDrawn - counts.bottomRight / counts.bottomDrawn;
}

/** The warnings for authors, only once the question has been drawn often enough to mean something. */
export function itemFlags(counts: QuestionCounts): ItemFlag[] {
  if (counts.drawn < FLAG_MIN_DRAWN) return [];
  const flags: ItemFlag[] = [];
  if (counts.answeredRight * 100 > TOO_EASY_ABOVE_PERCENT * counts.drawn) flags.push(ItemFlag.TooEasy);
  if (counts.answeredRight * 100 < TOO_HARD_BELOW_PERCENT * counts.drawn) flags.push(ItemFlag.TooHard);
  // topRight/topDrawn < bottomRight/bottomDrawn, cross-multiplied to stay on integers.
  if (counts.topDrawn > 0 && counts.bottomDrawn > 0 && counts.topRight * counts.bottomDrawn < counts.bottomRight * counts.topDrawn) {
    flags.push(ItemFlag.NegativeDiscrimination);
  }
  return flags;
}

/** Groups the answer-count rows by question, so each question's rows can be split on their own. */
export function answerRowsByQuestion(rows: readonly AnswerCountRow[]): Map<number, AnswerCountRow[]> {
  const byQuestion = new Map<number, AnswerCountRow[]>();
  for (const row of rows) byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);
  return byQuestion;
}

/** The part of a question the split needs: its options in the order written and its key. */
export interface QuestionKey {
  options: readonly QuestionOption[];
  correct: readonly string[];
}

/**
 * How often each option was chosen, in the order written: every right answer is exactly the key
 * (quiz-rules.ts isAnswerCorrect), so it counts once for each key option; the distinct wrong answers
 * (`["a","b"]` given 7 times) count for each option they tick; an empty one counts as unanswered.
 */
export function splitOptionCounts(question: QuestionKey, answeredRight: number, wrongAnswers: readonly AnswerCountRow[]): OptionSplit {
  const chosen = new Map(question.options.map((option) => [option.id, question.correct.includes(option.id) ? answeredRight : 0]));
  let unanswered = 0;
  for (const row of wrongAnswers) {
    const ids = [...new Set(parseAnswer(row.answer))].filter((id) => chosen.has(id));
    if (ids.length === 0) unanswered += row.chosen;
    for (const id of ids) chosen.set(id, chosen.get(id)! + row.chosen);
  }
  return { options: question.options.map((option) => ({ id: option.id, text: option.text, chosen: chosen.get(option.id)! })), unanswered };
}

function parseAnswer(answer: string | null): string[] {
  if (answer === null) return [];
  try {
    const parsed: unknown = JSON.parse(answer);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Everything the page and the CSV show for one question, computed from its counts. */
export interface QuestionAnalysis extends OptionSplit {
  counts: QuestionCounts;
  facility: number | null;
  discrimination: number | null;
  flags: ItemFlag[];
}

export function analyseQuestion(question: QuestionKey, counts: QuestionCounts | undefined, wrongAnswers: readonly AnswerCountRow[] | undefined): QuestionAnalysis {
  const known = counts ?? NO_COUNTS;
  return {
    counts: known,
    facility: facilityIndex(known),
    discrimination: discriminationIndex(known),
    flags: itemFlags(known),
    ...splitOptionCounts(question, known.answeredRight, wrongAnswers ?? []),
  };
}
