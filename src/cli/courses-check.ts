import { checkCourses } from '../courses/content/check-courses';

/** `npm run courses:check [root]`: validates every course folder under root (default `courses`). */
process.exitCode = checkCourses(process.argv[2] ?? 'courses', process.stdout, process.stderr);
