import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CourseFixtures, editFile, VALID_COURSE } from '../../../test/fixtures/courses/course-fixture';
import { formatProblem, loadCourse, loadCourses } from './load-courses';

const REAL_COURSES = join(__dirname, '../../../courses');

const fixtures = new CourseFixtures();
afterAll(() => fixtures.removeAll());

describe('loadCourse', () => {
  it('should load a valid course with no problems', () => {
    const { course, problems } = loadCourse(VALID_COURSE);
    expect(problems).toEqual([]);
    expect(course).toMatchObject({ slug: 'mat-khau-an-toan', code: 'ATTT-01', title: 'Mật khẩu an toàn', passScore: 80, questionsPerAttempt: 4, maxAttempts: 3 });
    expect(course?.sources.map((source) => source.id)).toEqual(['ct-01-2024', 'luat-attt-2015']);
    expect(course?.lessons.map((lesson) => [lesson.position, lesson.slug, lesson.title])).toEqual([
      [1, 'dat-mat-khau', 'Đặt mật khẩu đủ mạnh'],
      [2, 'giu-bi-mat', 'Giữ bí mật mật khẩu'],
    ]);
    expect(course?.questions.map((question) => question.id)).toEqual([
      'attt01-q01',
      'attt01-q02',
      'attt01-q03',
      'attt01-q04',
      'attt01-q05',
      'attt01-q06',
      'attt01-q07',
      'attt01-q08',
      'attt01-q09',
      'attt01-q10',
      'attt01-q11',
      'attt01-q12',
    ]);
  });

  it('should keep options in the written order and the citations of lessons and questions', () => {
    const course = loadCourse(VALID_COURSE).course;
    expect(course?.questions[2]).toEqual({
      id: 'attt01-q03',
      type: 'true_false',
      text: 'Được đọc mật khẩu cho đồng nghiệp qua điện thoại nếu đang bận.',
      options: [
        { id: 'dung', text: 'Đúng' },
        { id: 'sai', text: 'Sai' },
      ],
      correct: ['sai'],
      explanation: 'Sai. Mật khẩu chỉ người dùng biết; không đọc qua điện thoại cho bất kỳ ai.',
      rule: 'Mật khẩu là bí mật của riêng người dùng.',
      source: { ref: 'luat-attt-2015', part: 'Điều 16' },
    });
    expect(course?.lessons[1].sources).toEqual([
      { ref: 'ct-01-2024', part: 'Mục 3 (bảo mật tài khoản)' },
      { ref: 'luat-attt-2015', part: 'Điều 16' },
    ]);
  });

  it('should keep the lesson body without front matter, trimmed', () => {
    const body = loadCourse(VALID_COURSE).course?.lessons[1].body;
    expect(body).toBe('Không đọc mật khẩu qua điện thoại, không ghi lên giấy dán ở màn hình.\n\n> Ai hỏi mật khẩu của anh, chị đều là người đáng ngờ.');
  });

  it('should return no course when there is a problem', () => {
    const directory = fixtures.copyWith('course.yaml', 'passScore: 80', 'passScore: 0');
    expect(loadCourse(directory).course).toBeUndefined();
  });

  it('should read files with Windows line endings and a byte order mark', () => {
    const directory = fixtures.copy();
    for (const file of ['course.yaml', 'questions.yaml', 'lessons/01-dat-mat-khau.md']) editFile(directory, file, /^/, '\uFEFF');
    for (const file of ['course.yaml', 'questions.yaml', 'lessons/02-giu-bi-mat.md']) editFile(directory, file, /\n/g, '\r\n');
    const { course, problems } = loadCourse(directory);
    expect(problems).toEqual([]);
    expect(course?.contentHash).toBe(loadCourse(VALID_COURSE).course?.contentHash);
  });
});

