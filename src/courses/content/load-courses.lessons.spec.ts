import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CourseFixtures, editFile, relativeProblems } from '../../../test/fixtures/courses/course-fixture';
import { loadCourse } from './load-courses';

const fixtures = new CourseFixtures();
afterAll(() => fixtures.removeAll());

const FIRST = 'lessons/01-dat-mat-khau.md';
const SECOND = 'lessons/02-giu-bi-mat.md';

function problemsAfter(file: string, search: string | RegExp, replacement: string) {
  const directory = fixtures.copyWith(file, search, replacement);
  return relativeProblems(directory, loadCourse(directory).problems);
}

function problemsAfterRenaming(from: string, to: string) {
  const directory = fixtures.copy();
  renameSync(join(directory, from), join(directory, to));
  return relativeProblems(directory, loadCourse(directory).problems);
}

describe('loadCourse: lessons', () => {
  it('should report a missing lessons folder on line 1', () => {
    const directory = fixtures.copy();
    rmSync(join(directory, 'lessons'), { recursive: true });
    expect(relativeProblems(directory, loadCourse(directory).problems)).toEqual([{ file: 'lessons', line: 1, message: 'folder not found: lessons go in lessons/NN-<name>.md' }]);
  });

  it('should require at least one lesson', () => {
    const directory = fixtures.copy();
    rmSync(join(directory, 'lessons'), { recursive: true });
    mkdirSync(join(directory, 'lessons'));
    writeFileSync(join(directory, 'lessons', '.gitkeep'), '');
    expect(relativeProblems(directory, loadCourse(directory).problems)).toEqual([{ file: 'lessons', line: 1, message: 'no lessons: add at least one lessons/NN-<name>.md file' }]);
  });

  it.each([
    ['a one-digit prefix', 'lessons/2-giu-bi-mat.md'],
    ['capital letters', 'lessons/02-Giu-Bi-Mat.md'],
    ['another extension', 'lessons/02-giu-bi-mat.txt'],
  ])('should refuse a lesson file name with %s', (_case, renamed) => {
    expect(problemsAfterRenaming(SECOND, renamed)).toEqual([{ file: renamed, line: 1, message: "lesson file name must be NN-<name>.md: two digits, '-', then a-z, 0-9 and '-' (at most 64)" }]);
  });

  it('should refuse two lessons with the same number', () => {
    expect(problemsAfterRenaming(SECOND, 'lessons/01-giu-bi-mat.md')).toEqual([{ file: 'lessons/01-giu-bi-mat.md', line: 1, message: 'lesson number 01 is already used by 01-dat-mat-khau.md' }]);
  });

  it('should require front matter', () => {
    expect(problemsAfter(FIRST, /^---[\s\S]*?---\n/, '')).toEqual([
      { file: FIRST, line: 1, message: 'missing front matter: a lesson must start with a "---" line, then title and sources, then another "---" line' },
    ]);
  });

  it('should report front matter that is not closed', () => {
    expect(problemsAfter(FIRST, '---\n\n## ', '\n## ')).toEqual([{ file: FIRST, line: 1, message: 'front matter is not closed: add a "---" line after title and sources' }]);
  });

  it('should report a YAML syntax error in front matter on its line in the lesson file', () => {
    expect(problemsAfter(FIRST, 'sources:\n', 'title: "Lặp lại"\nsources:\n')).toEqual([{ file: FIRST, line: 3, message: 'YAML syntax: Map keys must be unique (a field is written twice)' }]);
  });

  it('should require a title', () => {
    expect(problemsAfter(FIRST, /title: .*\n/, '')).toEqual([{ file: FIRST, line: 2, message: 'front matter is missing required field "title"' }]);
  });

  it('should require at least one source', () => {
    expect(problemsAfter(FIRST, /sources:\n[\s\S]*?---/, 'sources: []\n---')).toEqual([{ file: FIRST, line: 3, message: 'sources must list at least one source' }]);
  });

  it('should refuse an unknown front matter field', () => {
    expect(problemsAfter(FIRST, 'sources:\n', 'tags: [mat-khau]\nsources:\n')).toEqual([{ file: FIRST, line: 3, message: 'front matter has unknown field "tags" (allowed: title, sources)' }]);
  });

  it('should refuse a citation without a part', () => {
    expect(problemsAfter(SECOND, '    part: "Điều 16"\n', '')).toEqual([{ file: SECOND, line: 6, message: 'sources[1] is missing required field "part"' }]);
  });

  it('should refuse a ref that is not a key', () => {
    expect(problemsAfter(FIRST, 'ref: ct-01-2024', 'ref: CT 01')).toEqual([{ file: FIRST, line: 4, message: `sources[0].ref must use only a-z, 0-9 and '-', found "CT 01"` }]);
  });

  it('should refuse a ref that course.yaml does not list', () => {
    expect(problemsAfter(SECOND, 'ref: luat-attt-2015', 'ref: luat-attt-2016')).toEqual([
      { file: SECOND, line: 6, message: 'sources[1].ref "luat-attt-2016" is not listed in course.yaml sources (ct-01-2024, luat-attt-2015)' },
    ]);
  });

  it('should refuse an empty body', () => {
    expect(problemsAfter(SECOND, /---\n\n[\s\S]*$/, '---\n\n  \n')).toEqual([{ file: SECOND, line: 8, message: 'lesson body is empty: write the lesson in Markdown after the closing "---"' }]);
  });

  it('should report a raw HTML block on its line', () => {
    expect(problemsAfter(FIRST, '- Không dùng ngày sinh.', '<div class="note">\nGhi chú\n</div>\n\n- Không dùng ngày sinh.')).toEqual([
      { file: FIRST, line: 12, message: 'raw HTML is not allowed in lessons (it is shown as plain text): <div class="note">' },
    ]);
  });

  it('should report each inline HTML tag on its line within a paragraph', () => {
    expect(problemsAfter(SECOND, 'thoại, không ghi lên giấy dán', 'thoại,\nkhông ghi lên <b>giấy</b> dán')).toEqual([
      { file: SECOND, line: 11, message: 'raw HTML is not allowed in lessons (it is shown as plain text): <b>' },
      { file: SECOND, line: 11, message: 'raw HTML is not allowed in lessons (it is shown as plain text): </b>' },
    ]);
  });

  it('should accept tags inside code, which Markdown shows as written', () => {
    expect(problemsAfter(SECOND, 'màn hình.', 'màn hình, kể cả trong thẻ `<title>`.\n\n```\n<br>\n```')).toEqual([]);
  });

  it('should refuse a top-level heading, since the title is the page heading', () => {
    expect(problemsAfter(FIRST, '## Mật khẩu mạnh là gì?', '# Mật khẩu mạnh là gì?')).toEqual([
      { file: FIRST, line: 8, message: 'use "##" or lower for headings: the lesson title is already the page heading' },
    ]);
  });

  it('should report the first line that is not NFC', () => {
    expect(problemsAfter(SECOND, 'Ai hỏi', 'Ai hỏi'.normalize('NFD'))).toEqual([
      { file: SECOND, line: 12, message: 'text is not in Unicode NFC (composed) form from this line on: convert the file to NFC' },
    ]);
  });

  it('should report problems in several lessons at once', () => {
    const directory = fixtures.copyWith(FIRST, /title: .*\n/, '');
    editFile(directory, SECOND, 'ref: luat-attt-2015', 'ref: luat');
    expect(relativeProblems(directory, loadCourse(directory).problems).map((problem) => `${problem.file}:${problem.line}`)).toEqual([`${FIRST}:2`, `${SECOND}:6`]);
  });
});
