import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Node, SourceFile } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../src/emit/client.ts';
import { checkedExports, declaredExports, exportedNames, lightProject } from '../src/emit/exported-names.ts';
import { emitSharedTables } from '../src/emit/shared-tables.ts';
import { buildIr } from '../src/ir/build-ir.ts';
import { loadSpec } from '../src/load/load-spec.ts';
import { REPO } from './_repo.ts';

/** Each export as its name and the place and kind of the declaration it stands for. */
const facts = (list: readonly [string, Node][]) => list.map(([name, d]) => `${name} ${d.getKindName()}@${d.getStart()}`).sort();

async function tsFiles(dir: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (f) => ({ path: relative(dir, f), text: await readFile(f, 'utf8') })));
}

describe('exportedNames: exports read from the statements match the type checker', () => {
  it('for every runtime file, the generated client and the shared tables', async () => {
    const project = lightProject();
    const runtime = (await tsFiles(join(REPO, 'generator/runtime'))).map((f) => project.createSourceFile(`runtime/${f.path}`, f.text));
    const loaded = await loadSpec(join(REPO, 'spec'));
    const generated = [project.createSourceFile('client.ts', emitClient(buildIr(loaded))), ...[...emitSharedTables(loaded.shared)].map(([name, text]) => project.createSourceFile(name, text))];
    const sources = [...runtime, ...generated];
    expect(runtime.length).toBeGreaterThan(30);
    let read = 0;
    for (const s of sources) {
      const declared = declaredExports(s);
      if (declared) read++;
      expect(facts(declared ?? checkedExports(s)), s.getFilePath()).toEqual(facts(checkedExports(s)));
    }
    // The point of the reader: no file of ours needs the checker.
    expect(read).toBe(sources.length);
    expect(exportedNames(sources).flat().length).toBeGreaterThan(100);
  });

  it('for the forms it reads, and it leaves the others to the checker, whose answer exportedNames then gives', () => {
    const project = lightProject();
    const other = project.createSourceFile('other.ts', 'export const fromOther = 1;\nexport interface OtherShape { a: 1 }\n');
    const cases: { text: string; read: boolean }[] = [
      { text: '/** @internal */\nexport const a = 1, b = 2;\nexport let c: number;\nconst hidden = 3;', read: true },
      { text: 'export function f(x: string): void;\nexport function f(x: number): void;\nexport function f(x: unknown) {}', read: true },
      { text: 'export interface Both { x: 1 }\nexport const Both = 1;\nexport type T = 1;\nexport enum E { A }\nexport declare namespace N { const z: 1 }', read: true },
      { text: 'interface Local { x: 1 }\nconst v = 1;\nfunction g() {}\nexport { Local, v as renamed, g, g as again };', read: true },
      { text: 'export default function named() {}\nexport class C {}', read: true },
      { text: 'export default class {}\ndeclare global { interface Window { q: 1 } }', read: true },
      { text: '/**\n * @internal\n */\nexport abstract class Hidden {}\nexport async function* gen() {}', read: true },
      { text: "export * from './other.ts';\nexport const own = 1;", read: false },
      { text: "export { fromOther } from './other.ts';", read: false },
      { text: "import { fromOther } from './other.ts';\nexport { fromOther as again };", read: false },
      { text: 'export const { p, q } = { p: 1, q: 2 };', read: false },
      { text: 'const x = 1;\nexport default x;', read: false },
      { text: 'export namespace A.B { export const c = 1; }', read: false },
    ];
    const sources: SourceFile[] = cases.map((c, i) => project.createSourceFile(`case${i}.ts`, c.text));
    sources.forEach((s, i) => {
      const declared = declaredExports(s);
      expect(declared !== undefined, cases[i]!.text).toBe(cases[i]!.read);
      if (declared) expect(facts(declared), cases[i]!.text).toEqual(facts(checkedExports(s)));
    });
    const names = exportedNames([...sources, other]);
    const byText = (i: number) => names[i]!.map((n) => `${n.name}${n.typeOnly ? ' type' : ''}${n.internal ? ' internal' : ''}`).sort();
    expect(byText(0)).toEqual(['a internal', 'b internal', 'c']);
    expect(byText(2)).toEqual(['Both type', 'E', 'N', 'T type']);
    expect(byText(3)).toEqual(['Local type', 'again', 'g', 'renamed']);
    expect(byText(4)).toEqual(['C', 'default']);
    expect(byText(6)).toEqual(['Hidden internal', 'gen']);
    expect(byText(7)).toEqual(['OtherShape type', 'fromOther', 'own']);
    expect(byText(9)).toEqual(['again']);
  });
});
