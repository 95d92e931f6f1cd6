import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
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
import { summariseCpuProfiles } from './cpu-profile-summary';
import { ITEM_ANALYSIS_TABLE_HEADER, itemAnalysisBenchmark } from './item-analysis-bench';
import { generateOrganisation } from './report-fixture';
import { sampleSignedCertificate } from './sample-certificate';
import { statementLog } from './statement-log';
import { dropBenchDatabase, LoadResult, prepareBenchDatabase, serveBench, submissionRun, SubmissionRow } from './submission-bench';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const COURSES = 6;
const PROJECT = join(__dirname, '..', '..');
/** Each part's latest section, so `npm run bench -- pdf` refreshes one section of docs/benchmark-results.md. */
const RESULTS = join(PROJECT, 'data', 'bench');

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

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

function kinds(): DatabaseKind[] {
  return process.env.ATTT_TEST_MARIADB_AVAILABLE === 'false' ? ['sqlite'] : ['sqlite', 'mariadb'];
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

/** Markdown rows from each database in turn; a database that fails says why in its row. */
async function perDatabase(each: (kind: DatabaseKind) => Promise<string[]>): Promise<string[]> {
  const lines: string[] = [];
  for (const kind of kinds()) {
    let added: string[];
    try {
      added = await each(kind);
    } catch (error) {
      added = [`| ${kind} | not measured: ${(error as Error).message} |`];
    }
    process.stdout.write(`${added.join('\n')}\n`);
    lines.push(...added);
  }
  return lines;
}

const figure = (result: LoadResult): string => `${result.perSecond.toFixed(0)}/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.refused ? `, ${result.refused} refused` : ''}`;

/** The runs asked by issue 11: 1,000 and 10,000 submissions, 32 and 128 clients, each on a fresh server. */
const SUBMISSION_RUNS: Array<[number, number]> = [
  [1000, 32],
  [1000, 128],
  [10_000, 32],
  [10_000, 128],
];

async function submissionRows(kind: DatabaseKind): Promise<Array<SubmissionRow & { kind: DatabaseKind }>> {
  const bench = await prepareBenchDatabase(kind);
  try {
    const results: Array<SubmissionRow & { kind: DatabaseKind }> = [];
    for (const [index, [count, connections]] of SUBMISSION_RUNS.entries()) {
      const server = await serveBench(bench);
      try {
        results.push({ kind, ...(await submissionRun(bench, server, count, connections, `BENCH${index}`)) });
      } finally {
        await server.stop();
      }
    }
    return results;
  } finally {
    await dropBenchDatabase(bench);
  }
}

/** CPU profile of the server processes under 1,000 submissions from 32 clients. */
async function profileRows(kind: DatabaseKind): Promise<string[]> {
  const bench = await prepareBenchDatabase(kind);
  const directory = mkdtempSync(join(tmpdir(), 'attt-profile-'));
  try {
    const server = await serveBench(bench, { cpuProfileDir: directory });
    let row: SubmissionRow;
    try {
      row = await submissionRun(bench, server, 1000, 32, 'PROFILE');
    } finally {
      await server.stop();
    }
    return [`### ${kind}`, '', `Quiz start ${figure(row.start)}; submission ${figure(row.submit)}; load average ${row.load}. Profiles in ${directory}.`, '', ...summariseCpuProfiles(directory), ''];
  } finally {
    await dropBenchDatabase(bench);
  }
}

function submissionLine(row: SubmissionRow & { kind: DatabaseKind }): string {
  return `| ${row.kind} | ${row.count.toLocaleString('en')} × ${row.connections} | ${figure(row.health)} | ${figure(row.start)} | ${figure(row.submit)} | ${row.lost} | ${row.doubled} | ${row.load} |`;
}

const PARTS: Record<string, { title: string; run(): Promise<string[]> }> = {
  submissions: {
    title: 'Quiz start and submission (targets: ≥ 500 per second with p99 < 100 ms, none lost, none doubled)',
    run: async () => [
      'The real server (`node dist/src/main.js`, WEB_CONCURRENCY processes) on loopback, driven by autocannon from the bench process. Each row: a fresh server, as many new signed-in learners as submissions; they start the quiz (a POST drawing the questions), then submit it with every answer right, so every submission also issues a certificate. Baseline: `GET /health` with the same clients and count, just before. Lost and doubled are counted in the database: an accepted submission whose attempt is not submitted with a certificate is lost; an attempt with two certificates or two submission events is doubled.',
      '',
      '| database | submissions × clients | baseline GET /health | quiz start | submission | lost | doubled | load average (1, 5, 15 min) |',
      '|---|---|---|---|---|---|---|---|',
      ...(await perDatabase(async (kind) => (await submissionRows(kind)).map(submissionLine))),
    ],
  },
  report: {
    title: 'Compliance report (product.md §9: < 1 s for 100,000 users × 6 courses)',
    run: async () => [
      'Median of 5 runs of the report behind `/reports/compliance` (one aggregate query over the ledger, then the roll-up over 200 departments).',
      '',
      '| database | ledger | all courses | one course |',
      '|---|---|---|---|',
      ...(await perDatabase(async (kind) => [await reportBenchmark(kind)])),
    ],
  },
  items: {
    title: 'Item analysis (issue 8: the page under 1 s with 100,000 attempts)',
    run: async () => [
      'Median of 5 runs on one course with 100,000 submitted attempts of 10 questions drawn from 30: the baseline counts the same answers with a join and nothing else; the whole analysis is every query behind `/admin/courses/<code>/items`.',
      '',
      ...ITEM_ANALYSIS_TABLE_HEADER,
      ...(await perDatabase(async (kind) => [await itemAnalysisBenchmark(kind)])),
    ],
  },
  pdf: {
    title: 'Certificates',
    run: async () => ['| what | rate | size | target |', '|---|---|---|---|', await pdfBenchmark()],
  },
  statements: {
    title: 'Statements of one quiz start and one submission',
    run: async () => (await perDatabase(statementLog)).filter((line) => !line.startsWith('| ')),
  },
  profile: {
    title: 'CPU profile of the server under 1,000 submissions from 32 clients',
    run: () => perDatabase(profileRows),
  },
};

/** Parts run by a bare `npm run bench`; `profile` and `statements` are diagnostics, asked by name. */
const DEFAULT_PARTS = ['submissions', 'report', 'items', 'pdf'];

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((part) => !PARTS[part]);
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
  mkdirSync(RESULTS, { recursive: true });
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  for (const name of asked.length ? asked : DEFAULT_PARTS) {
    const started = new Date();
    const loadBefore = loadAverage();
    process.stdout.write(`## ${PARTS[name].title}\n`);
    const body = await PARTS[name].run();
    const stamp = `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s on ${machine}; load average ${loadBefore} before, ${loadAverage()} after.`;
    writeFileSync(join(RESULTS, `${name}.md`), [`## ${PARTS[name].title}`, '', stamp, '', ...body, ''].join('\n'));
  }
  const sections = Object.keys(PARTS)
    .filter((name) => readdirSync(RESULTS).includes(`${name}.md`))
    .map((name) => readFileSync(join(RESULTS, `${name}.md`), 'utf8'));
  writeFileSync(
    join(PROJECT, 'docs', 'benchmark-results.md'),
    ['# Benchmark results', '', 'Written by `npm run bench` (each section by its latest run; `docs/benchmarks.md` reads them).', '', ...sections].join('\n'),
  );
}

main().catch((error: Error) => {
  process.stderr.write(`Benchmark failed: ${error.stack}\n`);
  process.exit(1);
});
