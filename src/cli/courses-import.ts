import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { formatProblem, loadCourses } from '../courses/content/load-courses';
import { importCourses } from '../courses/course-importer';

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
  const dataSource = new DataSource(await dataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const outcomes = await dataSource.transaction((manager) => importCourses(manager, courses, 'courses:import'));
    for (const outcome of outcomes) process.stdout.write(`${outcome.code}: version ${outcome.version} (${STATUS_LABELS[outcome.status]})\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`Course import failed: ${error.message}\n`);
    process.exit(1);
  },
);
