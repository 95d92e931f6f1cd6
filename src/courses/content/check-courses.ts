import { bestGuessingOdds } from './guessing-odds';
import { formatProblem, loadCourses } from './load-courses';

export interface Output {
  write(text: string): unknown;
}

/** What `courses:check` prints: one line per valid course on `out`, one per problem on `errors`; returns the exit code. */
export function checkCourses(root: string, out: Output, errors: Output): number {
  const { courses, problems } = loadCourses(root);
  for (const course of courses) {
    const odds = bestGuessingOdds(course);
    out.write(`${course.code} (${course.slug}): ${course.lessons.length} lessons, ${course.questions.length} questions, hash ${course.contentHash.slice(0, 12)}\n`);
    out.write(`  best guessing strategy passes within ${odds.attempts} attempts: ${(100 * odds.withinAttempts).toFixed(2)}% (${odds.strategy})\n`);
  }
  for (const problem of problems) errors.write(`${formatProblem(problem)}\n`);
  return problems.length === 0 ? 0 : 1;
}
