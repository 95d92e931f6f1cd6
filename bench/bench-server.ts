import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/helpers/free-port';
import { waitForHealth } from '../test/helpers/portal-process';

export interface BenchServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  databaseUrl: string;
  sessionSecret: string;
  /** Node processes serving requests (WEB_CONCURRENCY); the default is the server's own. */
  concurrency?: number;
  /** Writes a V8 CPU profile of every server process into this folder when it stops. */
  cpuProfileDir?: string;
}

const PROJECT = join(__dirname, '..', '..');

/** The real server (`node dist/src/main.js`) in its own processes, so the load generator never shares its event loop. */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'development',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'attt-bench-data-')),
    SESSION_SECRET: options.sessionSecret,
    DEMO_DATA: 'false',
    // BENCH_SERVER_LOG=error shows the server's errors (its JSON log lines) on this process's output.
    LOG_LEVEL: process.env.BENCH_SERVER_LOG ?? 'silent',
    SCHEDULED_JOBS: 'false',
  };
  if (options.concurrency) env.WEB_CONCURRENCY = String(options.concurrency);
  const flags = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  // Its own process group, so that stopping it reaches every cluster worker.
  const child = spawn(process.execPath, [...flags, join(PROJECT, 'dist', 'src', 'main.js')], {
    cwd: PROJECT,
    env,
    detached: true,
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // Generous: on a loaded machine the workers start one after the other, each in several seconds.
    await waitForHealth(baseUrl, exited, () => 'BENCH_SERVER_LOG=error shows the server log', 180_000);
  } catch (error) {
    signalGroup(child, 'SIGKILL');
    throw error;
  }
  return { baseUrl, stop: () => stop(child) };
}

/** SIGTERM lets every process write its CPU profile and close its database cleanly. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}
