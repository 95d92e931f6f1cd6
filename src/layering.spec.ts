import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Cross-cutting folders every feature may use, and which may name every feature (entity lists, the error page).
const INFRASTRUCTURE = new Set(['common', 'config', 'database', 'web', 'cli', 'pdf']);
const SRC = __dirname;

/** Feature folder → feature folders its non-test files import. */
function featureImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
    const from = file.split(/[\\/]/)[0];
    if (INFRASTRUCTURE.has(from) || !file.includes('/')) continue;
    for (const [, target] of readFileSync(join(SRC, file), 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = relative(SRC, resolve(dirname(join(SRC, file)), target)).split(/[\\/]/)[0];
      if (to !== from && !to.startsWith('..') && !INFRASTRUCTURE.has(to) && !to.endsWith('.ts')) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Non-test TypeScript files of the feature folders, relative to src/. */
function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && file.includes('/') && !INFRASTRUCTURE.has(file.split(/[\\/]/)[0]),
  );
}

function reaches(graph: Map<string, Set<string>>, from: string, to: string, seen = new Set<string>()): boolean {
  for (const next of graph.get(from) ?? []) {
    if (next === to) return true;
    if (!seen.has(next) && (seen.add(next), reaches(graph, next, to, seen))) return true;
  }
  return false;
}

describe('layering of the feature folders', () => {
  const graph = featureImports();

  it('should keep the compliance ledger below reports, dashboards and learning', () => {
    for (const higher of ['reports', 'dashboard', 'learning']) expect({ higher, reached: reaches(graph, 'compliance', higher) }).toEqual({ higher, reached: false });
  });

  it('should take shared date helpers from src/common, not borrow them from certificates', () => {
    const borrowers = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.startsWith('certificates/'))
      .filter((file) => /from '[^']*certificates\/certificate-(dates|pdf)'/.test(readFileSync(join(SRC, file), 'utf8')) && !/^(demo|cli)\//.test(file));
    expect(borrowers).toEqual([]);
  });

  it('should write the audit log through AuditService only', () => {
    const writers = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.startsWith('audit/') && /from '[^']*audit\/record-audit'/.test(readFileSync(join(SRC, file), 'utf8')),
    );
    expect(writers).toEqual([]);
  });

  it('should let each feature write only its own tables', () => {
    const owner = new Map<string, string>();
    for (const file of sourceFiles().filter((name) => name.endsWith('.entity.ts'))) {
      for (const [, entity] of readFileSync(join(SRC, file), 'utf8').matchAll(/export class (\w+)/g)) owner.set(entity, file.split(/[\\/]/)[0]);
    }
    const writes = sourceFiles().flatMap((file) =>
      [
        ...readFileSync(join(SRC, file), 'utf8').matchAll(
          /\.(?:update|delete|insert|upsert|increment|decrement|softDelete|create)\(\s*(\w+)\s*,|getRepository\((\w+)\)\s*\.(?:save|update|delete|insert|upsert|remove)\b|\.into\((\w+)\)/g,
        ),
      ]
        .map((match) => match[1] ?? match[2] ?? match[3])
        .filter((entity) => owner.has(entity) && owner.get(entity) !== file.split(/[\\/]/)[0])
        .map((entity) => `${file} writes ${entity} (${owner.get(entity)})`),
    );
    expect(writes).toEqual([]);
  });

  it('should have no import cycle between feature folders', () => {
    const folders = [...graph.keys()].sort();
    const cycles = new Set(folders.map((a) => folders.filter((b) => a === b || (reaches(graph, a, b) && reaches(graph, b, a))).join(' ')).filter((group) => group.includes(' ')));
    expect([...cycles]).toEqual([]);
  });

  it('should keep access/ (roles, the signed-in person, scope checks) free of every feature, since every feature uses it', () => {
    expect([...(graph.get('access') ?? [])]).toEqual([]);
  });

  it('should keep departments below the people in them and certificates below the attempts that earn them', () => {
    expect({ departmentsReachUsers: reaches(graph, 'departments', 'users'), certificatesReachAttempts: reaches(graph, 'certificates', 'attempts') }).toEqual({
      departmentsReachUsers: false,
      certificatesReachAttempts: false,
    });
  });
});
