import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createPool, Pool } from 'mysql2/promise';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'cluster', 'cluster.sh');

/** The ports scripts/cluster/cluster.sh gives each process (see its header). */
export interface ClusterPorts {
  http: number;
  database: number;
  node(n: number): number;
  portal(n: number): number;
}

/** Every instance signs session cookies with the same secret (cluster.sh passes it on). */
export const SESSION_SECRET = 'cluster-session-secret-0123456789abcdef';
const DB_USER = 'portal';
const DB_PASSWORD = 'portal-cluster-secret';

/**
 * Drives scripts/cluster/cluster.sh: three Galera nodes, three portal instances and HAProxy,
 * each started and stopped by its own process id under a fresh directory.
 */
export class ClusterControl {
  public readonly dir = mkdtempSync(join(tmpdir(), 'attt-cluster-'));
  public readonly ports: ClusterPorts;
  private readonly env: NodeJS.ProcessEnv;

  public constructor(
    base: number,
    portalEnv: Record<string, string>,
    private readonly log: (line: string) => void,
  ) {
    this.ports = { http: base + 80, database: base + 6, node: (n) => base + 10 + n, portal: (n) => base + 50 + n };
    const words = Object.entries(portalEnv).map(([name, value]) => `${name}=${value}`);
    this.env = { ...process.env, CLUSTER_DIR: this.dir, CLUSTER_PORT_BASE: String(base), SESSION_SECRET, PORTAL_ENV: words.join(' ') };
  }

  public async start(): Promise<void> {
    await this.script('start');
  }

  public async stop(): Promise<void> {
    await this.script('stop');
  }

  public async killNode(n: number): Promise<void> {
    await this.script('kill-node', String(n));
  }

  /** Returns once the node is Synced again. */
  public async startNode(n: number): Promise<void> {
    await this.script('start-node', String(n));
  }

  public async killPortal(n: number): Promise<void> {
    await this.script('kill-portal', String(n));
  }

  /** Returns once the instance answers /health. */
  public async startPortal(n: number): Promise<void> {
    await this.script('start-portal', String(n));
  }

  /** `mysql://…` to one node directly, or through HAProxy's writer frontend. */
  public databaseUrl(node?: number): string {
    return `mysql://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${node ? this.ports.node(node) : this.ports.database}/attt`;
  }

  public pool(node?: number): Pool {
    return createPool({ uri: this.databaseUrl(node), connectionLimit: 4, timezone: 'Z' });
  }

  public httpUrl(portal?: number): string {
    return `http://127.0.0.1:${portal ? this.ports.portal(portal) : this.ports.http}`;
  }

  private async script(...args: string[]): Promise<void> {
    try {
      const { stderr } = await run(SCRIPT, args, { env: this.env, maxBuffer: 16 * 1024 * 1024 });
      for (const line of stderr.split('\n').filter(Boolean)) this.log(line);
    } catch (error) {
      throw new Error(`cluster.sh ${args.join(' ')} failed (logs in ${this.dir}):\n${(error as { stderr?: string }).stderr ?? ''}`, { cause: error });
    }
  }
}
