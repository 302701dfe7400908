import { execFile } from 'node:child_process';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../src/emit/client.ts';
import { docText } from '../src/emit/doc-text.ts';
import { defaultLayout, planGeneration } from '../src/generate.ts';
import { buildIr } from '../src/ir/build-ir.ts';
import { loadSpec } from '../src/load/load-spec.ts';
import { generate, REPO, scratchRepo } from './_repo.ts';
import { PAYLOAD, poisonSpec, withPayload } from './_hostile-spec.ts';

const TSX = join(REPO, 'node_modules/.bin/tsx');

/** Syntax errors of a TS file, as text. */
function syntaxErrors(path: string, text: string): string[] {
  const out = ts.transpileModule(text, { fileName: path, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  return (out.diagnostics ?? []).map((d) => `${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** The file's syntax tree as a list of node kinds (comments are not nodes, literal text is not kept), and any identifier named `pwned`. */
function shape(path: string, text: string): { kinds: string[]; pwned: number } {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const kinds: string[] = [];
  let pwned = 0;
  const walk = (node: ts.Node) => {
    kinds.push(ts.SyntaxKind[node.kind]);
    if (ts.isIdentifier(node) && node.text === 'pwned') pwned++;
    ts.forEachChild(node, walk);
  };
  walk(file);
  return { kinds, pwned };
}

async function tsFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Imports the given modules in a fresh Node process (tsx, as a user's tooling would) and reports `globalThis.pwned`. */
async function pwnedAfterImporting(root: string, files: readonly string[]): Promise<string> {
  const script = join(root, `import-${files.length}.mts`);
  await writeFile(script, `(globalThis as any).pwned = 'untouched';\nfor (const f of ${JSON.stringify(files)}) await import(f);\nconsole.log(String((globalThis as any).pwned));\n`);
  const { stdout } = await promisify(execFile)(TSX, [script], { cwd: root });
  return stdout.trim();
}

describe('spec text cannot write code into the generated packages', () => {
  it('a payload in every text field and endpoint stays inside comments and strings: every file parses to the clean shape, importing runs nothing', async () => {
    const root = await scratchRepo();
    const clean = await planGeneration(defaultLayout(root));
    const changed = await poisonSpec(join(root, 'spec'), withPayload);
    expect(changed.texts).toBeGreaterThan(1000);
    expect(changed.endpoints).toBeGreaterThan(20);
    const run = await generate(root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const files = (await Promise.all(['packages/web', 'packages/node', 'packages/deno'].map((d) => tsFiles(root, d)))).flat().filter((f) => !f.includes('node_modules'));
    expect(files.length).toBeGreaterThan(100);
    let carrying = 0;
    for (const path of files) {
      const text = await readFile(join(root, path), 'utf8');
      if (text.includes('globalThis.pwned')) carrying++;
      expect(syntaxErrors(path, text)).toEqual([]);
      const hostile = shape(path, text);
      expect(hostile.pwned, path).toBe(0);
      const before = clean.get(path);
      expect(before, `${path} is not in the clean plan`).toBeDefined();
      expect(hostile.kinds, path).toEqual(shape(path, before!).kinds);
      // Compiled as the packages are, the payload is at most string data, never code.
      const js = ts.transpileModule(text, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022 } }).outputText;
      expect(shape(path, js).pwned, path).toBe(0);
    }
    // The payload did reach the output (client, wire types, functions, shared tables), as text.
    expect(carrying).toBeGreaterThan(40);
    for (const f of ['packages/web/src/client.ts', 'packages/web/src/wire-types.ts', 'packages/web/src/return-codes.ts', 'packages/web/src/risk-item.ts', 'packages/web/src/functions/mpay.query.ts'])
      expect(await readFile(join(root, f), 'utf8'), f).toContain('\\@internal *\\/ globalThis.pwned = 1; /*');
    // `@internal` at the start of a doc would hide the method from the published types (stripInternal).
    expect(await readFile(join(root, 'packages/web/src/client.ts'), 'utf8')).not.toMatch(/^\s*(\/\*\*|\*) @internal/m);

    // Importing the generated entries runs their module code: the payload must not be part of it.
    await symlink(join(REPO, 'packages/web/node_modules'), join(root, 'packages/web/node_modules'), 'dir');
    const control = join(root, 'control.ts');
    await writeFile(control, `/** ${PAYLOAD} */\nexport const x = 1;\n`);
    expect(await pwnedAfterImporting(root, [control])).toBe('1'); // the harness does see an unescaped payload run
    expect(await pwnedAfterImporting(root, ['index.ts', 'functions.ts', 'risk-item.ts'].map((f) => join(root, 'packages/web/src', f)))).toBe('untouched');
  });

  it('line separators and control characters in any text field are refused by the loader, each located, and nothing is written', async () => {
    const root = await scratchRepo();
    const owned = join(root, 'packages/web/src/client.ts');
    const before = await readFile(owned, 'utf8');
    const changed = await poisonSpec(join(root, 'spec'), (text) => `${text}\u2028globalThis.pwned = 1; //\u0085`);
    const run = await generate(root);
    expect(run.code).toBe(2);
    const problems = run.stderr.split('\n').filter((l) => /^spec\/(products|shared)\/[\w-]+\.yaml:\d+:\d+: /.test(l));
    expect(problems).toHaveLength(changed.texts);
    for (const p of problems) expect(p).toMatch(/: holds U\+2028 at character \d+; spec text may use tabs and line breaks but no other control, line-separator or bidirectional characters$/);
    expect(await readFile(owned, 'utf8')).toBe(before);
  });

  it('the emitters escape on their own too: an IR the loader never saw, with U+2028 and a star-slash, still gives a client that parses', async () => {
    const loaded = await loadSpec(join(REPO, 'spec'));
    const hostile = `*/ globalThis.pwned = 1; /*\u2028@internal\u2029x\r\ny`;
    const poisoned = {
      ...loaded,
      files: loaded.files.map((f) => ({ ...f, spec: { ...f.spec, title: hostile, operations: f.spec.operations.map((op) => ({ ...op, summary: hostile, title: hostile })) } })),
    };
    const client = emitClient(buildIr(poisoned));
    expect(syntaxErrors('client.ts', client)).toEqual([]);
    expect(shape('client.ts', client).pwned).toBe(0);
    expect(shape('client.ts', client).kinds).toEqual(shape('client.ts', emitClient(buildIr(loaded))).kinds);
    expect(client).not.toMatch(/[\u2028\u2029\r]/);
  });

  it('docText: one line, no star-slash, no leading tag, controls replaced', () => {
    expect(docText('a */ b')).toBe('a *\\/ b');
    expect(docText('@internal x')).toBe('\\@internal x');
    expect(docText('  @see y')).toBe('  \\@see y');
    expect(docText('mid @tag stays')).toBe('mid @tag stays');
    expect(docText('one\u2028two \u2029 three\r\nfour\rfive\nsix')).toBe('one two three four five six');
    expect(docText('bidi\u202Eesrever\u0007')).toBe('bidi\uFFFDesrever\uFFFD');
    // In a `//` comment the escaped text cannot end the line and start code.
    const line = `// ${docText('note\u2028globalThis.pwned = 1')}\nexport {};\n`;
    expect(shape('x.ts', line).pwned).toBe(0);
  });
});
