/** A lesson file cut into its YAML front matter and its Markdown body, with the line where each starts. */
export interface LessonParts {
  frontMatter: string;
  body: string;
  /** Line of the file where the body starts, counting from 1. */
  bodyLine: number;
}

export type FrontMatterSplit = { parts: LessonParts } | { problem: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  // Lines are rejoined with \n: a file saved with Windows line endings has the same content.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0])) return { problem: 'missing front matter: a lesson must start with a "---" line, then title and sources, then another "---" line' };
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing < 0) return { problem: 'front matter is not closed: add a "---" line after title and sources' };
  return {
    parts: {
      frontMatter: lines.slice(1, closing).join('\n'),
      body: lines.slice(closing + 1).join('\n'),
      bodyLine: closing + 2,
    },
  };
}
