import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../src/load/load-spec.ts';
import { SpecError } from '../src/load/spec-error.ts';
import { generate, REPO, scratchRepo } from './_repo.ts';

/** A copy of spec/ whose card-bin.yaml ends with `tail`; returns the dir and the file's path as the loader names it. */
async function specWith(tail: string): Promise<{ dir: string; file: string; line: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'lianlian-spec-'));
  await cp(join(REPO, 'spec'), dir, { recursive: true });
  const abs = join(dir, 'products/card-bin.yaml');
  const text = await readFile(abs, 'utf8');
  await writeFile(abs, text + tail);
  return { dir, file: relative(process.cwd(), abs), line: text.split('\n').length };
}

async function problemsOf(dir: string): Promise<string[]> {
  const err = await loadSpec(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SpecError);
  return (err as SpecError).message.split('\n').slice(1);
}

/** "Billion laughs": nine levels of nine aliases each, 9^9 strings if expanded. */
function bomb(): string {
  const names = 'abcdefghi';
  const rows = [`x-lol-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i < names.length; i++) rows.push(`x-lol-${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  return rows.join('\n') + '\n';
}

describe('YAML the loader refuses, located', () => {
  it('an alias bomb is one located problem naming the alias and the limit, not a crash', async () => {
    const { dir, file, line } = await specWith(bomb());
    const problems = await problemsOf(dir);
    expect(problems).toHaveLength(1);
    // yaml counts uses of an anchor times the aliases inside it: the first *c (9 × 9 aliases inside) is over 100.
    expect(problems[0]).toBe(
      `${file}:${line + 3}:${'x-lol-d: &d ['.length + 1}: alias *c expands too far (over 100 aliased values, nested aliases multiplying: a YAML alias bomb); anchors and aliases are allowed only while they stay under that count: write the values out`,
    );
  });

  it('the CLI prints the located bomb and exits 2, without a stack trace', async () => {
    const root = await scratchRepo();
    const abs = join(root, 'spec/products/card-bin.yaml');
    await writeFile(abs, (await readFile(abs, 'utf8')) + bomb());
    const run = await generate(root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^spec has 1 problem:\nspec\/products\/card-bin\.yaml:\d+:\d+: alias \*c expands too far/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('small aliases still work: a reused anchor is read as its value', async () => {
    const { dir } = await specWith('');
    const abs = join(dir, 'products/card-bin.yaml');
    const text = await readFile(abs, 'utf8');
    const aliased = text.replace(/\n    summary: ([^\n]+)/, '\n    summary: &s $1') + 'x-note: *s\n';
    expect(aliased).not.toBe(text + 'x-note: *s\n');
    await writeFile(abs, aliased);
    // The alias resolves; the schema then names the unknown key it sits under, so the data was read.
    const problems = await problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/: file: unknown key "x-note"; allowed keys: /);
  });

  it('an alias without an anchor, an alias inside its own anchor, and syntax errors are located', async () => {
    const { dir, file, line } = await specWith('x-a: *nowhere\nx-b: &loop [1, *loop]\nx-c: !custom text\nx-d: [1\n');
    const problems = await problemsOf(dir);
    expect(problems).toContain(`${file}:${line}:6: alias *nowhere has no anchor &nowhere before it`);
    expect(problems).toContain(`${file}:${line + 1}:16: alias *loop is inside its own anchor &loop (a cycle); write the value out`);
    expect(problems).toContain(`${file}:${line + 2}:6: Unresolved tag: !custom`);
    expect(problems.some((p) => p.startsWith(`${file}:${line + 3}:`) || p.startsWith(`${file}:${line + 4}:`))).toBe(true);
    for (const p of problems) expect(p.startsWith(`${file}:`), p).toBe(true);
  });

  it('control, line-separator and bidirectional characters in spec text are located and named', async () => {
    const { dir, file } = await specWith('');
    const abs = join(dir, 'products/card-bin.yaml');
    const text = await readFile(abs, 'utf8');
    const lines = text.split('\n');
    const summaryLine = lines.findIndex((l) => l.startsWith('    summary: ')) + 1;
    const titleLine = lines.findIndex((l) => l.startsWith('title: ')) + 1;
    await writeFile(
      abs,
      text
        .replace(/\n    summary: ([^\n]+)/, (_, s: string) => `\n    summary: "${s.replace(/"/g, '\\"')}\\u2028ok"`)
        .replace(/\ntitle: ([^\n]+)/, (_, s: string) => `\ntitle: "\\u202E${s}"`),
    );
    const problems = await problemsOf(dir);
    expect(problems).toContain(`${file}:${titleLine}:8: title: holds U+202E at character 1; spec text may use tabs and line breaks but no other control, line-separator or bidirectional characters`);
    expect(problems.find((p) => p.startsWith(`${file}:${summaryLine}:14: operations[0].summary: holds U+2028 at character `))).toBeDefined();
  });
});
