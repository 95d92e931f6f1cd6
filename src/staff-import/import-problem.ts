/** One reason a file is refused, tied to the line of the file it comes from (the header is line 1). */
export interface ImportProblem {
  line: number;
  message: string;
}

/** English first for the command line and support, Vietnamese in parentheses for HR. */
export function importProblem(line: number, english: string, vietnamese: string): ImportProblem {
  return { line, message: `${english} (${vietnamese})` };
}

export function formatProblem(problem: ImportProblem): string {
  return `line ${problem.line}: ${problem.message}`;
}

/** In file order; problems of the same line keep the order they were found in. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.line - b.problem.line || a.index - b.index)
    .map(({ problem }) => problem);
}
