import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { unknownRefProblems } from './citation-checks';
import { contentHash } from './content-hash';
import { CourseFile, QuestionEntry, QuestionsFile } from './content-file-types';
import { fileProblem } from './content-problem';
import { bestGuessingOdds, MAX_GUESSING_PASS_PROBABILITY } from './guessing-odds';
import { validateCourseFile, validateQuestionsFile } from './content-schemas';
import { ContentProblem, CourseContent, DEFAULT_REVIEW_POLICY, LessonContent, QuestionContent } from './course-content';
import { LoadedLesson } from './lesson-file';
import { readLessonFolder } from './lesson-folder';
import { bankSizeProblems, questionProblems, ruleProblems } from './question-checks';
import { ReadYamlFile, readYamlFile } from './read-yaml-file';
import { YamlFile } from './yaml-file';
import { duplicateIdProblems } from './unique-ids';

export { formatProblem } from './content-problem';

export interface LoadedCourse {
  course?: CourseContent;
  problems: ContentProblem[];
}

// The folder name is the course slug, stored in a varchar(64) column (course.entity.ts).
const COURSE_FOLDER_NAME = /^[a-z0-9-]{1,64}$/;

/** Reads and validates `courses/<slug>/`; `course` is present only when there is no problem. */
export function loadCourse(directory: string): LoadedCourse {
  const { course, problems } = readCourseFolder(directory);
  return { course, problems };
}

/** Every course folder under `root`, in name order; valid courses are returned even when others have problems. */
export function loadCourses(root: string): { courses: CourseContent[]; problems: ContentProblem[] } {
  if (!existsSync(root) || !statSync(root).isDirectory()) return { courses: [], problems: [fileProblem(root, 'folder not found')] };
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => readCourseFolder(join(root, name)));
  if (folders.length === 0) return { courses: [], problems: [fileProblem(root, 'no course folders found')] };
  refuseDuplicateCodes(folders);
  return { courses: folders.flatMap((folder) => (folder.course ? [folder.course] : [])), problems: folders.flatMap((folder) => folder.problems) };
}

interface CourseFolder extends LoadedCourse {
  directory: string;
  settings: ReadYamlFile<CourseFile>;
}

function readCourseFolder(directory: string): CourseFolder {
  const settings = readYamlFile(join(directory, 'course.yaml'), validateCourseFile, 'course.yaml');
  const { lessons, problems: lessonProblems } = readLessonFolder(directory);
  const questions = readYamlFile(join(directory, 'questions.yaml'), validateQuestionsFile, 'questions.yaml');
  const problems = [
    ...folderNameProblems(directory),
    ...settings.problems,
    ...(settings.value && settings.yaml ? duplicateIdProblems(settings.yaml, 'sources', settings.value.sources, 'source') : []),
    ...lessonProblems,
    ...questions.problems,
    ...(questions.value && questions.yaml ? questionProblems(questions.yaml, questions.value.questions) : []),
    ...crossFileProblems(settings, lessons, questions),
  ].sort(byFileAndLine);
  const course =
    problems.length === 0 && settings.value && questions.value
      ? buildCourse(
          directory,
          settings.value,
          lessons.map((lesson) => lesson.content),
          questions.value.questions,
        )
      : undefined;
  const guessing = course && questions.yaml ? guessingProblems(questions.yaml, course) : [];
  return { directory, settings, course: guessing.length === 0 ? course : undefined, problems: [...problems, ...guessing] };
}

/** Computed on the built course: the odds depend on the draw, the pass mark and the attempts together. */
function guessingProblems(yaml: YamlFile, course: CourseContent): ContentProblem[] {
  const odds = bestGuessingOdds(course);
  if (odds.withinAttempts < MAX_GUESSING_PASS_PROBABILITY) return [];
  const message = `a learner who reads nothing passes within ${odds.attempts} attempts with probability ${percent(odds.withinAttempts)} (${odds.strategy}): it must stay below ${percent(MAX_GUESSING_PASS_PROBABILITY)}; write options that only reading tells apart`;
  return [{ file: yaml.file, line: yaml.lineOf(['questions'], 'key'), message }];
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

function folderNameProblems(directory: string): ContentProblem[] {
  if (COURSE_FOLDER_NAME.test(basename(resolve(directory)))) return [];
  return [fileProblem(directory, "course folder name must be at most 64 characters from a-z, 0-9 and '-' (it is the course slug)")];
}

/** Checks that need course.yaml together with the lessons or the questions. */
function crossFileProblems(settings: ReadYamlFile<CourseFile>, lessons: LoadedLesson[], questions: ReadYamlFile<QuestionsFile>): ContentProblem[] {
  if (!settings.value || !settings.yaml) return [];
  const sourceIds = settings.value.sources.map((source) => source.id);
  const problems = lessons.flatMap((lesson) => unknownRefProblems(lesson.frontMatter, lesson.citations, sourceIds));
  if (!questions.value || !questions.yaml) return problems;
  const citations = questions.value.questions.map((question, index) => ({ citation: question.source, path: ['questions', String(index), 'source'] }));
  return [
    ...problems,
    ...unknownRefProblems(questions.yaml, citations, sourceIds),
    ...bankSizeProblems(settings.yaml, settings.value.questionsPerAttempt, questions.value.questions.length),
    ...ruleProblems(questions.yaml, settings.value.review ?? DEFAULT_REVIEW_POLICY, questions.value.questions),
  ];
}

/** The course code identifies a course across versions, so two folders cannot share one. */
function refuseDuplicateCodes(folders: CourseFolder[]): void {
  const firstByCode = new Map<string, CourseFolder>();
  for (const folder of folders) {
    const code = folder.settings.value?.code;
    if (!code || !folder.settings.yaml) continue;
    const first = firstByCode.get(code);
    if (!first) {
      firstByCode.set(code, folder);
      continue;
    }
    const yaml = folder.settings.yaml;
    folder.problems.push({ file: yaml.file, line: yaml.lineOf(['code']), message: `course code "${code}" is already used by ${first.settings.yaml?.file}` });
    folder.problems.sort(byFileAndLine);
    folder.course = undefined;
  }
}

function buildCourse(directory: string, settings: CourseFile, lessons: LessonContent[], questions: QuestionEntry[]): CourseContent {
  const content = { slug: basename(resolve(directory)), ...settings, review: settings.review ?? DEFAULT_REVIEW_POLICY, lessons, questions: questions.map(toQuestionContent) };
  return { ...content, contentHash: contentHash(content) };
}

function toQuestionContent(entry: QuestionEntry): QuestionContent {
  const { id, type, text, options, correct, explanation, source } = entry;
  return { id, type, text, options: Object.entries(options).map(([optionId, optionText]) => ({ id: optionId, text: optionText })), correct, explanation, rule: entry.rule ?? null, source };
}

function byFileAndLine(left: ContentProblem, right: ContentProblem): number {
  if (left.file !== right.file) return left.file < right.file ? -1 : 1;
  return left.line - right.line;
}
