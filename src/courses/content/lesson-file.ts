import { readFileSync } from 'node:fs';
import { CitationAt } from './citation-checks';
import { fileProblem } from './content-problem';
import { validateFrontMatter } from './content-schemas';
import { ContentProblem, LessonContent } from './course-content';
import { LessonParts, splitFrontMatter } from './front-matter';
import { checkSchema } from './schema-problems';
import { textFileProblems, markdownProblems, toNfc } from './text-checks';
import { YamlFile } from './yaml-file';

/** A lesson whose front matter is valid, with what the cross-file checks need to point at lines. */
export interface LoadedLesson {
  content: LessonContent;
  frontMatter: YamlFile;
  citations: CitationAt[];
}

/** Reads one `lessons/NN-name.md`; `lesson` is absent when its front matter is unusable. */
export function readLessonFile(file: string, position: number, slug: string): { lesson?: LoadedLesson; problems: ContentProblem[] } {
  const text = readFileSync(file, 'utf8');
  const split = splitFrontMatter(text);
  if ('problem' in split) return { problems: [...textFileProblems(file, text), fileProblem(file, split.problem)] };
  const frontMatter = new YamlFile(file, split.parts.frontMatter, 2);
  const schema = frontMatter.problems.length ? { problems: [] } : checkSchema(frontMatter, validateFrontMatter, 'front matter');
  const problems = [...textFileProblems(file, text), ...frontMatter.problems, ...schema.problems, ...bodyProblems(file, split.parts)];
  if (!schema.value) return { problems };
  const { title, sources } = toNfc(schema.value);
  const citations = sources.map((citation, index) => ({ citation, path: ['sources', String(index)] }));
  const content = { position, slug, title, sources, body: split.parts.body.trim().normalize('NFC') };
  return { lesson: { content, frontMatter, citations }, problems };
}

function bodyProblems(file: string, parts: LessonParts): ContentProblem[] {
  if (parts.body.trim() === '') return [{ file, line: parts.bodyLine - 1, message: 'lesson body is empty: write the lesson in Markdown after the closing "---"' }];
  return markdownProblems(file, parts.body, parts.bodyLine);
}
