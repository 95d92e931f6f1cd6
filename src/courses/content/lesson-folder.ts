import { Dirent, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileProblem } from './content-problem';
import { ContentProblem } from './course-content';
import { LoadedLesson, readLessonFile } from './lesson-file';

// The slug part is stored in a varchar(64) column (lesson.entity.ts).
const LESSON_FILE_NAME = /^(\d{2})-([a-z0-9-]{1,64})\.md$/;

/** Reads `lessons/` in the order of the NN- prefix; positions count 1, 2, 3… in that order. */
export function readLessonFolder(courseDirectory: string): { lessons: LoadedLesson[]; problems: ContentProblem[] } {
  const folder = join(courseDirectory, 'lessons');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { lessons: [], problems: [fileProblem(folder, 'folder not found: lessons go in lessons/NN-<name>.md')] };
  const { names, problems } = lessonFileNames(folder);
  if (names.length === 0) problems.push(fileProblem(folder, 'no lessons: add at least one lessons/NN-<name>.md file'));
  const lessons: LoadedLesson[] = [];
  names.forEach((name, index) => {
    const read = readLessonFile(join(folder, name), index + 1, LESSON_FILE_NAME.exec(name)?.[2] ?? name);
    problems.push(...read.problems);
    if (read.lesson) lessons.push(read.lesson);
  });
  return { lessons, problems };
}

/** Well-named lesson files in prefix order; misnamed files and reused prefixes are problems. */
function lessonFileNames(folder: string): { names: string[]; problems: ContentProblem[] } {
  const files = readdirSync(folder, { withFileTypes: true })
    .filter(isVisibleFile)
    .map((entry) => entry.name)
    .sort();
  const names: string[] = [];
  const problems: ContentProblem[] = [];
  const fileByPrefix = new Map<string, string>();
  for (const name of files) {
    const prefix = LESSON_FILE_NAME.exec(name)?.[1];
    const taken = prefix && fileByPrefix.get(prefix);
    if (!prefix) problems.push(fileProblem(join(folder, name), "lesson file name must be NN-<name>.md: two digits, '-', then a-z, 0-9 and '-' (at most 64)"));
    else if (taken) problems.push(fileProblem(join(folder, name), `lesson number ${prefix} is already used by ${taken}`));
    else {
      names.push(name);
      fileByPrefix.set(prefix, name);
    }
  }
  return { names, problems };
}

function isVisibleFile(entry: Dirent): boolean {
  return entry.isFile() && !entry.name.startsWith('.');
}
