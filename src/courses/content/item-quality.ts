import { ContentProblem } from './course-content';
import { QuestionEntry } from './content-file-types';
import { YamlFile } from './yaml-file';

/** The item-quality limits of product.md §2, in one place so that README, messages and tests agree. */
export const ITEM_LIMITS = {
  /** No option position holds more than this share of the keys of `single` questions. */
  maxKeyPositionShare: 0.4,
  /** The key is the longest option in at most this share of `single` questions. */
  maxLongestKeyShare: 0.3,
  /** Within a question, the longest option is at most this many times the shortest... */
  maxOptionLengthRatio: 2,
  /** ...unless every option is this short (names, numbers, passwords). */
  shortOptionLength: 20,
  /** Each true/false answer is the key of 40–60% of the true/false questions. */
  trueFalseShare: [0.4, 0.6] as const,
  /** Word-set similarity from which two stems count as the same stem. */
  sameStemSimilarity: 0.9,
  /** Share rules need enough questions to mean anything. */
  minQuestionsForShare: 5,
};

// "tất cả các đáp án trên", "tất cả đều đúng", "cả ba phương án trên", "cả a, b và c", "không có phương án nào đúng" and the like.
const CATCH_ALL_OPTION =
  /(tất cả|cả (hai|ba|bốn|[2-5])|các|mọi|những) (các |những )?(đáp án|phương án|câu trả lời|câu|ý|lựa chọn)( nêu)?( ở)? (trên|đều)|tất cả đều (đúng|sai)|không (có )?(đáp án|phương án|câu|ý|lựa chọn) nào|\bcả [a-e](, [a-e])* (và|lẫn) [a-e]\b|\b[a-e] và [a-e] đều đúng/iu;

interface Located {
  question: QuestionEntry;
  index: number;
}

/** Item-quality problems of a structurally valid bank: one question at a time, then the bank as a whole. */
export function itemQualityProblems(yaml: YamlFile, questions: readonly QuestionEntry[]): ContentProblem[] {
  const located = questions.map((question, index) => ({ question, index }));
  const at = (index: number, field: string, message: string): ContentProblem => ({
    file: yaml.file,
    line: yaml.lineOf(['questions', index, field]),
    message: `question "${questions[index].id}": ${message}`,
  });
  const bank = (message: string): ContentProblem => ({ file: yaml.file, line: yaml.lineOf(['questions'], 'key'), message });
  return [
    ...located.flatMap(({ question, index }) => optionProblems(question).map((message) => at(index, 'options', message))),
    ...sameStemProblems(located).map(({ index, message }) => at(index, 'text', message)),
    ...keyPositionProblems(located.filter(({ question }) => question.type === 'single')).map(bank),
    ...longestKeyProblems(located.filter(({ question }) => question.type === 'single')).map(bank),
    ...trueFalseBalanceProblems(located.filter(({ question }) => question.type === 'true_false')).map(bank),
  ];
}

/** Length of a text as a reader sees it (code points of the NFC form). */
export function visibleLength(text: string): number {
  return [...text.normalize('NFC').trim()].length;
}

function optionProblems(question: QuestionEntry): string[] {
  const problems = Object.entries(question.options)
    .filter(([, text]) => CATCH_ALL_OPTION.test(text))
    .map(([id]) => `option "${id}" refers to other options ("all of the above" and the like): write an option that stands on its own`);
  if (question.type === 'true_false') return problems;
  const lengths = Object.values(question.options).map(visibleLength);
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  if (longest > ITEM_LIMITS.shortOptionLength && longest > ITEM_LIMITS.maxOptionLengthRatio * shortest) {
    problems.push(`options differ too much in length (${shortest} to ${longest} characters): the longest may be at most ${ITEM_LIMITS.maxOptionLengthRatio} × the shortest`);
  }
  return problems;
}

/** Stems compared as sets of lower-case words, so punctuation and small edits do not hide a copy. */
function sameStemProblems(located: readonly Located[]): { index: number; message: string }[] {
  const words = located.map(({ question }) => new Set(wordsOf(question.text)));
  const problems: { index: number; message: string }[] = [];
  for (let later = 1; later < located.length; later++) {
    const earlier = words.findIndex((set, index) => index < later && similarity(set, words[later]) >= ITEM_LIMITS.sameStemSimilarity);
    if (earlier >= 0) problems.push({ index: later, message: `has the same stem as question "${located[earlier].question.id}": test another point` });
  }
  return problems;
}

/** The words of a text, lower-case NFC, without punctuation: how stems, rules and openings are compared. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Sørensen–Dice coefficient of two word sets. */
function similarity(left: Set<string>, right: Set<string>): number {
  if (left.size + right.size === 0) return 1;
  const shared = [...left].filter((word) => right.has(word)).length;
  return (2 * shared) / (left.size + right.size);
}

function keyPositionProblems(singles: readonly Located[]): string[] {
  if (singles.length < ITEM_LIMITS.minQuestionsForShare) return [];
  const counts = new Map<number, number>();
  for (const { question } of singles) {
    const position = Object.keys(question.options).indexOf(question.correct[0]);
    counts.set(position, (counts.get(position) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, count]) => count / singles.length > ITEM_LIMITS.maxKeyPositionShare)
    .sort(([left], [right]) => left - right)
    .map(
      ([position, count]) =>
        `the key of ${count} of ${singles.length} single questions is their option number ${position + 1} (${percent(count, singles.length)}): spread keys so that no position holds more than ${percent(ITEM_LIMITS.maxKeyPositionShare)}`,
    );
}

function longestKeyProblems(singles: readonly Located[]): string[] {
  if (singles.length < ITEM_LIMITS.minQuestionsForShare) return [];
  const longestKeys = singles.filter(({ question }) => keyIsLongest(question)).length;
  if (longestKeys / singles.length <= ITEM_LIMITS.maxLongestKeyShare) return [];
  return [
    `the key is the longest option in ${longestKeys} of ${singles.length} single questions (${percent(longestKeys, singles.length)}): at most ${percent(ITEM_LIMITS.maxLongestKeyShare)}, or "pick the longest" passes without reading`,
  ];
}

/** Ties count as longest: a guesser choosing among the longest options has a fair chance of the key. */
function keyIsLongest(question: QuestionEntry): boolean {
  const keyLength = visibleLength(question.options[question.correct[0]]);
  return Object.values(question.options).every((text) => visibleLength(text) <= keyLength);
}

function trueFalseBalanceProblems(statements: readonly Located[]): string[] {
  if (statements.length < ITEM_LIMITS.minQuestionsForShare - 1) return [];
  const trueCount = statements.filter(({ question }) => question.correct[0] === 'dung').length;
  const share = trueCount / statements.length;
  const [low, high] = ITEM_LIMITS.trueFalseShare;
  if (share >= low && share <= high) return [];
  return [
    `${trueCount} of ${statements.length} true_false statements are true (${percent(share)}): keep between ${percent(low)} and ${percent(high)}, or answering always "${share < low ? 'Sai' : 'Đúng'}" pays`,
  ];
}

function percent(part: number, whole = 1): string {
  return `${Math.round((100 * part) / whole)}%`;
}
