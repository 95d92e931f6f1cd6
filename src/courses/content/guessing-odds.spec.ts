import { score } from '../../attempts/quiz-rules';
import { CourseFixtures, relativeProblems, VALID_COURSE } from '../../../test/fixtures/courses/course-fixture';
import { QuestionContent, QuestionType } from './course-content';
import { ATTEMPTS_ASSUMED_WHEN_UNLIMITED, bestGuessingOdds, correctAnswersToPass, MAX_GUESSING_PASS_PROBABILITY, passProbability, pickedByLength } from './guessing-odds';
import { loadCourse } from './load-courses';

const fixtures = new CourseFixtures();
afterAll(() => fixtures.removeAll());

let questionCount = 0;

/** A question whose options are `texts`, with ids a, b, c, …; only type, options and key matter to a guesser. */
function question(type: QuestionType, texts: string[], correct: string[]): QuestionContent {
  questionCount += 1;
  return {
    id: `q${questionCount}`,
    type,
    text: `Câu ${questionCount}`,
    options: texts.map((text, index) => ({ id: String.fromCharCode(97 + index), text })),
    correct,
    explanation: 'Giải thích.',
    rule: null,
    source: { ref: 'ct-01-2024', part: 'Mục 2' },
  };
}

const statement = (key: 'dung' | 'sai'): QuestionContent => ({
  ...question('true_false', [], [key]),
  options: [
    { id: 'dung', text: 'Đúng' },
    { id: 'sai', text: 'Sai' },
  ],
});

/** Options of 4, 3, 2 and 1 characters: option a is the longest, d the shortest. */
const BY_LENGTH = ['xxxx', 'xxx', 'xx', 'x'];

