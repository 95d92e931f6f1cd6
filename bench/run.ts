import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { renderCertificatePdf } from '../src/certificates/certificate-pdf';
import { parseDatabaseUrl } from '../src/config/database-url';
import { dataSourceOptions } from '../src/database/data-source-options';
import { Department } from '../src/departments/department.entity';
import { DepartmentsService } from '../src/departments/departments.service';
import { ReportsService } from '../src/reports/reports.service';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createTestDatabase, DatabaseKind } from '../test/helpers/test-database';
import { sampleSignedCertificate } from './sample-certificate';
import { generateOrganisation } from './report-fixture';
import { httpBenchmark } from './http-bench';
import { ITEM_ANALYSIS_TABLE_HEADER, itemAnalysisBenchmark } from './item-analysis-bench';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const COURSES = 6;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(times: number, action: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < times; run++) {
    const start = process.hrtime.bigint();
    await action();
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return durations;
}

/** The compliance report over the whole organisation, through the same service the page uses. */
async function reportBenchmark(kind: DatabaseKind): Promise<string> {
  const database = await createTestDatabase(kind);
  const dataSource = await new DataSource(await dataSourceOptions(parseDatabaseUrl(database.url))).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const loadStart = Date.now();
    await generateOrganisation(dataSource, PEOPLE, COURSES);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const reports = new ReportsService(dataSource, new DepartmentsService(dataSource.getRepository(Department), new UsersService(dataSource.getRepository(User))));
    const subject = { department: null, pathPrefix: '/', course: null, courseTitle: null };
    await reports.summary(subject);
    const all = await timed(5, () => reports.summary(subject));
    const oneCourse = await timed(5, () => reports.summary({ ...subject, course: { id: 1 } as never }));
    return `| ${kind} | ${PEOPLE.toLocaleString('en')} × ${COURSES} = ${(PEOPLE * COURSES).toLocaleString('en')} rows (loaded in ${loadSeconds.toFixed(0)} s) | ${median(all).toFixed(0)} ms | ${median(oneCourse).toFixed(0)} ms |`;
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

async function pdfBenchmark(): Promise<string> {
  const signed = sampleSignedCertificate();
  await renderCertificatePdf(signed);
  const count = 300;
  let largest = 0;
  const start = process.hrtime.bigint();
  for (let index = 0; index < count; index++) largest = Math.max(largest, (await renderCertificatePdf(signed)).length);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return `| Certificate PDF, one core | ${(count / seconds).toFixed(0)} per second | largest ${(largest / 1024).toFixed(1)} KB | target ≥ 100/s, < 60 KB |`;
}

async function main(): Promise<void> {
  const kinds: DatabaseKind[] = ['sqlite'];
  if (process.env.ATTT_TEST_MARIADB_AVAILABLE !== 'false') kinds.push('mariadb');
  const reportRows: string[] = [];
  for (const kind of kinds) {
    try {
      reportRows.push(await reportBenchmark(kind));
    } catch (error) {
      reportRows.push(`| ${kind} | not measured: ${(error as Error).message} | | |`);
    }
    process.stdout.write(`${reportRows.at(-1)}\n`);
  }
  const itemRows: string[] = [];
  for (const kind of kinds) {
    try {
      itemRows.push(await itemAnalysisBenchmark(kind));
    } catch (error) {
      itemRows.push(`| ${kind} | not measured: ${(error as Error).message} | | | | |`);
    }
    process.stdout.write(`${itemRows.at(-1)}\n`);
  }
  const httpRows: string[] = [];
  for (const kind of kinds) {
    try {
      httpRows.push(...(await httpBenchmark(kind, SUBMISSIONS)));
    } catch (error) {
      httpRows.push(`| ${kind} | not measured: ${(error as Error).message} | | | |`);
    }
    process.stdout.write(`${httpRows.slice(-2).join('\n')}\n`);
  }
  const pdf = await pdfBenchmark();
  process.stdout.write(`${pdf}\n`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const markdown = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, ${machine}.`,
    '',
    '## Compliance report (product.md §9: < 1 s for 100,000 users × 6 courses)',
    '',
    'Median of 5 runs of the report behind `/reports/compliance` (one aggregate query over the ledger, then the roll-up over 200 departments).',
    '',
    '| database | ledger | all courses | one course |',
    '|---|---|---|---|',
    ...reportRows,
    '',
    '## Item analysis (issue 8: the page under 1 s with 100,000 attempts)',
    '',
    'Median of 5 runs on one course with 100,000 submitted attempts of 10 questions drawn from 30 (learners of varied ability, so about 4 answers in 10 are wrong): the baseline counts the same answers with a join and nothing else; the whole analysis is every query behind `/admin/courses/<code>/items` and the split per option (MariaDB runs its two big queries on two connections at once).',
    '',
    ...ITEM_ANALYSIS_TABLE_HEADER,
    ...itemRows,
    '',
    '## Certificates',
    '',
    '| what | rate | size | target |',
    '|---|---|---|---|',
    pdf,
    '',
    '## Quiz submissions and the learner dashboard (targets: ≥ 500 submissions per second with p99 < 100 ms, none lost; dashboard median < 10 ms)',
    '',
    'Real HTTP requests on loopback to one app instance (sessions, CSRF, scoring, ledger update and, for a pass, the certificate in the same transaction); every answer is right, so every submission also issues a certificate.',
    '',
    '| database | what | rate | latency | result |',
    '|---|---|---|---|---|',
    ...httpRows,
    '',
  ].join('\n');
  writeFileSync(join(__dirname, '..', '..', 'docs', 'benchmarks.md'), markdown);
}

main().catch((error: Error) => {
  process.stderr.write(`Benchmark failed: ${error.stack}\n`);
  process.exit(1);
});
