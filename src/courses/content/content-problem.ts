import { ContentProblem } from './course-content';

/** The `file:line: message` form that `courses:check` prints and editors can jump to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** A problem about a whole file or folder (missing, misnamed), reported on its first line. */
export function fileProblem(file: string, message: string): ContentProblem {
  return { file, line: 1, message };
}
