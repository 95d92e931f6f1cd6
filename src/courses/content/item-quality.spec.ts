import { CourseFixtures, editFile, relativeProblems } from '../../../test/fixtures/courses/course-fixture';
import { ITEM_LIMITS, visibleLength } from './item-quality';
import { loadCourse } from './load-courses';

const fixtures = new CourseFixtures();
afterAll(() => fixtures.removeAll());

/** The valid course has 8 single questions, keys at positions 3, 1, 2, 4, 3, 1, 2, 4, the key longest only in attt01-q01. */
function problemsAfter(file: string, search: string | RegExp, replacement: string, ...more: [string | RegExp, string][]) {
  const directory = fixtures.copyWith(file, search, replacement);
  for (const [nextSearch, nextReplacement] of more) editFile(directory, file, nextSearch, nextReplacement);
  return relativeProblems(directory, loadCourse(directory).problems);
}

const questionsAfter = (search: string | RegExp, replacement: string, ...more: [string | RegExp, string][]) => problemsAfter('questions.yaml', search, replacement, ...more);
const at = (line: number, message: string) => ({ file: 'questions.yaml', line, message });

/** A true_false question to append to the bank, citing the course's own source. */
function statement(id: string, text: string, key: 'dung' | 'sai'): string {
  return [
    '',
    `  - id: ${id}`,
    '    type: true_false',
    `    text: "${text}"`,
    '    options:',
    '      dung: "Đúng"',
    '      sai: "Sai"',
    `    correct: [${key}]`,
    `    explanation: "${key === 'dung' ? 'Đúng' : 'Sai'}. Xem Mục 2 về quản lý tài khoản."`,
    '    rule: "Tài khoản được quản lý theo Mục 2."',
    '    source:',
    '      ref: ct-01-2024',
    '      part: "Mục 2 (quản lý tài khoản)"',
    '',
  ].join('\n');
}

const FALSE_STATEMENTS =
  statement('attt01-q13', 'Mật khẩu đã dùng ở cơ quan cũ có thể dùng lại cho tài khoản mới.', 'sai') + statement('attt01-q14', 'Chỉ cần đổi mật khẩu khi bộ phận công nghệ thông tin yêu cầu.', 'sai');
const TRUE_STATEMENTS = statement('attt01-q13', 'Mỗi tài khoản nên có một mật khẩu riêng.', 'dung') + statement('attt01-q14', 'Nên bật xác thực hai lớp cho thư công vụ khi hệ thống hỗ trợ.', 'dung');

