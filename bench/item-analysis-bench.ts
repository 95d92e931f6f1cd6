import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SignedInUser } from '../src/access/signed-in-user';
import { parseDatabaseUrl } from '../src/config/database-url';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ItemAnalysisRepository } from '../src/item-analysis/item-analysis.repository';
import { ItemAnalysisService } from '../src/item-analysis/item-analysis.service';
import { Role } from '../src/access/role';
import { createTestDatabase, DatabaseKind } from '../test/helpers/test-database';
import { generateItemAnalysisData } from './item-analysis-fixture';

const ATTEMPTS = Number(process.env.BENCH_ITEM_ATTEMPTS ?? 100_000);
const PER_ATTEMPT = 10;
const ADMIN = { id: 0, username: 'bench', role: Role.Admin } as SignedInUser;

// The same rows the analysis reads, only counted: what the database costs before any grouping or ranking.
const BASELINE_SQL = `SELECT COUNT(*) AS answers FROM attempts a JOIN attempt_questions aq ON aq.attempt_id = a.id WHERE a.course_id = ? AND a.status = 'submitted'`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function medianMs(times: number, action: () => Promise<unknown>): Promise<number> {
  await action();
  const durations: number[] = [];
  for (let run = 0; run < times; run++) {
    const start = process.hrtime.bigint();
    await action();
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(durations);
}

/**
 * The item-analysis page's work (every query and the split per option, through the service) on
 * 100,000 submitted attempts × 10 questions of one course, beside a bare COUNT over the same answers.
 */
export async function itemAnalysisBenchmark(kind: DatabaseKind): Promise<string> {
  const database = await createTestDatabase(kind);
  const dataSource = await new DataSource(await dataSourceOptions(parseDatabaseUrl(database.url))).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const loadStart = Date.now();
    const code = await generateItemAnalysisData(dataSource, ATTEMPTS, PER_ATTEMPT);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const repository = new ItemAnalysisRepository(dataSource);
    const service = new ItemAnalysisService(repository, null as never);
    const courseId = (await repository.findCourseByCode(code))!.id;
    const versions = await repository.versionsNewestFirst(courseId);
    const questionIds = (await repository.questionsOfVersions(versions.map((version) => version.id))).map((question) => question.id);
    const baseline = await medianMs(5, () => dataSource.query(BASELINE_SQL, [courseId]));
    const counts = await medianMs(5, () => repository.questionCounts(courseId, questionIds));
    const answers = await medianMs(5, () => repository.wrongAnswerCounts(questionIds));
    const page = await medianMs(5, () => service.analyse(ADMIN, code));
    const rows = `${ATTEMPTS.toLocaleString('en')} × ${PER_ATTEMPT} = ${(ATTEMPTS * PER_ATTEMPT).toLocaleString('en')} answers (loaded in ${loadSeconds.toFixed(0)} s)`;
    return `| ${kind} | ${rows} | ${baseline.toFixed(0)} ms | ${counts.toFixed(0)} ms | ${answers.toFixed(0)} ms | ${page.toFixed(0)} ms |`;
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

export const ITEM_ANALYSIS_TABLE_HEADER = [
  '| database | data | baseline: COUNT of the same answers | aggregate with thirds | wrong answers grouped | whole analysis (target < 1 s) |',
  '|---|---|---|---|---|---|',
];

/** `node dist/bench/item-analysis-bench.js [sqlite|mariadb]`: this measurement alone. */
if (require.main === module) {
  const kinds = (process.argv.slice(2).length ? process.argv.slice(2) : ['sqlite', 'mariadb']) as DatabaseKind[];
  (async () => {
    process.stdout.write(`${ITEM_ANALYSIS_TABLE_HEADER.join('\n')}\n`);
    for (const kind of kinds) process.stdout.write(`${await itemAnalysisBenchmark(kind)}\n`);
  })().catch((error: Error) => {
    process.stderr.write(`Benchmark failed: ${error.stack}\n`);
    process.exit(1);
  });
}