describe('contentHash', () => {
  const hashOf = (directory: string) => loadCourse(directory).course?.contentHash;

  it('should be the SHA-256 hex of the content', () => {
    expect(hashOf(VALID_COURSE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should be the same for identical content in different folders, whatever the folder name', () => {
    expect(hashOf(fixtures.copy())).toBe(hashOf(VALID_COURSE));
    expect(hashOf(fixtures.copy('mat-khau-ban-sao'))).toBe(hashOf(VALID_COURSE));
  });

  it.each([
    ['one character of a lesson body', 'lessons/02-giu-bi-mat.md', 'màn hình.', 'màn hình!'],
    ['a question text', 'questions.yaml', 'mạnh nhất?', 'mạnh nhất ?'],
    ['the order of options', 'questions.yaml', '      dung: "Đúng"\n      sai: "Sai"', '      sai: "Sai"\n      dung: "Đúng"'],
    ['a setting', 'course.yaml', 'validityMonths: 24', 'validityMonths: 12'],
    ['a citation part', 'lessons/01-dat-mat-khau.md', 'Mục 2 (quản lý tài khoản)', 'Mục 2'],
  ])('should change with %s', (_case, file, search, replacement) => {
    expect(hashOf(fixtures.copyWith(file, search, replacement))).not.toBe(hashOf(VALID_COURSE));
  });

  it('should change when a lesson file is renamed', () => {
    const directory = fixtures.copy();
    renameSync(join(directory, 'lessons/02-giu-bi-mat.md'), join(directory, 'lessons/02-giu-kin-mat-khau.md'));
    expect(hashOf(directory)).not.toBe(hashOf(VALID_COURSE));
  });
});

describe('formatProblem', () => {
  it('should print file:line: message', () => {
    expect(formatProblem({ file: 'courses/a/course.yaml', line: 7, message: 'passScore must be at most 100, found 120' })).toBe('courses/a/course.yaml:7: passScore must be at most 100, found 120');
  });
});

describe('loadCourses', () => {
  it('should load every course folder in name order and ignore files beside them', () => {
    const root = join(fixtures.copy('khoa-b'), '..');
    fixtures.copyInto(root, 'khoa-a');
    editFile(join(root, 'khoa-a'), 'course.yaml', 'code: ATTT-01', 'code: ATTT-02');
    writeFileSync(join(root, 'README.md'), '# Khóa học\n');
    mkdirSync(join(root, '.git'));
    const { courses, problems } = loadCourses(root);
    expect(problems).toEqual([]);
    expect(courses.map((course) => [course.slug, course.code])).toEqual([
      ['khoa-a', 'ATTT-02'],
      ['khoa-b', 'ATTT-01'],
    ]);
  });

  it('should refuse a course code used by two folders, keeping the first', () => {
    const root = join(fixtures.copy('khoa-a'), '..');
    fixtures.copyInto(root, 'khoa-b');
    const { courses, problems } = loadCourses(root);
    expect(courses.map((course) => course.slug)).toEqual(['khoa-a']);
    expect(problems).toEqual([{ file: join(root, 'khoa-b/course.yaml'), line: 1, message: `course code "ATTT-01" is already used by ${join(root, 'khoa-a/course.yaml')}` }]);
  });

  it('should return the valid courses beside the problems of the others', () => {
    const root = join(fixtures.copy('khoa-a'), '..');
    fixtures.copyInto(root, 'khoa-b');
    editFile(join(root, 'khoa-b'), 'course.yaml', 'code: ATTT-01\n', '');
    const { courses, problems } = loadCourses(root);
    expect(courses.map((course) => course.slug)).toEqual(['khoa-a']);
    expect(problems.map(formatProblem)).toEqual([`${join(root, 'khoa-b/course.yaml')}:1: course.yaml is missing required field "code"`]);
  });

  it('should refuse a folder name that cannot be a slug', () => {
    const directory = fixtures.copy('Khoa_Hoc');
    expect(loadCourses(join(directory, '..')).problems).toEqual([
      { file: directory, line: 1, message: "course folder name must be at most 64 characters from a-z, 0-9 and '-' (it is the course slug)" },
    ]);
  });

  it('should report a missing root folder and a root without courses', () => {
    const root = join(fixtures.copy(), '..', 'nothing-here');
    expect(loadCourses(root).problems).toEqual([{ file: root, line: 1, message: 'folder not found' }]);
    mkdirSync(root);
    expect(loadCourses(root).problems).toEqual([{ file: root, line: 1, message: 'no course folders found' }]);
  });

  it('should build file paths from the root it is given, so a relative root gives relative paths', () => {
    const directory = fixtures.copyWith('course.yaml', 'passScore: 80', 'passScore: 120');
    const relativeRoot = relative(process.cwd(), join(directory, '..'));
    expect(loadCourses(relativeRoot).problems.map(formatProblem)).toEqual([join(relativeRoot, 'mat-khau-an-toan', 'course.yaml') + ':15: passScore must be at most 100, found 120']);
  });

  it('should load every real course in courses/ without a problem', () => {
    const folders = readdirSync(REAL_COURSES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const { courses, problems } = loadCourses(REAL_COURSES);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(courses).toHaveLength(folders.length);
    for (const course of courses) expect(course.questions.length).toBeGreaterThan(course.questionsPerAttempt);
  });
});
