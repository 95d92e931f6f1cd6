import { ContentProblem, ReviewPolicy } from './course-content';
import { QuestionEntry } from './content-file-types';
import { itemQualityProblems, wordsOf } from './item-quality';
import { duplicateIdProblems } from './unique-ids';
import { YamlFile } from './yaml-file';

/** Rules of questions.yaml that a schema cannot express; item quality is judged once each question is well formed. */
export function questionProblems(yaml: YamlFile, questions: readonly QuestionEntry[]): ContentProblem[] {
  const problems = [...duplicateIdProblems(yaml, 'questions', questions, 'question'), ...questions.flatMap((question, index) => singleQuestionProblems(yaml, question, index))];
  return problems.length > 0 ? problems : itemQualityProblems(yaml, questions);
}

function singleQuestionProblems(yaml: YamlFile, question: QuestionEntry, index: number): ContentProblem[] {
  const at = (field: string, message: string, ...rest: number[]): ContentProblem => ({
    file: yaml.file,
    line: yaml.lineOf(['questions', index, field, ...rest]),
    message: `question "${question.id}": ${message}`,
  });
  const problems: ContentProblem[] = [];
  if (question.type !== 'multiple' && question.correct.length > 1) {
    problems.push(at('correct', `a ${question.type} question must have exactly one correct option, found ${question.correct.length}`));
  }
  question.correct.forEach((optionId, position) => {
    if (!Object.hasOwn(question.options, optionId)) problems.push(at('correct', `correct option "${optionId}" is not one of its options (${Object.keys(question.options).join(', ')})`, position));
  });
  if (question.type === 'true_false' && !isTrueFalsePair(question.options)) {
    problems.push(at('options', 'true_false options must be exactly dung: "Đúng" and sai: "Sai"'));
  }
  return problems;
}

function isTrueFalsePair(options: Record<string, string>): boolean {
  return Object.keys(options).length === 2 && options.dung === 'Đúng' && options.sai === 'Sai';
}

/** How many times the draw the bank holds, so that two attempts rarely meet the same questions (product.md §2). */
export const BANK_SIZE_FACTOR = 3;

/** A small bank is learned by heart in two attempts: it must hold BANK_SIZE_FACTOR × the draw. */
export function bankSizeProblems(courseYaml: YamlFile, questionsPerAttempt: number, bankSize: number): ContentProblem[] {
  const needed = BANK_SIZE_FACTOR * questionsPerAttempt;
  if (bankSize >= needed) return [];
  const message = `questions.yaml holds ${bankSize} questions: with questionsPerAttempt ${questionsPerAttempt} it needs at least ${needed} (${BANK_SIZE_FACTOR} × the draw), or two attempts learn the bank`;
  return [{ file: courseYaml.file, line: courseYaml.lineOf(['questionsPerAttempt']), message }];
}

/**
 * While the key is withheld (review `after_pass`) a failed attempt shows each wrong question's
 * rule instead of its explanation, so every question needs one that does not quote its key.
 */
export function ruleProblems(yaml: YamlFile, review: ReviewPolicy, questions: readonly QuestionEntry[]): ContentProblem[] {
  if (review !== 'after_pass') return [];
  return questions.flatMap((question, index): ContentProblem[] => {
    const at = (field: string, message: string) => ({ file: yaml.file, line: yaml.lineOf(['questions', index, field]), message: `question "${question.id}": ${message}` });
    if (!question.rule) return [at('id', 'needs a "rule": with review after_pass a failed attempt shows the rule, not the explanation')];
    const rule = wordsOf(question.rule).join(' ');
    const quotes = (id: string) => {
      const key = wordsOf(question.options[id] ?? '').join(' ');
      return key.length > 12 && rule.includes(key);
    };
    const quoted = question.type === 'true_false' ? undefined : question.correct.find(quotes);
    return quoted ? [at('rule', `rule quotes the correct option "${quoted}": state the rule, not the answer`)] : [];
  });
}
