import cluster, { Worker } from 'node:cluster';
import { AppConfig } from '../config/app-config';

/** A worker that dies this soon after starting is failing to start: the cluster stops instead of looping. */
const CRASH_LOOP_MS = 10_000;

/**
 * `npm start` with WEB_CONCURRENCY > 1: this primary process serves nothing itself; it forks the
 * workers, which share the HTTP port (node:cluster hands out connections). The first worker
 * starts alone: it migrates the database, imports the courses and writes the demo data, then the
 * others start on a ready database. Exactly one worker runs the scheduled jobs (SCHEDULED_JOBS);
 * if it dies, its replacement does. The session secret file, if any, was written by the primary
 * (loadAppConfig) before any worker started.
 */
export function runCluster(config: AppConfig): void {
  let stopping = false;
  let scheduler: Worker | undefined;
  const fork = (runsJobs: boolean): Worker => {
    const worker = cluster.fork({ SCHEDULED_JOBS: String(runsJobs && config.scheduledJobs) });
    if (runsJobs) scheduler = worker;
    const started = Date.now();
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      process.stderr.write(`Worker ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
      if (Date.now() - started < CRASH_LOOP_MS) {
        process.stderr.write('It died while starting: stopping the cluster.\n');
        stop(1);
        return;
      }
      fork(worker === scheduler);
    });
    return worker;
  };
  const stop = (code: number): void => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    if (workers.length === 0) process.exit(code);
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(code);
      });
      worker.process.kill('SIGTERM');
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop(0));
  fork(true).once('listening', () => {
    for (let index = 1; index < config.webConcurrency; index++) fork(false);
  });
}
