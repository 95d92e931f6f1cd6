import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CourseFixtures, relativeProblems } from '../../../test/fixtures/courses/course-fixture';
import { loadCourse } from './load-courses';

const fixtures = new CourseFixtures();
afterAll(() => fixtures.removeAll());

function problemsAfter(search: string | RegExp, replacement: string) {
  const directory = fixtures.copyWith('course.yaml', search, replacement);
  return relativeProblems(directory, loadCourse(directory).problems);
}

const ALLOWED_FIELDS = 'code, title, summary, sources, passScore, questionsPerAttempt, maxAttempts, timeLimitMinutes, validityMonths, review';

describe('loadCourse: course.yaml', () => {
  it('should report a missing course.yaml on line 1', () => {
    const directory = fixtures.copy();
    rmSync(join(directory, 'course.yaml'));
    expect(relativeProblems(directory, loadCourse(directory).problems)).toEqual([{ file: 'course.yaml', line: 1, message: 'file not found (the course format is in courses/README.md)' }]);
  });

  it('should report an empty course.yaml', () => {
    const directory = fixtures.copy();
    writeFileSync(join(directory, 'course.yaml'), '');
    expect(relativeProblems(directory, loadCourse(directory).problems)).toEqual([{ file: 'course.yaml', line: 1, message: 'course.yaml must be a mapping of fields, found nothing' }]);
  });

  it('should report a YAML syntax error on its line', () => {
    expect(problemsAfter('maxAttempts: 3\n', 'maxAttempts: 3\nmaxAttempts: 4\n')).toEqual([
      { file: 'course.yaml', line: 18, message: 'YAML syntax: Map keys must be unique (a field is written twice)' },
    ]);
  });

  it('should report an alias to an unknown anchor on its line', () => {
    expect(problemsAfter('maxAttempts: 3', 'maxAttempts: *attempts')).toEqual([
      { file: 'course.yaml', line: 17, message: 'YAML syntax: Unresolved alias (the anchor must be set before the alias): attempts' },
    ]);
  });

  it('should name an unknown field and list the allowed ones', () => {
    expect(problemsAfter('validityMonths: 24\n', 'validityMonths: 24\npassscore: 80\n')).toEqual([
      { file: 'course.yaml', line: 20, message: `course.yaml has unknown field "passscore" (allowed: ${ALLOWED_FIELDS})` },
    ]);
  });

  it('should report a missing required field', () => {
    expect(problemsAfter(/summary: .*\n/, '')).toEqual([{ file: 'course.yaml', line: 1, message: 'course.yaml is missing required field "summary"' }]);
  });

  it('should name a source by its id when one of its fields is missing', () => {
    expect(problemsAfter('    issuer: "Quốc hội"\n', '')).toEqual([{ file: 'course.yaml', line: 10, message: 'source "luat-attt-2015" is missing required field "issuer"' }]);
  });

  it.each([
    ['a pass score of 0', 'passScore: 80', 'passScore: 0', 15, 'passScore must be at least 1, found 0'],
    ['a pass score over 100', 'passScore: 80', 'passScore: 101', 15, 'passScore must be at most 100, found 101'],
    ['no question per attempt', 'questionsPerAttempt: 4', 'questionsPerAttempt: 0', 16, 'questionsPerAttempt must be at least 1, found 0'],
    ['negative attempts', 'maxAttempts: 3', 'maxAttempts: -1', 17, 'maxAttempts must be at least 0, found -1'],
    ['a negative time limit', 'timeLimitMinutes: 15', 'timeLimitMinutes: -5', 18, 'timeLimitMinutes must be at least 0, found -5'],
    ['a negative validity', 'validityMonths: 24', 'validityMonths: -1', 19, 'validityMonths must be at least 0, found -1'],
    ['a fractional pass score', 'passScore: 80', 'passScore: 80.5', 15, 'passScore must be a whole number, found the number 80.5'],
    ['a pass score in text', 'passScore: 80', 'passScore: "80%"', 15, 'passScore must be a whole number, found text "80%"'],
    ['an empty setting', 'maxAttempts: 3', 'maxAttempts:', 17, 'maxAttempts must be a whole number, found nothing'],
  ])('should refuse %s', (_case, search, replacement, line, message) => {
    expect(problemsAfter(search, replacement)).toEqual([{ file: 'course.yaml', line, message }]);
  });

  it.each([
    ['a lowercase code', 'code: ATTT-01', 'code: attt-01', 1, `code must be 2 to 32 characters from A-Z, 0-9 and '-', found "attt-01"`],
    ['a 33-character code', 'code: ATTT-01', `code: ${'A'.repeat(33)}`, 1, `code must be 2 to 32 characters from A-Z, 0-9 and '-', found "${'A'.repeat(33)}"`],
    ['a source id with "_"', 'id: ct-01-2024', 'id: CT_01', 5, `source "CT_01": id must use only a-z, 0-9 and '-', found "CT_01"`],
    [
      'a date that is not ISO',
      'date: "2024-03-15"',
      'date: "15/03/2024"',
      8,
      'source "ct-01-2024": date must be an ISO date such as "2021-08-27", or "2024-07" or "2023" when the day is unknown, found "15/03/2024"',
    ],
    ['an unquoted year', 'date: "2024-03-15"', 'date: 2024', 8, 'source "ct-01-2024": date must be text, found the number 2024'],
    ['a blank title', 'title: "Mật khẩu an toàn"', 'title: "  "', 2, 'title must not be empty'],
    ['a title over 255 characters', 'title: "Mật khẩu an toàn"', `title: "${'x'.repeat(256)}"`, 2, 'title must be at most 255 characters long, found 256'],
  ])('should refuse %s', (_case, search, replacement, line, message) => {
    expect(problemsAfter(search, replacement)).toEqual([{ file: 'course.yaml', line, message }]);
  });

  it('should require at least one source', () => {
    expect(problemsAfter(/sources:\n[\s\S]*?passScore/, 'sources: []\npassScore')).toEqual([{ file: 'course.yaml', line: 4, message: 'sources must list at least one source' }]);
  });

  it('should report a repeated source id, and the citations that no longer resolve', () => {
    expect(problemsAfter('id: luat-attt-2015', 'id: ct-01-2024')).toEqual([
      { file: 'course.yaml', line: 10, message: 'source id "ct-01-2024" is already used on line 5' },
      { file: 'lessons/02-giu-bi-mat.md', line: 6, message: 'sources[1].ref "luat-attt-2015" is not listed in course.yaml sources (ct-01-2024)' },
      { file: 'questions.yaml', line: 40, message: 'question "attt01-q03": source.ref "luat-attt-2015" is not listed in course.yaml sources (ct-01-2024)' },
    ]);
  });

  it('should require a bank of at least 3 × questionsPerAttempt', () => {
    expect(problemsAfter('questionsPerAttempt: 4', 'questionsPerAttempt: 5')).toEqual([
      { file: 'course.yaml', line: 16, message: 'questions.yaml holds 12 questions: with questionsPerAttempt 5 it needs at least 15 (3 × the draw), or two attempts learn the bank' },
    ]);
  });

  it('should report the first line that is not UTF-8', () => {
    const directory = fixtures.copy();
    const text = readFileSync(join(directory, 'course.yaml'));
    writeFileSync(join(directory, 'course.yaml'), Buffer.concat([text, Buffer.from('# '), Buffer.from([0xd0, 0xe8]), Buffer.from('\n')]));
    expect(relativeProblems(directory, loadCourse(directory).problems)).toEqual([{ file: 'course.yaml', line: 20, message: 'text is not valid UTF-8 from this line on: save the file as UTF-8' }]);
  });

  it('should report the first line that is not NFC', () => {
    expect(problemsAfter('number: "01/CT-UBND"', 'number: "01/CT-UBND"'.normalize('NFC') + `\n    # ${'Ủy ban'.normalize('NFD')}`)).toEqual([
      { file: 'course.yaml', line: 8, message: 'text is not in Unicode NFC (composed) form from this line on: convert the file to NFC' },
    ]);
  });
});
