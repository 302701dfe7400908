import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const SPECIFIERS = /(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module reachable from `entry`, following relative imports and bare imports into their packages. */
async function importGraph(entry: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (graph.has(file)) continue;
    const text = await readFile(file, 'utf8');
    const specs = [...text.matchAll(SPECIFIERS)].map((m) => (m[1] ?? m[2])!);
    graph.set(file, specs);
    for (const spec of specs) {
      if (spec.startsWith('node:')) continue;
      // Resolve as the package would be resolved by an ESM importer (its "import" condition).
      const resolved = spec.startsWith('.') ? join(dirname(file), spec) : createRequire(file).resolve(spec, { paths: [dirname(file)] });
      queue.push(resolved);
    }
  }
  return graph;
}

describe('@lianlian-sdk/web', () => {
  it('has no node: import (nor a Node built-in by bare name) anywhere in its import graph', async () => {
    const graph = await importGraph(join(REPO, 'packages/web/dist/index.js'));
    const builtins = new Set((await import('node:module')).builtinModules);
    const offenders = [...graph].flatMap(([file, specs]) => specs.filter((s) => s.startsWith('node:') || builtins.has(s.split('/')[0]!)).map((s) => `${file} → ${s}`));
    expect(offenders).toEqual([]);
    // The walk really covered the client, the runtime and its dependency.
    const files = [...graph.keys()].join('\n');
    expect(files).toMatch(/packages\/web\/dist\/runtime\/3-sign-verify\/sign\.js/);
    expect(files).toMatch(/packages\/web\/dist\/runtime\/4-operations\/transport\.js/);
    expect(files).toMatch(/node_modules\/.*@noble\/hashes\//);
  });

  it('finds a node: import when one is there (the check can fail)', async () => {
    const graph = await importGraph(join(REPO, 'packages/sandbox/dist/index.js'));
    expect([...graph.values()].flat().some((s) => s.startsWith('node:'))).toBe(true);
  });

  it('type-checks its default entry without Node types, so no Node global (Buffer, process) hides in it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'web-no-node-types-'));
    const config = join(dir, 'tsconfig.json');
    const tsconfig = (types: string[], entry: string) => JSON.stringify({ extends: join(REPO, 'tsconfig.base.json'), compilerOptions: { noEmit: true, types, typeRoots: [] }, files: [join(REPO, entry)] });
    const tsc = (cfg: string) => promisify(execFile)(join(REPO, 'node_modules/.bin/tsc'), ['-p', cfg]).then(() => '', (e: { stdout: string }) => e.stdout);
    await writeFile(config, tsconfig([], 'packages/web/src/index.ts'));
    expect(await tsc(config)).toBe('');
    // The opt-in node:crypto entry does need Node types: the same check fails there.
    await writeFile(config, tsconfig([], 'packages/web/src/node-crypto.ts'));
    expect(await tsc(config)).toMatch(/Cannot find (module 'node:crypto'|name 'Buffer')/);
  }, 60_000);
});