describe('loadCourse: item quality', () => {
  it('should accept the valid course, whose bank is exactly 3 × questionsPerAttempt', () => {
    expect(loadCourse(fixtures.copy()).problems).toEqual([]);
  });

  describe('bank size', () => {
    it('should refuse a bank smaller than 3 × questionsPerAttempt, on the line of questionsPerAttempt', () => {
      expect(questionsAfter(/\n {2}- id: attt01-q12[\s\S]*$/, '\n')).toEqual([
        { file: 'course.yaml', line: 16, message: 'questions.yaml holds 11 questions: with questionsPerAttempt 4 it needs at least 12 (3 × the draw), or two attempts learn the bank' },
      ]);
    });

    it('should refuse a draw raised beyond a third of the bank', () => {
      expect(problemsAfter('course.yaml', 'questionsPerAttempt: 4', 'questionsPerAttempt: 6')).toEqual([
        { file: 'course.yaml', line: 16, message: 'questions.yaml holds 12 questions: with questionsPerAttempt 6 it needs at least 18 (3 × the draw), or two attempts learn the bank' },
      ]);
    });
  });

  describe('key positions', () => {
    it('should refuse a position holding more than 40% of the keys of single questions', () => {
      // attt01-q05 and attt01-q09 get their key at option a, like attt01-q04 and attt01-q08: 4 of 8.
      expect(questionsAfter(/correct: \[b\]/g, 'correct: [a]')).toEqual([
        at(1, 'the key of 4 of 8 single questions is their option number 1 (50%): spread keys so that no position holds more than 40%'),
      ]);
    });

    it('should accept a position holding 3 of 8 keys (38%)', () => {
      expect(questionsAfter('correct: [b]', 'correct: [a]')).toEqual([]);
    });

    it('should not count the keys of multiple questions', () => {
      // 3 of 8 single keys at option a; with the two multiple questions it would be 5 of 10.
      expect(questionsAfter('correct: [b]', 'correct: [a]', [/correct: \[a, c\]/g, 'correct: [a]'])).toEqual([]);
    });
  });

  describe('longest key', () => {
    it('should refuse a key that is the longest option in more than 30% of single questions', () => {
      const problems = questionsAfter('c: "Dùng phần mềm quản lý mật khẩu đáng tin cậy."', 'c: "Dùng phần mềm quản lý mật khẩu uy tín, an toàn."', [
        'b: "Có người đã biết mật khẩu, cần đổi ngay."',
        'b: "Có người đã biết mật khẩu, cần đổi mật khẩu ngay."',
      ]);
      expect(problems).toEqual([at(1, 'the key is the longest option in 3 of 8 single questions (38%): at most 30%, or "pick the longest" passes without reading')]);
    });

    it('should accept a key that is the longest option in 2 of 8 single questions (25%)', () => {
      expect(questionsAfter('c: "Dùng phần mềm quản lý mật khẩu đáng tin cậy."', 'c: "Dùng phần mềm quản lý mật khẩu uy tín, an toàn."')).toEqual([]);
    });

    it('should count a key tied with another option for the longest as the longest', () => {
      const tied = 'Khóa màn hình, cần nhập mật khẩu thì mới mở được.';
      expect(visibleLength(tied)).toBe(visibleLength('Nhờ đồng nghiệp ngồi bàn bên cạnh trông máy giúp.'));
      const problems = questionsAfter('c: "Dùng phần mềm quản lý mật khẩu đáng tin cậy."', 'c: "Dùng phần mềm quản lý mật khẩu uy tín, an toàn."', [
        'd: "Khóa màn hình, phải nhập mật khẩu mới mở được."',
        `d: "${tied}"`,
      ]);
      expect(problems).toEqual([at(1, 'the key is the longest option in 3 of 8 single questions (38%): at most 30%, or "pick the longest" passes without reading')]);
    });
  });

  describe('option length spread', () => {
    it('should refuse options of one question whose longest is more than 2 × the shortest, on the line of its options', () => {
      expect(questionsAfter('b: "Bấm vào link và nhập mật khẩu để xác thực tài khoản."', 'b: "Bấm vào link."')).toEqual([
        at(47, 'question "attt01-q04": options differ too much in length (13 to 57 characters): the longest may be at most 2 × the shortest'),
      ]);
    });

    it('should judge multiple questions too', () => {
      expect(questionsAfter('b: "Có bản tin định kỳ của cơ quan gửi đến."', 'b: "Bản tin."')).toEqual([
        at(165, 'question "attt01-q12": options differ too much in length (8 to 41 characters): the longest may be at most 2 × the shortest'),
      ]);
    });

    it(`should accept any spread when no option is over ${ITEM_LIMITS.shortOptionLength} characters`, () => {
      expect(questionsAfter('a: "12345678"', 'a: "1234"')).toEqual([]);
    });

    it('should count characters as a reader sees them, whatever the Unicode form in memory', () => {
      expect(visibleLength('Mật khẩu'.normalize('NFD'))).toBe(8);
      expect(visibleLength('  Mật khẩu\n')).toBe(8);
    });
  });

  describe('true/false balance', () => {
    it.each([
      ['mostly false', FALSE_STATEMENTS, '1 of 4 true_false statements are true (25%): keep between 40% and 60%, or answering always "Sai" pays'],
      ['mostly true', TRUE_STATEMENTS, '3 of 4 true_false statements are true (75%): keep between 40% and 60%, or answering always "Đúng" pays'],
    ])('should refuse true_false keys that are %s', (_case, appended, message) => {
      expect(questionsAfter(/\n*$/, `\n${appended}`)).toEqual([at(1, message)]);
    });

    it('should accept 2 true of 4 statements', () => {
      const appended = statement('attt01-q13', 'Mỗi tài khoản nên có một mật khẩu riêng.', 'dung') + statement('attt01-q14', 'Chỉ cần đổi mật khẩu khi bộ phận công nghệ thông tin yêu cầu.', 'sai');
      expect(questionsAfter(/\n*$/, `\n${appended}`)).toEqual([]);
    });

    it('should not judge the balance of fewer than 4 statements', () => {
      // 1 of 3 true (33%): too few statements for a share to mean anything.
      expect(questionsAfter(/\n*$/, `\n${statement('attt01-q13', 'Mật khẩu đã dùng ở cơ quan cũ có thể dùng lại cho tài khoản mới.', 'sai')}`)).toEqual([]);
    });
  });

  describe('same stems', () => {
    it('should refuse a question whose stem copies an earlier one, on the line of its text', () => {
      expect(
        questionsAfter(
          'text: "Chị Hoa phải mở thư công vụ trên máy tính dùng chung ở hội nghị. Xong việc, chị nên làm gì?"',
          'text: "Anh Nam nhận được email báo tài khoản công vụ sắp bị khóa, kèm đường link yêu cầu nhập mật khẩu. Anh nên làm gì?"',
        ),
      ).toEqual([at(60, 'question "attt01-q05": has the same stem as question "attt01-q04": test another point')]);
    });

    it.each([
      ['other punctuation and capitals', 'ĐƯỢC đọc mật khẩu cho đồng nghiệp qua điện thoại, nếu đang bận!'],
      ['one word changed', 'Được đọc mật khẩu cho đồng nghiệp qua điện thoại khi đang bận.'],
      ['a negation', 'Không được đọc mật khẩu cho đồng nghiệp qua điện thoại nếu đang bận.'],
    ])('should refuse a near-duplicate stem with %s', (_case, text) => {
      expect(questionsAfter('text: "Mật khẩu ghép từ nhiều từ, đủ dài, có thể vừa dễ nhớ vừa khó đoán."', `text: "${text}"`)).toEqual([
        at(150, 'question "attt01-q11": has the same stem as question "attt01-q03": test another point'),
      ]);
    });

    it('should accept a stem that shares only some words with another', () => {
      expect(questionsAfter('text: "Mật khẩu ghép từ nhiều từ, đủ dài, có thể vừa dễ nhớ vừa khó đoán."', 'text: "Được đọc mật khẩu cho người thân qua điện thoại nếu họ cần."')).toEqual([]);
    });
  });

  describe('"all of the above" options', () => {
    const message = (question: string, option: string) =>
      `question "${question}": option "${option}" refers to other options ("all of the above" and the like): write an option that stands on its own`;

    it.each([
      'Tất cả các đáp án trên.',
      'TẤT CẢ CÁC ĐÁP ÁN TRÊN',
      'Tất cả các phương án nêu trên đều đúng.',
      'Các câu trả lời trên đều đúng.',
      'Cả ba phương án trên đều là dấu hiệu.',
      'Mọi lựa chọn ở trên đều đúng.',
      'Cả a, b và c đều đúng.',
      'Không có phương án nào đúng.',
    ])('should refuse "%s"', (text) => {
      expect(questionsAfter('d: "Máy nhắc cập nhật phần mềm hệ điều hành."', `d: "${text}"`)).toEqual([at(165, message('attt01-q12', 'd'))]);
    });

    it.each(['Tất cả đều đúng.', 'Cả a và c.', 'A và C đều đúng.', 'Không có đáp án nào.'])('should refuse the short "%s"', (text) => {
      expect(questionsAfter('b: "ngaysinh1990"', `b: "${text}"`)).toEqual([at(6, message('attt01-q01', 'b'))]);
    });

    it.each(['Dùng chung một mật khẩu cho tất cả tài khoản.', 'Cả hai người đều phải đổi mật khẩu.'])('should accept "%s", which stands on its own', (text) => {
      expect(questionsAfter('d: "Máy nhắc cập nhật phần mềm hệ điều hành."', `d: "${text}"`)).toEqual([]);
    });
  });

  it('should judge item quality only once every question is well formed', () => {
    expect(questionsAfter(/correct: \[b\]/g, 'correct: [a]', ['correct: [c]', 'correct: [e]'])).toEqual([at(9, 'question "attt01-q01": correct option "e" is not one of its options (a, b, c)')]);
  });
});
