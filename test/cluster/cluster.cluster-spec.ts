import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource, In } from 'typeorm';
import { AttemptStatus } from '../../src/attempts/attempt-status';
import { Attempt } from '../../src/attempts/attempt.entity';
import { AuditAction } from '../../src/audit/audit-actions';
import { verifyAuditChain } from '../../src/audit/audit-chain-store';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Certificate } from '../../src/certificates/certificate.entity';
import { parseDatabaseUrl } from '../../src/config/database-url';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { Notice } from '../../src/reminders/notice.entity';
import { useSmtpServer } from '../helpers/smtp-server';
import { ClusterControl, SESSION_SECRET } from './cluster-control';
import { BrowserSession } from './browser-session';
import { counterDisagreements } from '../helpers/ledger-check';
import { createQuizTakers, submitAll } from './quiz-load';

const run = promisify(execFile);
const PORT_BASE = Number(process.env.CLUSTER_PORT_BASE ?? 24000);
const SUBMISSIONS = 2000;
const IMPORTED = 5000;
const CONCURRENCY = 64;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** The same query on each node directly, to prove that all three hold the same data. */
async function onEveryNode(cluster: ClusterControl, sql: string): Promise<unknown[]> {
  return Promise.all(
    [1, 2, 3].map(async (node) => {
      const pool = cluster.pool(node);
      try {
        const [rows] = await pool.query(sql);
        return rows;
      } finally {
        await pool.end();
      }
    }),
  );
}