describe('correctAnswersToPass', () => {
  it('should need 8 of 10 drawn questions to pass at 80%', () => {
    expect(correctAnswersToPass(10, 80)).toBe(8);
  });

  it('should need 4 of 4 at 80%, since 3 of 4 scores 75%', () => {
    expect(correctAnswersToPass(4, 80)).toBe(4);
  });

  it('should round the pass mark up: 3 of 3 at 70%, 8 of 10 at 75%', () => {
    expect(correctAnswersToPass(3, 70)).toBe(3);
    expect(correctAnswersToPass(10, 75)).toBe(8);
  });

  it('should agree with the floor scoring of quiz-rules.ts for every draw up to 40 and every pass mark', () => {
    const disagreements: string[] = [];
    for (let drawn = 1; drawn <= 40; drawn++) {
      for (let passScore = 1; passScore <= 100; passScore++) {
        const needed = correctAnswersToPass(drawn, passScore);
        const passes = (right: number) =>
          score(
            Array.from({ length: drawn }, (_, index) => index < right),
            passScore,
          ).passed;
        if (!passes(needed) || passes(needed - 1)) disagreements.push(`${needed} of ${drawn} at ${passScore}%`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('passProbability', () => {
  it('should be hypergeometric when questions are always or never answered right', () => {
    // 15 always right, 15 never, 10 drawn, 8 needed: (C(15,8)C(15,2) + C(15,9)C(15,1) + C(15,10)) / C(30,10).
    const chances = [...new Array<number>(15).fill(1), ...new Array<number>(15).fill(0)];
    expect(passProbability(chances, 10, 80)).toBeCloseTo(753753 / 30045015, 12);
  });

  it('should average over every draw the chance of enough right answers', () => {
    // Draws {1, ½}, {1, 0}, {½, 0}, each with probability ⅓.
    expect(passProbability([1, 0.5, 0], 2, 50)).toBeCloseTo((1 + 1 + 0.5) / 3, 12);
    expect(passProbability([1, 0.5, 0], 2, 100)).toBeCloseTo((0.5 + 0 + 0) / 3, 12);
  });

  it('should be binomial when the whole bank is drawn', () => {
    // 4 questions at ¼ each, 2 needed: 1 − P(0 right) − P(1 right).
    expect(passProbability([0.25, 0.25, 0.25, 0.25], 4, 50)).toBeCloseTo(1 - 0.75 ** 4 - 4 * 0.25 * 0.75 ** 3, 12);
  });

  it('should draw the whole bank when questionsPerAttempt exceeds it, as the server does', () => {
    expect(passProbability([0.5, 0.5], 5, 100)).toBeCloseTo(0.25, 12);
  });

  it('should be 1 or 0 when every question is surely right or surely wrong', () => {
    expect(passProbability([1, 1, 1, 1, 1], 3, 100)).toBeCloseTo(1, 12);
    expect(passProbability([0, 0, 0, 0, 0], 3, 1)).toBe(0);
  });
});

describe('pickedByLength', () => {
  it('should be 1 when the key is the only longest option, and 0 when it is not', () => {
    expect(pickedByLength(question('single', BY_LENGTH, ['a']), 1, 'longest')).toBe(1);
    expect(pickedByLength(question('single', BY_LENGTH, ['b']), 1, 'longest')).toBe(0);
  });

  it('should be 1 when the key is the only shortest option', () => {
    expect(pickedByLength(question('single', BY_LENGTH, ['d']), 1, 'shortest')).toBe(1);
  });

  it('should be 0.5 when the key ties with another option for the longest', () => {
    expect(pickedByLength(question('single', ['xxxx', 'yyyy', 'z'], ['a']), 1, 'longest')).toBe(0.5);
    expect(pickedByLength(question('single', ['xxxx', 'yyyy', 'z'], ['c']), 1, 'longest')).toBe(0);
  });

  it('should measure visible characters, so a decomposed text is not longer than it looks', () => {
    expect(pickedByLength(question('single', ['ằằằ'.normalize('NFD'), 'aaaa'], ['b']), 1, 'longest')).toBe(1);
  });

  it('should be 0 when the number of options picked is not the number of keys', () => {
    expect(pickedByLength(question('multiple', BY_LENGTH, ['a', 'b']), 1, 'longest')).toBe(0);
    expect(pickedByLength(question('multiple', BY_LENGTH, ['a']), 2, 'longest')).toBe(0);
  });

  it('should be 1 when the keys of a multiple question are exactly the longer half', () => {
    expect(pickedByLength(question('multiple', BY_LENGTH, ['a', 'b']), 2, 'longest')).toBe(1);
    expect(pickedByLength(question('multiple', BY_LENGTH, ['c', 'd']), 2, 'shortest')).toBe(1);
  });

  it('should pick at random among options tied at the boundary', () => {
    // a is surely picked; b (a key) ties with c for the second place: ½.
    expect(pickedByLength(question('multiple', ['xxxxx', 'xxxx', 'yyyy', 'x'], ['a', 'b']), 2, 'longest')).toBe(0.5);
    // Three options tie for two places: the keys are one of C(3,2) = 3 pairs.
    expect(pickedByLength(question('multiple', ['xxx', 'yyy', 'zzz', 'x'], ['a', 'b']), 2, 'longest')).toBeCloseTo(1 / 3, 12);
  });

  it('should be 0 when an option surely picked is not a key', () => {
    expect(pickedByLength(question('multiple', ['xxxxx', 'xxxx', 'yyyy', 'x'], ['b', 'c']), 2, 'longest')).toBe(0);
  });
});

describe('bestGuessingOdds', () => {
  /** Keys of single questions neither the longest nor the shortest: only a blind pick (¼) finds them. */
  const hiddenKeys = () => [question('single', BY_LENGTH, ['b']), question('single', BY_LENGTH, ['c']), question('single', BY_LENGTH, ['b']), question('single', BY_LENGTH, ['c'])];

  it('should choose the combination of strategies that passes most often', () => {
    // One question drawn: a fixed position gets ¼ of 4 singles, "Đúng" gets 2 of 3 statements: 3/7.
    const odds = bestGuessingOdds({ passScore: 100, questionsPerAttempt: 1, maxAttempts: 2, questions: [...hiddenKeys(), statement('dung'), statement('dung'), statement('sai')] });
    expect(odds).toEqual({
      strategy: 'single: a fixed position; true_false: always "Đúng"; multiple: the longer half',
      perAttempt: expect.closeTo(3 / 7, 12),
      withinAttempts: expect.closeTo(1 - (4 / 7) ** 2, 12),
      attempts: 2,
    });
  });

  it('should find "pick the longest" when the keys are the longest options', () => {
    const questions = [...[1, 2, 3, 4, 5, 6].map(() => question('single', BY_LENGTH, ['a'])), statement('dung'), statement('sai'), statement('sai'), question('multiple', BY_LENGTH, ['a', 'b'])];
    // The whole bank drawn, 9 of 10 needed: longest option, "Sai" and the longer half get 9 right; "Đúng" only 8.
    expect(bestGuessingOdds({ passScore: 90, questionsPerAttempt: 10, maxAttempts: 3, questions })).toEqual({
      strategy: 'single: longest option; true_false: always "Sai"; multiple: the longer half',
      perAttempt: 1,
      withinAttempts: 1,
      attempts: 3,
    });
  });

  it('should find "pick the shortest" when the keys are the shortest options', () => {
    const questions = [...[1, 2, 3, 4, 5].map(() => question('single', BY_LENGTH, ['d'])), ...hiddenKeys()];
    const odds = bestGuessingOdds({ passScore: 100, questionsPerAttempt: 1, maxAttempts: 1, questions });
    expect(odds.strategy).toMatch(/^single: shortest option;/);
    expect(odds.perAttempt).toBeCloseTo((5 + 0) / 9, 12);
  });

  it('should find "pick the only option that says không" when safe advice is the key', () => {
    const negative = ['Không bấm vào đường dẫn', 'Bấm vào xem thử một lần', 'Gửi lại cho đồng nghiệp', 'Trả lời để hỏi người gửi'];
    const questions = [...[1, 2, 3, 4, 5].map(() => question('single', negative, ['a'])), ...hiddenKeys()];
    const odds = bestGuessingOdds({ passScore: 100, questionsPerAttempt: 1, maxAttempts: 1, questions });
    expect(odds.strategy).toMatch(/^single: the only option that says "không";/);
    // Right on the 5 questions with a lone "Không", a blind ¼ on the 4 others.
    expect(odds.perAttempt).toBeCloseTo((5 + 4 / 4) / 9, 12);
  });

  it('should find "pick the odd one out" when the other options share their first word', () => {
    const oddOneOut = ['Báo cho lãnh đạo cơ quan', 'Được đăng nếu ghi nguồn', 'Được đăng trong nhóm kín', 'Được đăng sau giờ làm'];
    const questions = [...[1, 2, 3, 4, 5].map(() => question('single', oddOneOut, ['a'])), ...hiddenKeys()];
    expect(bestGuessingOdds({ passScore: 100, questionsPerAttempt: 1, maxAttempts: 1, questions }).strategy).toMatch(/^single: the only option with another first word;/);
  });

  it('should find "pick the most responsible-sounding option" when the key alone names duties', () => {
    const dutiful = ['Báo lãnh đạo và kiểm tra nguồn chính thống', 'Chia sẻ ngay cho mọi người cùng biết', 'Giữ im lặng và chờ thêm vài ngày', 'Gửi bài vào nhóm bạn bè thân thiết'];
    const questions = [...[1, 2, 3, 4, 5].map(() => question('single', dutiful, ['a'])), ...hiddenKeys()];
    expect(bestGuessingOdds({ passScore: 100, questionsPerAttempt: 1, maxAttempts: 1, questions }).strategy).toMatch(/^single: the most responsible-sounding option;/);
  });

  it('should find "Đúng when the statement names a duty" on true/false', () => {
    const named = (key: 'dung' | 'sai', text: string) => ({ ...statement(key), text });
    const questions = [
      named('dung', 'Phải báo cơ quan chức năng khi bị giả mạo.'),
      named('dung', 'Cần kiểm tra nguồn trước khi chia sẻ.'),
      named('sai', 'Được đăng ảnh hồ sơ của người dân.'),
      ...hiddenKeys(),
    ];
    const odds = bestGuessingOdds({ passScore: 100, questionsPerAttempt: 1, maxAttempts: 1, questions });
    expect(odds.strategy).toMatch(/true_false: "Đúng" when it names a duty;/);
    expect(odds.perAttempt).toBeCloseTo((3 + 4 / 4) / 7, 12);
  });

  it(`should judge unlimited attempts over ${ATTEMPTS_ASSUMED_WHEN_UNLIMITED} attempts`, () => {
    const odds = bestGuessingOdds({ passScore: 100, questionsPerAttempt: 1, maxAttempts: 0, questions: [...hiddenKeys(), statement('dung'), statement('dung'), statement('sai')] });
    expect(odds.attempts).toBe(5);
    expect(odds.withinAttempts).toBeCloseTo(1 - (4 / 7) ** 5, 12);
  });

  it('should report the worst case over every combination, computed by hand', () => {
    // 2 of 7 drawn, both needed. Blind picks on the statements (½, ½) beat "Sai" (1, 0): pairs of singles 6 × 1/16,
    // single and statement 8 × 1/8, single and multiple 4 × 1/4, the two statements 1/4, statement and multiple 2 × 1/2.
    const questions = [...hiddenKeys(), statement('sai'), statement('dung'), question('multiple', BY_LENGTH, ['a', 'b'])];
    const odds = bestGuessingOdds({ passScore: 100, questionsPerAttempt: 2, maxAttempts: 1, questions });
    expect(odds.strategy).toBe('single: a fixed position; true_false: a fixed position; multiple: the longer half');
    expect(odds.perAttempt).toBeCloseTo((6 / 16 + 1 + 1 + 1 / 4 + 1) / 21, 12);
    expect(odds.perAttempt).toBeGreaterThan(passProbability([0.25, 0.25, 0.25, 0.25, 1, 0, 1], 2, 100));
  });
});

describe('loadCourse: guessing odds', () => {
  const problemsAfter = (file: string, search: string, replacement: string) => {
    const directory = fixtures.copyWith(file, search, replacement);
    const { course, problems } = loadCourse(directory);
    return { course, problems: relativeProblems(directory, problems) };
  };
  const refused = (message: string) => ({ course: undefined, problems: [{ file: 'questions.yaml', line: 1, message }] });

  it(`should accept the valid course, which a guesser passes less than ${100 * MAX_GUESSING_PASS_PROBABILITY}% of the time`, () => {
    const course = loadCourse(VALID_COURSE).course!;
    expect(bestGuessingOdds(course)).toEqual({
      strategy: 'single: a fixed position; true_false: a fixed position; multiple: the shorter half',
      perAttempt: expect.closeTo(0.010461, 6),
      withinAttempts: expect.closeTo(0.031057, 6),
      attempts: 3,
    });
  });

  it('should refuse a course whose pass mark a guesser reaches too often, naming the strategy', () => {
    // 75% of 4 is 3 right answers: blind picks reach it.
    expect(problemsAfter('course.yaml', 'passScore: 80', 'passScore: 75')).toEqual(
      refused(
        'a learner who reads nothing passes within 3 attempts with probability 28.9% (single: a fixed position; true_false: a fixed position; multiple: the shorter half): it must stay below 5.0%; write options that only reading tells apart',
      ),
    );
  });

  it('should refuse a bank whose true_false statements are all false, too few for the balance rule', () => {
    expect(problemsAfter('questions.yaml', 'correct: [dung]', 'correct: [sai]')).toEqual(
      refused(
        'a learner who reads nothing passes within 3 attempts with probability 6.5% (single: a fixed position; true_false: always "Sai"; multiple: the shorter half): it must stay below 5.0%; write options that only reading tells apart',
      ),
    );
  });

  it(`should judge a course with unlimited attempts over ${ATTEMPTS_ASSUMED_WHEN_UNLIMITED} attempts`, () => {
    expect(problemsAfter('course.yaml', 'maxAttempts: 3', 'maxAttempts: 0')).toEqual(
      refused(
        'a learner who reads nothing passes within 5 attempts with probability 5.1% (single: a fixed position; true_false: a fixed position; multiple: the shorter half): it must stay below 5.0%; write options that only reading tells apart',
      ),
    );
  });
});
