import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CourseFixtures, relativeProblems } from '../../../test/fixtures/courses/course-fixture';
import { loadCourse } from './load-courses';

const fixtures = new CourseFixtures();
afterAll(() => fixtures.removeAll());

function problemsAfter(search: string | RegExp, replacement: string) {
  const directory = fixtures.copyWith('questions.yaml', search, replacement);
  return relativeProblems(directory, loadCourse(directory).problems);
}

const at = (line: number, message: string) => ({ file: 'questions.yaml', line, message });

describe('loadCourse: questions.yaml', () => {
  it('should report a missing questions.yaml on line 1', () => {
    const directory = fixtures.copy();
    rmSync(join(directory, 'questions.yaml'));
    expect(relativeProblems(directory, loadCourse(directory).problems)).toEqual([at(1, 'file not found (the course format is in courses/README.md)')]);
  });

  it('should report a YAML syntax error on its line', () => {
    expect(problemsAfter('text: "Mật khẩu nào mạnh nhất?"', 'text: Mật khẩu: nào mạnh nhất?')).toEqual([
      at(4, 'YAML syntax: Nested mappings are not allowed in compact mappings (put text that contains ": " in quotes)'),
    ]);
  });

  it('should require at least one question', () => {
    expect(problemsAfter(/questions:\n[\s\S]*$/, 'questions: []\n')).toEqual([at(1, 'questions must list at least one question')]);
  });

  it('should name a question by its id when a field is unknown', () => {
    expect(problemsAfter('    correct: [c]\n', '    correct: [c]\n    hint: "Dài nhất"\n')).toEqual([
      at(10, 'question "attt01-q01" has unknown field "hint" (allowed: id, type, text, options, correct, explanation, rule, source)'),
    ]);
  });

  it('should report a missing field on the line where the question starts', () => {
    expect(problemsAfter(/ {4}explanation: "Xác thực.*\n/, '')).toEqual([at(16, 'question "attt01-q02" is missing required field "explanation"')]);
  });

  it('should name a question by its index when it has no id', () => {
    expect(problemsAfter('  - id: attt01-q02\n    type: multiple', '  - type: multiple')).toEqual([at(16, 'questions[1] is missing required field "id"')]);
  });

  it.each([
    ['an id with capitals', 'id: attt01-q01', 'id: Q01', 2, `question "Q01": id must use only a-z, 0-9 and '-', found "Q01"`],
    ['an unknown type', 'type: single', 'type: one', 3, 'question "attt01-q01": type must be one of single, multiple, true_false, found "one"'],
    ['an empty option text', 'a: "12345678"', 'a: ""', 6, 'question "attt01-q01": options.a must not be empty'],
    ['an option id that is not a key', 'c: "Tr@ng', 'C: "Tr@ng', 8, `question "attt01-q01": options has an invalid key "C": it must start with a letter and use only a-z, 0-9 and '-'`],
    ['a single option', / {6}b: "ngaysinh1990"\n {6}c: .*\n/, '', 6, 'question "attt01-q01": options must list at least 2 options'],
    ['an empty correct list', 'correct: [a, c]', 'correct: []', 23, 'question "attt01-q02": correct must list at least one option'],
    ['an option listed twice as correct', 'correct: [a, c]', 'correct: [a, a]', 23, 'question "attt01-q02": correct lists "a" more than once'],
    ['a source without a part', / {6}part: "Điều 16"\n/, '', 39, 'question "attt01-q03": source is missing required field "part"'],
  ])('should refuse %s', (_case, search, replacement, line, message) => {
    expect(problemsAfter(search, replacement)).toEqual([at(line, message)]);
  });

  it('should refuse a question id used twice', () => {
    expect(problemsAfter('id: attt01-q02', 'id: attt01-q01')).toEqual([at(16, 'question id "attt01-q01" is already used on line 2')]);
  });

  it('should require exactly one correct option for a single question', () => {
    expect(problemsAfter('correct: [c]', 'correct: [b, c]')).toEqual([at(9, 'question "attt01-q01": a single question must have exactly one correct option, found 2')]);
  });

  it('should require exactly one correct option for a true_false question', () => {
    expect(problemsAfter('correct: [sai]', 'correct: [dung, sai]')).toEqual([at(36, 'question "attt01-q03": a true_false question must have exactly one correct option, found 2')]);
  });

  it('should refuse a correct id that is not an option, on the line of that id', () => {
    expect(problemsAfter('correct: [a, c]', 'correct: [a,\n      d]')).toEqual([at(24, 'question "attt01-q02": correct option "d" is not one of its options (a, b, c)')]);
  });

  it.each([
    ['another text', 'sai: "Sai"', 'sai: "Không đúng"'],
    ['another id', 'sai: "Sai"', 'khong: "Sai"'],
    ['a third option', 'sai: "Sai"', 'sai: "Sai"\n      khac: "Không rõ"'],
  ])('should require true_false options dung: Đúng and sai: Sai, refusing %s', (_case, search, replacement) => {
    const problems = problemsAfter(search, replacement).filter((problem) => problem.message.includes('true_false options'));
    expect(problems).toEqual([at(34, 'question "attt01-q03": true_false options must be exactly dung: "Đúng" and sai: "Sai"')]);
  });

  it('should refuse a source ref that course.yaml does not list', () => {
    expect(problemsAfter('ref: luat-attt-2015', 'ref: luat-2015')).toEqual([at(40, 'question "attt01-q03": source.ref "luat-2015" is not listed in course.yaml sources (ct-01-2024, luat-attt-2015)')]);
  });

  it('should report the first line that is not NFC', () => {
    expect(problemsAfter('text: "Mật khẩu nào', `text: "${'Mật khẩu'.normalize('NFD')} nào`)).toEqual([at(4, 'text is not in Unicode NFC (composed) form from this line on: convert the file to NFC')]);
  });
});
