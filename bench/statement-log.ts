import { AddressInfo } from 'node:net';
import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';
import { startTestApp } from '../test/helpers/test-app';
import { DatabaseKind } from '../test/helpers/test-database';
import { BENCH_SECRET, BenchDatabase, dropBenchDatabase, fillAnswers, prepareBenchDatabase, signedInLearners } from './submission-bench';

/** Keeps every statement TypeORM sends, while switched on. */
class CapturingLogger extends AbstractLogger {
  public statements: string[] = [];
  public capturing = false;

  public override logQuery(query: string): void {
    if (this.capturing) this.statements.push(query.replace(/\s+/g, ' '));
  }

  protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}

/** Every statement of one quiz start and one submission, through HTTP with session and CSRF, as a markdown list. */
export async function statementLog(kind: DatabaseKind): Promise<string[]> {
  const bench: BenchDatabase = await prepareBenchDatabase(kind);
  const portal = await startTestApp(bench.database.url, { SESSION_SECRET: BENCH_SECRET, DEMO_DATA: 'false' });
  const logger = new CapturingLogger();
  (portal.dataSource as { logger: DataSource['logger'] }).logger = logger;
  try {
    await new Promise<void>((resolve) => portal.server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(portal.server.address() as AddressInfo).port}`;
    const [learner] = await signedInLearners(bench, 'LOG', 1);
    const post = async (path: string, body: string): Promise<string[]> => {
      logger.statements = [];
      logger.capturing = true;
      const response = await fetch(`${baseUrl}${path}`, { method: 'POST', body, redirect: 'manual', headers: { cookie: learner.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
      await response.arrayBuffer();
      // The session store's write happens as the response ends; give it a turn to land.
      await new Promise((resolve) => setTimeout(resolve, 100));
      logger.capturing = false;
      if (response.status !== 303) throw new Error(`${path} answered ${response.status}`);
      learner.attemptId ??= Number(/\/attempts\/(\d+)/.exec(response.headers.get('location') ?? '')?.[1]);
      return logger.statements;
    };
    const start = await post('/courses/KGM-4032/attempts', `_csrf=${learner.token}`);
    await fillAnswers(bench, [learner]);
    const submit = await post(`/attempts/${learner.attemptId}`, learner.body!);
    const list = (statements: string[]): string[] => statements.map((statement, index) => `${index + 1}. \`${statement.slice(0, 180)}${statement.length > 180 ? '…' : ''}\``);
    return [`### ${kind}: quiz start, ${start.length} statements`, '', ...list(start), '', `### ${kind}: submission, ${submit.length} statements`, '', ...list(submit), ''];
  } finally {
    await portal.close();
    await dropBenchDatabase(bench);
  }
}
