import { ContentProblem } from './course-content';
import { QuestionEntry } from './content-file-types';
import { duplicateIdProblems } from './unique-ids';
import { YamlFile } from './yaml-file';

/** Rules of questions.yaml that a schema cannot express: they compare fields with each other. */
export function questionProblems(yaml: YamlFile, questions: readonly QuestionEntry[]): ContentProblem[] {
  return [...duplicateIdProblems(yaml, 'questions', questions, 'question'), ...questions.flatMap((question, index) => singleQuestionProblems(yaml, question, index))];
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

/** Drawing every question of the bank would give each attempt the same questions. */
export function bankSizeProblems(courseYaml: YamlFile, questionsPerAttempt: number, bankSize: number): ContentProblem[] {
  if (bankSize > questionsPerAttempt) return [];
  const message = `questionsPerAttempt (${questionsPerAttempt}) must be smaller than the number of questions in questions.yaml (${bankSize})`;
  return [{ file: courseYaml.file, line: courseYaml.lineOf(['questionsPerAttempt']), message }];
}
