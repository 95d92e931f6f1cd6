import { analyseQuestion, answerRowsByQuestion, discriminationIndex, facilityIndex, ItemFlag, itemFlags, NO_COUNTS, QuestionCounts, splitOptionCounts } from './item-statistics';
import { textStart } from './item-analysis-view';

const counts = (values: Partial<QuestionCounts>): QuestionCounts => ({ ...NO_COUNTS, ...values });
const OPTIONS = [
  { id: 'a', text: 'Bật xác thực hai lớp.' },
  { id: 'b', text: 'Dùng một mật khẩu cho mọi tài khoản.' },
  { id: 'c', text: 'Đổi mật khẩu ngay khi nghi bị lộ.' },
];

describe('facilityIndex', () => {
  it('should be the share of draws answered right', () => {
    expect(facilityIndex(counts({ drawn: 8, answeredRight: 6 }))).toBe(0.75);
  });

  it('should be null for a question never drawn', () => {
    expect(facilityIndex(NO_COUNTS)).toBeNull();
  });
});

describe('discriminationIndex', () => {
  it('should subtract the bottom third’s share right from the top third’s', () => {
    expect(discriminationIndex(counts({ topDrawn: 4, topRight: 3, bottomDrawn: 5, bottomRight: 1 }))).toBeCloseTo(0.75 - 0.2, 10);
  });

  it('should be negative when the weaker learners do better', () => {
    expect(discriminationIndex(counts({ topDrawn: 2, topRight: 0, bottomDrawn: 2, bottomRight: 2 }))).toBe(-1);
  });

  it('should be null when either third never drew the question', () => {
    expect(discriminationIndex(counts({ topDrawn: 3, topRight: 3, bottomDrawn: 0 }))).toBeNull();
    expect(discriminationIndex(counts({ topDrawn: 0, bottomDrawn: 3, bottomRight: 1 }))).toBeNull();
  });
});

describe('itemFlags', () => {
  const balanced = { topDrawn: 10, topRight: 8, bottomDrawn: 10, bottomRight: 4 };

  it('should flag nothing below 30 draws, however extreme', () => {
    expect(itemFlags(counts({ drawn: 29, answeredRight: 0, topDrawn: 10, topRight: 0, bottomDrawn: 10, bottomRight: 5 }))).toEqual([]);
  });

  it('should flag a question answered right more than 95% of the time as too easy', () => {
    expect(itemFlags(counts({ drawn: 40, answeredRight: 39, ...balanced }))).toEqual([ItemFlag.TooEasy]);
  });

  it('should not flag exactly 95% or exactly 20%', () => {
    expect(itemFlags(counts({ drawn: 40, answeredRight: 38, ...balanced }))).toEqual([]);
    expect(itemFlags(counts({ drawn: 40, answeredRight: 8, ...balanced }))).toEqual([]);
  });

  it('should flag a question answered right less than 20% of the time as too hard', () => {
    expect(itemFlags(counts({ drawn: 30, answeredRight: 5, ...balanced }))).toEqual([ItemFlag.TooHard]);
  });

  it('should flag negative discrimination, comparing shares rather than counts', () => {
    // Top 5/9 = 0.556 against bottom 4/7 = 0.571: fewer right answers in the bottom third, yet a larger share.
    expect(itemFlags(counts({ drawn: 30, answeredRight: 15, topDrawn: 9, topRight: 5, bottomDrawn: 7, bottomRight: 4 }))).toEqual([ItemFlag.NegativeDiscrimination]);
    expect(itemFlags(counts({ drawn: 30, answeredRight: 15, topDrawn: 8, topRight: 4, bottomDrawn: 8, bottomRight: 4 }))).toEqual([]);
  });

  it('should give every flag that applies', () => {
    expect(itemFlags(counts({ drawn: 30, answeredRight: 2, topDrawn: 10, topRight: 0, bottomDrawn: 10, bottomRight: 2 }))).toEqual([ItemFlag.TooHard, ItemFlag.NegativeDiscrimination]);
  });
});

describe('splitOptionCounts', () => {
  const multiple = { options: OPTIONS, correct: ['a', 'c'] };

  it('should count every right answer once for each key option, and each wrong answer for every option ticked', () => {
    // 6 right answers tick a and c; wrong: a+b+c once, b twice, a alone once.
    const wrong = [
      { questionId: 7, answer: '["a","b","c"]', chosen: 1 },
      { questionId: 7, answer: '["b"]', chosen: 2 },
      { questionId: 7, answer: '["a"]', chosen: 1 },
    ];
    expect(splitOptionCounts(multiple, 6, wrong)).toEqual({
      options: [
        { id: 'a', text: OPTIONS[0].text, chosen: 8 },
        { id: 'b', text: OPTIONS[1].text, chosen: 3 },
        { id: 'c', text: OPTIONS[2].text, chosen: 7 },
      ],
      unanswered: 0,
    });
  });

  it('should count the same options ticked in another order as the same answer', () => {
    const wrong = [
      { questionId: 7, answer: '["c","b"]', chosen: 2 },
      { questionId: 7, answer: '["b","c"]', chosen: 1 },
    ];
    expect(splitOptionCounts(multiple, 0, wrong).options.map((option) => option.chosen)).toEqual([0, 3, 3]);
  });

  it('should list options nobody chose with zero, in the order written', () => {
    const single = { options: OPTIONS, correct: ['c'] };
    expect(splitOptionCounts(single, 0, [{ questionId: 7, answer: '["b"]', chosen: 4 }]).options.map((option) => [option.id, option.chosen])).toEqual([
      ['a', 0],
      ['b', 4],
      ['c', 0],
    ]);
  });

  it('should count empty, missing and unreadable answers as unanswered, and ignore unknown option ids', () => {
    const rows = [
      { questionId: 7, answer: '[]', chosen: 3 },
      { questionId: 7, answer: null, chosen: 1 },
      { questionId: 7, answer: 'not json', chosen: 1 },
      { questionId: 7, answer: '["z"]', chosen: 2 },
      { questionId: 7, answer: '["b","z"]', chosen: 1 },
    ];
    const split = splitOptionCounts(multiple, 0, rows);
    expect(split.unanswered).toBe(7);
    expect(split.options[1].chosen).toBe(1);
  });
});

describe('answerRowsByQuestion', () => {
  it('should keep each question’s rows apart', () => {
    const grouped = answerRowsByQuestion([
      { questionId: 1, answer: '["a"]', chosen: 2 },
      { questionId: 2, answer: '["b"]', chosen: 1 },
      { questionId: 1, answer: '["b"]', chosen: 3 },
    ]);
    expect(grouped.get(1)?.map((row) => row.chosen)).toEqual([2, 3]);
    expect(grouped.get(2)?.map((row) => row.chosen)).toEqual([1]);
  });
});

describe('analyseQuestion', () => {
  it('should show a question never drawn with zeros and no indices', () => {
    expect(analyseQuestion({ options: OPTIONS, correct: ['a'] }, undefined, undefined)).toEqual({
      counts: NO_COUNTS,
      facility: null,
      discrimination: null,
      flags: [],
      options: OPTIONS.map((option) => ({ ...option, chosen: 0 })),
      unanswered: 0,
    });
  });
});

describe('textStart', () => {
  it('should keep a short text whole and cut a long one at a word', () => {
    expect(textStart('Mật khẩu nào mạnh nhất?')).toBe('Mật khẩu nào mạnh nhất?');
    expect(textStart('Anh Nam nhận được email báo tài khoản công vụ sắp bị khóa', 30)).toBe('Anh Nam nhận được email báo…');
  });
});
