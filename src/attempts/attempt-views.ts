import { CitingLesson, citationView, CitationView, lessonForCitation } from '../courses/citations';
import { Attempt } from './attempt.entity';

const LETTERS = 'ABCDEFGHIJ';

export interface QuizQuestionView {
  number: number;
  field: string;
  text: string;
  multiple: boolean;
  options: Array<{ id: string; label: string; text: string; inputId: string }>;
}

/** What the quiz page may show: questions and options in the drawn order, never which are correct. */
export function quizQuestions(attempt: Attempt): QuizQuestionView[] {
  return attempt.questions!.map((item) => {
    const byId = new Map(item.question!.options.map((option) => [option.id, option.text]));
    return {
      number: item.position,
      field: `q${item.position}`,
      text: item.question!.text,
      multiple: item.question!.type === 'multiple',
      options: item.optionOrder.map((id, index) => ({ id, label: LETTERS[index], text: byId.get(id) ?? '', inputId: `q${item.position}-${id}` })),
    };
  });
}

export interface ReviewQuestionView {
  number: number;
  text: string;
  multiple: boolean;
  isCorrect: boolean;
  answered: boolean;
  options: Array<{ label: string; text: string; chosen: boolean; correct: boolean }>;
  explanation: string;
  citation: CitationView;
}

/** The review after submitting: each question with the answer given, the right one, why, and its source. */
export function reviewQuestions(attempt: Attempt): ReviewQuestionView[] {
  const sources = attempt.courseVersion!.sources;
  return attempt.questions!.map((item) => {
    const question = item.question!;
    const chosen = new Set(item.answer ?? []);
    const correct = new Set(question.correct);
    const byId = new Map(question.options.map((option) => [option.id, option.text]));
    return {
      number: item.position,
      text: question.text,
      multiple: question.type === 'multiple',
      isCorrect: item.isCorrect === true,
      answered: chosen.size > 0,
      options: item.optionOrder.map((id, index) => ({ label: LETTERS[index], text: byId.get(id) ?? '', chosen: chosen.has(id), correct: correct.has(id) })),
      explanation: question.explanation,
      citation: citationView(question.source, sources),
    };
  });
}

export interface RuleReviewQuestionView {
  number: number;
  text: string;
  isCorrect: boolean;
  answered: boolean;
  /** The rule the question applies, never its key; null for a question answered right. */
  rule: string | null;
  citation: CitationView | null;
  lesson: { href: string; title: string } | null;
}

/**
 * The review while the key is withheld: which questions were wrong, the rule each applies, its
 * source and the lesson to re-read. Options and explanations are left out of the view model, so
 * no template can show which option was correct.
 */
export function ruleReviewQuestions(attempt: Attempt, lessons: readonly CitingLesson[], courseCode: string): RuleReviewQuestionView[] {
  const sources = attempt.courseVersion!.sources;
  return attempt.questions!.map((item) => {
    const question = item.question!;
    const wrong = item.isCorrect !== true;
    const lesson = wrong ? lessonForCitation(lessons, question.source) : null;
    return {
      number: item.position,
      text: question.text,
      isCorrect: !wrong,
      answered: (item.answer ?? []).length > 0,
      rule: wrong ? question.rule : null,
      citation: wrong ? citationView(question.source, sources) : null,
      lesson: lesson ? { href: `/courses/${encodeURIComponent(courseCode)}/lessons/${lesson.position}`, title: lesson.title } : null,
    };
  });
}

/** Parses the quiz form: fields q1, q2… each one option id or, for checkboxes, several. */
export function parseAnswers(form: Record<string, unknown>): Map<number, string[]> {
  const answers = new Map<number, string[]>();
  for (const [field, value] of Object.entries(form)) {
    const match = /^q(\d{1,3})$/.exec(field);
    if (!match) continue;
    const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item.length <= 64);
    answers.set(Number(match[1]), values);
  }
  return answers;
}
