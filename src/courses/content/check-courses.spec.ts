import { join } from 'node:path';
import { CourseFixtures } from '../../../test/fixtures/courses/course-fixture';
import { checkCourses } from './check-courses';

const fixtures = new CourseFixtures();
afterAll(() => fixtures.removeAll());

function run(root: string): { code: number; out: string; errors: string } {
  let out = '';
  let errors = '';
  const code = checkCourses(root, { write: (text: string) => (out += text) }, { write: (text: string) => (errors += text) });
  return { code, out, errors };
}

describe(checkCourses.name, () => {
  it('should print one line per course and exit 0 when every course is valid', () => {
    const result = run(join(fixtures.copy(), '..'));
    expect(result).toEqual({
      code: 0,
      out: expect.stringMatching(
        /^ATTT-01 \(mat-khau-an-toan\): 2 lessons, 12 questions, hash [0-9a-f]{12}\n {2}best guessing strategy passes within 3 attempts: 3\.11% \(single: a fixed position; true_false: a fixed position; multiple: the shorter half\)\n$/,
      ),
      errors: '',
    });
  });

  it('should print file:line: message per problem on stderr and exit 1', () => {
    const directory = fixtures.copyWith('questions.yaml', 'correct: [c]', 'correct: [d]');
    const result = run(join(directory, '..'));
    expect(result).toEqual({
      code: 1,
      out: '',
      errors: `${join(directory, 'questions.yaml')}:9: question "attt01-q01": correct option "d" is not one of its options (a, b, c)\n`,
    });
  });
});
