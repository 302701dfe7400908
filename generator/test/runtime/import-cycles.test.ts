/**
 * The runtime reads as layers: its relative imports (type-only ones included)
 * form no cycle, so each module can be understood from the ones below it.
 * TypeScript's own parser finds the imports and re-exports.
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

describe('runtime import graph', () => {
  const graph = new Map(runtimeFiles().map((f) => [f, importsOf(f)]));

  it('reads every runtime module and finds its imports', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get(join(RUNTIME, 'client-core.ts'))).toContain(join(RUNTIME, 'call.ts'));
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
