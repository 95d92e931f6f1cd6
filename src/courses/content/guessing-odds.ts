import { QuestionContent } from './course-content';
import { visibleLength, wordsOf } from './item-quality';

/** A certificate must mean understanding: no way of answering without reading may pass this often. */
export const MAX_GUESSING_PASS_PROBABILITY = 0.05;

/** With unlimited attempts a guesser passes eventually; the odds are judged over this many. */
export const ATTEMPTS_ASSUMED_WHEN_UNLIMITED = 5;

/** What a guesser does with one question: the probability that it answers it right. */
type Rule = (question: QuestionContent) => number;

// Options are shuffled on every draw (attempts.service.ts), so any fixed position is a blind pick.
const singleRules: Record<string, Rule> = {
  'longest option': (question) => pickedByLength(question, 1, 'longest'),
  'shortest option': (question) => pickedByLength(question, 1, 'shortest'),
  'a fixed position': (question) => blindPick(question),
  'the only option that says "không"': (question) => loneOption(question, (text) => NEGATION_OPENING.test(text)),
  'the only option with another first word': (question) =>
    loneOption(question, (text, others) => others.every((other) => firstWord(other) === firstWord(others[0])) && firstWord(text) !== firstWord(others[0])),
  'the most responsible-sounding option': (question) => mostDutiful(question),
};

// Safe advice often starts "Không …" ("do not click"); a lone option opening like that is a cue.
const NEGATION_OPENING = /^\s*(không|chưa|đừng|tuyệt đối không|chớ)\b/iu;

// Words of a dutiful civil servant: a guesser who reads nothing bets on the option that has most.
const DUTY_WORDS = /báo|kiểm tra|xác minh|chính thống|cơ quan|lãnh đạo|quy định|bảo mật|thận trọng|hỏi|không chia sẻ|không bấm|không đăng|nguồn|phụ trách|công an|chức năng|xác thực/giu;

function dutyWords(text: string): number {
  return text.normalize('NFC').toLocaleLowerCase('vi').match(DUTY_WORDS)?.length ?? 0;
}

const trueFalseRules: Record<string, Rule> = {
  'always "Đúng"': (question) => (question.correct[0] === 'dung' ? 1 : 0),
  'always "Sai"': (question) => (question.correct[0] === 'sai' ? 1 : 0),
  'a fixed position': (question) => blindPick(question),
  '"Đúng" when it names a duty': (question) => (question.correct[0] === (dutyWords(question.text) > 0 ? 'dung' : 'sai') ? 1 : 0),
};

const multipleRules: Record<string, Rule> = {
  'the longer half': (question) => pickedByLength(question, Math.ceil(question.options.length / 2), 'longest'),
  'the longer smaller half': (question) => pickedByLength(question, Math.floor(question.options.length / 2), 'longest'),
  'the shorter half': (question) => pickedByLength(question, Math.ceil(question.options.length / 2), 'shortest'),
  'the longest option': (question) => pickedByLength(question, 1, 'longest'),
  'a fixed position': (question) => blindPick(question),
  'every option that names a duty': (question) => {
    const picked = question.options.filter((option) => dutyWords(option.text) > 0).map((option) => option.id);
    return picked.length === question.correct.length && picked.every((id) => question.correct.includes(id)) ? 1 : 0;
  },
};

export interface GuessingOdds {
  /** The strategy that passes most often, e.g. `single: longest option; true_false: always "Sai"; …`. */
  strategy: string;
  /** Probability of passing one attempt. */
  perAttempt: number;
  /** Probability of passing within the course's attempts (ATTEMPTS_ASSUMED_WHEN_UNLIMITED when unlimited). */
  withinAttempts: number;
  attempts: number;
}

export interface QuizRulesOfCourse {
  passScore: number;
  questionsPerAttempt: number;
  maxAttempts: number;
  questions: readonly QuestionContent[];
}