describe('Three portal instances behind HAProxy on a three-node Galera cluster', () => {
  const smtp = useSmtpServer();
  const cluster = new ClusterControl(PORT_BASE, { NODE_ENV: 'development', DEMO_DATA: 'true' }, log);
  let dataSource: DataSource;

  beforeAll(async () => {
    await cluster.start();
    dataSource = await new DataSource({ ...(await dataSourceOptions(parseDatabaseUrl(cluster.databaseUrl()))), migrations: [] }).initialize();
  }, 600_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await cluster.stop();
    // Datadirs and logs; CLUSTER_KEEP=1 keeps them to read after a failure.
    if (process.env.CLUSTER_KEEP !== '1') rmSync(cluster.dir, { recursive: true, force: true });
  }, 180_000);

  it('has only InnoDB tables, each with a primary key, as Galera requires', async () => {
    const [rows] = await onEveryNode(
      cluster,
      `SELECT t.table_name AS name, t.engine AS engine FROM information_schema.tables t
       WHERE t.table_schema = 'attt' AND (t.engine <> 'InnoDB' OR NOT EXISTS (
         SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY'))`,
    );
    expect(rows).toEqual([]);
  });

  it('keeps a person signed in through one instance while they browse through the others', async () => {
    const hr = await BrowserSession.signIn(cluster.httpUrl(1), 'hr');
    for (const instance of [2, 3, 1]) {
      const page = await hr.get(cluster.httpUrl(instance), '/reports/compliance');
      expect({ instance, status: page.status }).toEqual({ instance, status: 200 });
      expect(page.html).toContain('Lê Thị Thu Hà');
    }
  });

  it('sends each reminder once when the job starts on all three instances at the same moment', async () => {
    // The demo loader already ran the job without SMTP; start from no reminders at all.
    await dataSource.getRepository(Notice).createQueryBuilder().delete().execute();
    const runs = await Promise.all(
      [1, 2, 3].map((node) =>
        run('node', [join('dist', 'src', 'cli', 'reminders.js')], {
          cwd: join(__dirname, '..', '..'),
          // Each run on a different node: the harshest case, where only certification orders the inserts.
          env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: cluster.databaseUrl(node), SMTP_URL: smtp.url(), SESSION_SECRET, DATA_DIR: cluster.dir, LOG_LEVEL: 'silent' },
        }),
      ),
    );
    const reported = runs.map(({ stdout }) => /Reminders: (\d+) created, (\d+) e-mailed/.exec(stdout)!.slice(1).map(Number));
    const notices = await dataSource.getRepository(Notice).find();
    expect(notices.length).toBeGreaterThan(10);
    expect(reported.reduce((sum, [created]) => sum + created, 0)).toBe(notices.length);
    const emailed = notices.filter((notice) => notice.emailedAt !== null).length;
    expect(smtp.mails.length).toBe(emailed);
    expect(reported.reduce((sum, [, mailed]) => sum + mailed, 0)).toBe(emailed);
    const subjects = smtp.mails.map((mail) => `${mail.to.join()} ${/^Subject: (.*)$/m.exec(mail.text)?.[1]}`);
    expect(new Set(subjects).size).toBe(subjects.length);
  }, 120_000);

  it(`records ${SUBMISSIONS} quiz submissions exactly once while a Galera node and an instance are killed and restarted`, async () => {
    const takers = await createQuizTakers(dataSource, { count: IMPORTED, withAttempts: SUBMISSIONS, departmentCode: 'XA-AP', courseCode: 'KGM-4032', sessionSecret: SESSION_SECRET });
    const faults: { done?: Promise<void> } = {};
    const startFaults = async (): Promise<void> => {
      await cluster.killNode(1);
      await cluster.killPortal(2);
      log(`[test] faults injected; restarting node 1 and portal 2 under load`);
      await Promise.all([cluster.startNode(1), cluster.startPortal(2)]);
      log(`[test] node 1 Synced and portal 2 healthy again`);
    };
    const load = await submitAll(cluster.httpUrl(), takers, CONCURRENCY, (done) => {
      faults.done ??= done >= SUBMISSIONS / 10 ? startFaults() : undefined;
    });
    await faults.done;
    const latencies = load.latenciesMs.sort((a, b) => a - b);
    log(
      `[test] ${SUBMISSIONS} submissions, ${CONCURRENCY} at a time, in ${load.seconds.toFixed(1)} s: ${(SUBMISSIONS / load.seconds).toFixed(0)} per second, ` +
        `p50 ${latencies[Math.floor(latencies.length / 2)]} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)]} ms, ${load.retried} retried tries, ${load.staleReads} stale result pages`,
    );
    expect(load.gaveUp).toEqual([]);
    expect(load.succeeded.size).toBe(SUBMISSIONS);
    expect(load.staleReads).toBe(0);

    const ids = takers.map((taker) => taker.attemptId);
    const submitted = await dataSource.getRepository(Attempt).countBy({ id: In(ids), status: AttemptStatus.Submitted, passed: true });
    expect(submitted).toBe(SUBMISSIONS);
    const events = await dataSource.getRepository(AuditEvent).find({ where: { action: AuditAction.AttemptSubmitted, targetId: In(ids.map(String)) }, select: { targetId: true } });
    const certificates = await dataSource.getRepository(Certificate).find({ where: { attemptId: In(ids) }, select: { attemptId: true } });
    // Once each: a doubled submission would leave a second audit event or a second certificate.
    expect({ events: events.length, distinct: new Set(events.map((event) => event.targetId)).size }).toEqual({ events: SUBMISSIONS, distinct: SUBMISSIONS });
    expect({ certificates: certificates.length, distinct: new Set(certificates.map((certificate) => certificate.attemptId)).size }).toEqual({ certificates: SUBMISSIONS, distinct: SUBMISSIONS });

    const states = await onEveryNode(cluster, "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment', 'wsrep_cluster_size', 'wsrep_ready')");
    for (const rows of states) {
      expect(Object.fromEntries((rows as Array<{ Variable_name: string; Value: string }>).map((row) => [row.Variable_name, row.Value]))).toEqual({
        wsrep_cluster_size: '3',
        wsrep_local_state_comment: 'Synced',
        wsrep_ready: 'ON',
      });
    }
    const counts = await onEveryNode(cluster, `SELECT COUNT(*) AS submitted FROM attempts WHERE status = 'submitted' AND id IN (${ids.join(',')})`);
    expect(counts.map((rows) => Number((rows as Array<{ submitted: number }>)[0].submitted))).toEqual([SUBMISSIONS, SUBMISSIONS, SUBMISSIONS]);
    // The report's counters moved with every ledger row, retried transactions included.
    expect(await counterDisagreements(dataSource)).toEqual([]);
  }, 600_000);

  it('keeps one unbroken audit chain, sealed by the three instances through the faults', async () => {
    let report = await verifyAuditChain(dataSource);
    for (let wait = 0; report.unsealed > 0 && wait < 60; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      report = await verifyAuditChain(dataSource);
    }
    expect(report.firstBreak).toBeNull();
    expect(report.unsealed).toBe(0);
    expect(report.checked).toBeGreaterThan(SUBMISSIONS);
  }, 120_000);

  it(`imports ${IMPORTED} staff rows through one instance while another serves reports that see all of it or nothing`, async () => {
    const hr = await BrowserSession.signIn(cluster.httpUrl(1), 'hr');
    const reader = await BrowserSession.signIn(cluster.httpUrl(3), 'admin');
    const report = async (): Promise<string> => {
      const response = await reader.get(cluster.httpUrl(3), '/reports/compliance.csv');
      expect(response.status).toBe(200);
      return response.html;
    };
    const before = await report();
    const rows = Array.from({ length: IMPORTED }, (_, index) => `CL${String(index).padStart(5, '0')},Học viên CL${String(index).padStart(5, '0')},,XA-TL,Chuyên viên,learner`);
    const preview = await hr.upload(cluster.httpUrl(1), ['employee_code,full_name,email,department_code,position,role', ...rows].join('\r\n'));
    let applying = true;
    const seen: string[] = [];
    const reading = (async () => {
      while (applying) seen.push(await report());
    })();
    const applied = await hr.post(cluster.httpUrl(1), `${preview}/apply`, {});
    applying = false;
    await reading;
    // The result page (with any one-time passwords) is the answer to the form itself.
    expect(applied.status).toBe(200);
    const after = await report();
    expect(after).not.toBe(before);
    log(`[test] the report was read ${seen.length} times during the import`);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((body) => body !== before && body !== after)).toEqual([]);
  }, 300_000);
});
