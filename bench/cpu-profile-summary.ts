import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where the self time of V8 CPU profiles went, by package (or project folder) and by function. */
export function summariseCpuProfiles(directory: string, top = 15): string[] {
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(directory, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const micros = profile.timeDeltas[index] ?? 0;
      const frame = nodes.get(id)!.callFrame;
      // Idle is time waiting for requests (and for the bench's own set-up), not work.
      if (frame.functionName === '(idle)') return;
      total += micros;
      add(byPlace, placeOf(frame.url, frame.functionName), micros);
      add(byFunction, `${frame.functionName || '(anonymous)'} ${placeOf(frame.url, frame.functionName)}:${frame.lineNumber + 1}`, micros);
    });
  }
  const share = (micros: number): string => `${((100 * micros) / total).toFixed(1)} %`;
  const rows = (map: Map<string, number>): string[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `| ${name} | ${share(micros)} |`);
  return [
    `${(total / 1e6).toFixed(1)} s of busy time sampled (idle left out); shares of that.`,
    '',
    '| where (self time) | share |',
    '|---|---|',
    ...rows(byPlace),
    '',
    '| function (self time) | share |',
    '|---|---|',
    ...rows(byFunction),
  ];
}

function add(map: Map<string, number>, key: string, micros: number): void {
  map.set(key, (map.get(key) ?? 0) + micros);
}

/** "typeorm", "express-session", "src/attempts", "(garbage collector)", "node:internal"… */
function placeOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'native'})`;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  const project = /\/dist\/((?:src|bench)\/[^/]+)/.exec(url);
  if (project) return project[1];
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  return url;
}
