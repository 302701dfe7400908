/**
 * The runtime reads as layers, and its folders say which: 1-errors-encoding,
 * 2-crypto-keys, 3-sign-verify, 4-operations, 5-client. A module imports only
 * from its own layer or the ones below it, and the imports (type-only ones
 * included) form no cycle, so each module can be understood from the ones
 * below it. TypeScript's own parser finds the imports and re-exports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../_repo.ts';

const RUNTIME = join(REPO, 'generator/runtime');

function runtimeFiles(dir = RUNTIME): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? runtimeFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Relative module specifiers imported or re-exported by a file, resolved to runtime files. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  for (const node of source.statements)
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const spec = node.moduleSpecifier.text;
      if (spec.startsWith('.')) out.push(normalize(join(dirname(file), spec)));
    }
  return out.filter((p) => p.startsWith(RUNTIME));
}

/** Every cycle's modules (strongly connected components with more than one module, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (let w = stack.pop()!; ; w = stack.pop()!) {
        component.push(w);
        if (w === v) break;
      }
      if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.map((f) => relative(RUNTIME, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** A module's layer: the number its top folder under the runtime starts with. */
function layerOf(file: string): number {
  const top = relative(RUNTIME, file).split('/')[0]!;
  const m = /^(\d+)-[a-z-]+$/.exec(top);
  if (!m) throw new Error(`${relative(RUNTIME, file)} is not in a layer folder (N-name/)`);
  return Number(m[1]);
}

/** Imports that go up a layer, as `from → to`. */
function upwardImports(graph: Map<string, string[]>): string[] {
  return [...graph].flatMap(([from, tos]) => tos.filter((to) => layerOf(to) > layerOf(from)).map((to) => `${relative(RUNTIME, from)} → ${relative(RUNTIME, to)}`));
}

describe('runtime import graph', () => {
  const graph = new Map(runtimeFiles().map((f) => [f, importsOf(f)]));

  it('reads every runtime module and finds its imports', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get(join(RUNTIME, '5-client/client-core.ts'))).toContain(join(RUNTIME, '4-operations/call.ts'));
  });

  it('puts every module in a layer folder, in the order the issue names', () => {
    const folders = [...new Set([...graph.keys()].map((f) => relative(RUNTIME, f).split('/')[0]))].sort();
    expect(folders).toEqual(['1-errors-encoding', '2-crypto-keys', '3-sign-verify', '4-operations', '5-client']);
  });

  it('imports only go down: no module imports from a layer above its own', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('would report an upward import (the check can fail)', () => {
    const sign = join(RUNTIME, '3-sign-verify/sign.ts');
    const call = join(RUNTIME, '4-operations/call.ts');
    expect(upwardImports(new Map([[sign, [call]], [call, [sign]]]))).toEqual(['3-sign-verify/sign.ts → 4-operations/call.ts']);
  });

  it('has no cycle, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('would report a cycle (the check can fail)', () => {
    const a = join(RUNTIME, 'a.ts');
    const b = join(RUNTIME, 'b.ts');
    expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts']]);
  });
});