/** The best of every combination of simple strategies, under the server's draw (a uniform sample without replacement). */
export function bestGuessingOdds(course: QuizRulesOfCourse): GuessingOdds {
  const attempts = course.maxAttempts === 0 ? ATTEMPTS_ASSUMED_WHEN_UNLIMITED : course.maxAttempts;
  let best: GuessingOdds = { strategy: 'none', perAttempt: 0, withinAttempts: 0, attempts };
  for (const [singleName, single] of Object.entries(singleRules)) {
    for (const [trueFalseName, trueFalse] of Object.entries(trueFalseRules)) {
      for (const [multipleName, multiple] of Object.entries(multipleRules)) {
        const rules = { single, true_false: trueFalse, multiple };
        const chances = course.questions.map((question) => rules[question.type](question));
        const perAttempt = passProbability(chances, course.questionsPerAttempt, course.passScore);
        if (perAttempt <= best.perAttempt) continue;
        const strategy = `single: ${singleName}; true_false: ${trueFalseName}; multiple: ${multipleName}`;
        best = { strategy, perAttempt, withinAttempts: 1 - (1 - perAttempt) ** attempts, attempts };
      }
    }
  }
  return best;
}

/** Correct answers needed: the score is floor(100 × correct / drawn), as quiz-rules.ts computes it. */
export function correctAnswersToPass(drawn: number, passScore: number): number {
  return Math.ceil((passScore * drawn) / 100);
}

/**
 * Probability that `drawn` questions taken uniformly without replacement from the bank, each
 * answered right with its own chance, reach the pass mark. Exact: a dynamic programme over
 * (questions taken, answered right), divided by the number of possible draws.
 */
export function passProbability(chances: readonly number[], questionsPerAttempt: number, passScore: number): number {
  const drawn = Math.min(questionsPerAttempt, chances.length);
  const needed = correctAnswersToPass(drawn, passScore);
  // ways[taken][right]: sum over subsets of `taken` questions seen so far of P(exactly `right` right).
  let ways = Array.from({ length: drawn + 1 }, () => new Array<number>(drawn + 1).fill(0));
  ways[0][0] = 1;
  for (const chance of chances) {
    const next = ways.map((row) => [...row]);
    for (let taken = 0; taken < drawn; taken++) {
      for (let right = 0; right <= taken; right++) {
        const mass = ways[taken][right];
        if (mass === 0) continue;
        next[taken + 1][right + 1] += mass * chance;
        next[taken + 1][right] += mass * (1 - chance);
      }
    }
    ways = next;
  }
  const passing = ways[drawn].slice(needed).reduce((sum, mass) => sum + mass, 0);
  return passing / binomial(chances.length, drawn);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/** The option that alone stands out by `standsOut` (given its text and the others'), else a blind pick. */
function loneOption(question: QuestionContent, standsOut: (text: string, others: string[]) => boolean): number {
  const marked = question.options.filter((option) =>
    standsOut(
      option.text,
      question.options.filter((other) => other !== option).map((other) => other.text),
    ),
  );
  if (marked.length !== 1) return blindPick(question);
  return question.correct.length === 1 && question.correct[0] === marked[0].id ? 1 : 0;
}

function firstWord(text: string): string {
  return wordsOf(text)[0] ?? '';
}

/** The option with most duty words, ties broken at random. */
function mostDutiful(question: QuestionContent): number {
  const scores = question.options.map((option) => dutyWords(option.text));
  const top = question.options.filter((_option, index) => scores[index] === Math.max(...scores));
  return question.correct.length === 1 && top.some((option) => option.id === question.correct[0]) ? 1 / top.length : 0;
}

/** A blind pick of one option: right only when exactly one option is correct. */
function blindPick(question: QuestionContent): number {
  return question.correct.length === 1 ? 1 / question.options.length : 0;
}

/**
 * Chance that choosing the `count` longest (or shortest) options gives exactly the key. Options of
 * equal length at the boundary are chosen among at random, as a guesser facing a tie would.
 */
export function pickedByLength(question: QuestionContent, count: number, end: 'longest' | 'shortest'): number {
  if (count !== question.correct.length || count === 0) return 0;
  const sign = end === 'longest' ? -1 : 1;
  const lengths = new Map(question.options.map((option) => [option.id, sign * visibleLength(option.text)]));
  const ordered = [...lengths.values()].sort((left, right) => left - right);
  const boundary = ordered[count - 1];
  const surelyChosen = [...lengths].filter(([, length]) => length < boundary).map(([id]) => id);
  const tied = [...lengths].filter(([, length]) => length === boundary).map(([id]) => id);
  const key = new Set(question.correct);
  if (!surelyChosen.every((id) => key.has(id))) return 0;
  const keyAmongTied = [...key].filter((id) => !surelyChosen.includes(id));
  if (!keyAmongTied.every((id) => tied.includes(id))) return 0;
  return 1 / binomial(tied.length, count - surelyChosen.length);
}
