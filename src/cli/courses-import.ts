import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import { formatProblem, loadCourses } from '../courses/content/load-courses';
import { importCourses } from '../courses/course-importer';
import { withCliContext } from './cli.module';

const STATUS_LABELS = { created: 'created', new_version: 'new version', unchanged: 'unchanged', restored: 'current again' } as const;

/**
 * `npm run courses:import [-- <directory>]`: validates every course and imports them into
 * DATABASE_URL in one transaction; any problem refuses the whole import and changes nothing.
 */
async function main(): Promise<number> {
  const config = loadAppConfig();
  const directory = resolve(process.argv[2] ?? config.coursesDir);
  const { courses, problems } = loadCourses(directory);
  if (problems.length > 0) {
    process.stderr.write(`${problems.map(formatProblem).join('\n')}\nNothing was imported: fix the ${problems.length} problem(s) above.\n`);
    return 1;
  }
  return withCliContext(async (context) => {
    const audit = context.get(AuditService);
    const outcomes = await context.get(DataSource).transaction((manager) => importCourses(manager, courses, 'courses:import', audit));
    for (const outcome of outcomes) process.stdout.write(`${outcome.code}: version ${outcome.version} (${STATUS_LABELS[outcome.status]})\n`);
    return 0;
  }, config);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`Course import failed: ${error.message}\n`);
    process.exit(1);
  },
);
