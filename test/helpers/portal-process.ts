import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { TEST_SESSION_SECRET } from './test-app';

const PROJECT_ROOT = join(__dirname, '..', '..');
/** The built server, as `npm start` runs it; `npm run test:faults` builds it first. */
const MAIN = join(PROJECT_ROOT, 'dist', 'src', 'main.js');

/** A portal running as its own Node process, so a test can SIGKILL it mid-request. */
export interface PortalProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** SIGKILL: no shutdown hook runs, whatever the process was doing. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** The process's stdout and stderr so far (JSON log lines), for a failing test's message. */
  log(): string;
}

export function builtPortalAvailable(): boolean {
  return existsSync(MAIN);
}

/** Starts `node dist/src/main.js` on a free port with the given database; resolves once /health answers 200. */
export async function startPortalProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<PortalProcess> {
  const portal = await launchPortalProcess(databaseUrl, env);
  await portal.ready;
  return portal;
}

/** Starts the process without waiting: `ready` resolves once /health answers 200 (start-up work, such as the course import, is done). */
export async function launchPortalProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<PortalProcess & { ready: Promise<void> }> {
  if (!builtPortalAvailable()) throw new Error(`${MAIN} is missing: run \`npm run build\` (npm run test:faults does) first`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = join(mkdtempSync(join(tmpdir(), 'attt-portal-log-')), 'portal.log');
  const logFile = createWriteStream(logPath);
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'attt-data-')),
      SESSION_SECRET: TEST_SESSION_SECRET,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      SCHEDULED_JOBS: 'false',
      // One process per portal: the tests start several portals themselves when they want several.
      WEB_CONCURRENCY: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(logFile);
  child.stderr!.pipe(logFile);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
  const signal = async (name: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, name);
    await exited;
  };
  const ready = waitForHealth(baseUrl, exited, log);
  ready.catch(() => undefined);
  return { baseUrl, pid: child.pid!, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM'), log, ready };
}

/** Resolves once /health answers 200; fails, with the end of the log, if the process exits first or the time runs out. */
export async function waitForHealth(baseUrl: string, exited: Promise<void>, log: () => string, timeoutMs = 90_000): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`The portal process exited before answering:\n${log().slice(-3000)}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The portal process did not answer /health within ${timeoutMs / 1000} s:\n${log().slice(-3000)}`);
}
