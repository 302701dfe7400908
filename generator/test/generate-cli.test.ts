import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLayout, planGeneration } from '../src/generate.ts';
import { generate, REPO, scratchRepo } from './_repo.ts';

async function snapshotTree(root: string, paths: readonly string[]): Promise<string[]> {
  return Promise.all(paths.map((p) => readFile(join(root, p), 'utf8').catch(() => '<missing>')));
}

describe('pnpm generate', () => {
  it('committed output matches the spec (--check passes on the repo)', async () => {
    const run = await generate(REPO, '--check');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/generated files match the spec/);
  });

  it('is deterministic: two plans are byte-identical, LF only, every TS file carries the header', async () => {
    const a = await planGeneration(defaultLayout(REPO));
    const b = await planGeneration(defaultLayout(REPO));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, text] of a) {
      expect(b.get(path), path).toBe(text);
      expect(text.includes('\r'), path).toBe(false);
      if (path.endsWith('.ts')) expect(text.startsWith('// Generated from spec/'), path).toBe(true);
    }
  });

  it('a second run writes nothing', async () => {
    const root = await scratchRepo();
    expect((await generate(root)).code).toBe(0);
    const second = await generate(root);
    expect(second.stdout).toMatch(/0 changed, 0 new, 0 removed/);
  });

  it('changing one spec field changes the clients, and --check names the stale files', async () => {
    const root = await scratchRepo();
    const file = join(root, 'spec/products/card-bind.yaml');
    const yaml = await readFile(file, 'utf8');
    // platform is Optional in the docs; pretend LianLian made it required.
    const changed = yaml.replace(/(- name: platform\n\s+presence: )optional/, '$1required');
    expect(changed).not.toBe(yaml);
    await writeFile(file, changed);
    const check = await generate(root, '--check');
    expect(check.code).toBe(1);
    for (const f of ['src/operations.ts', 'src/wire-types.ts', 'src/functions/cardBind.apply.ts', 'openapi.json']) expect(check.stderr).toContain(`changed  packages/web/${f}`);
    // The layers re-export the client: a spec change is a diff in packages/web only.
    expect(check.stderr).not.toMatch(/packages\/(node|deno)\//);
    expect((await generate(root)).code).toBe(0);
    const wire = await readFile(join(root, 'packages/web/src/wire-types.ts'), 'utf8');
    const applyRequest = wire.slice(wire.indexOf('CardBindApplyRequest: {'), wire.indexOf('CardBindApplyResponse: {'));
    expect(applyRequest).toMatch(/\n\s+platform: string;/);
    expect(applyRequest).not.toContain('platform?:');
    expect((await generate(root, '--check')).code).toBe(0);
  });

  it('removes files that no longer come from the spec, and --check reports them', async () => {
    const root = await scratchRepo();
    await writeFile(join(root, 'packages/web/src/leftover.ts'), 'export {};\n');
    await mkdir(join(root, 'packages/web/src/runtime/old-layer'));
    await writeFile(join(root, 'packages/web/src/runtime/old-layer/gone.ts'), 'export {};\n');
    const check = await generate(root, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('stale    packages/web/src/leftover.ts');
    expect(check.stderr).toContain('stale    packages/web/src/runtime/old-layer/gone.ts');
    expect((await generate(root)).code).toBe(0);
    // The folder a removed file leaves empty goes too; its parent, still in use, stays.
    expect(existsSync(join(root, 'packages/web/src/runtime/old-layer'))).toBe(false);
    expect(existsSync(join(root, 'packages/web/src/runtime'))).toBe(true);
  });

  it('an invalid spec exits non-zero, lists every problem with file:line:column, and writes nothing', async () => {
    const root = await scratchRepo();
    const owned = ['packages/web/src/client.ts', 'packages/web/src/operations.ts', 'packages/node/src/index.ts', 'packages/deno/mod.ts'];
    const file = join(root, 'spec/products/card-bin.yaml');
    const yaml = await readFile(file, 'utf8');
    const broken = yaml
      .replace(/\n    endpoint: [^\n]+/, '') // missing endpoint
      .replace(/(- name: card_no\n\s+presence: required\n\s+type: )string/, '$1strng') // unknown type
      .replace(/(\n\s+- name: oid_partner\n)/, '\n      - name: sign\n        presence: required\n        type: string\n        description: dup$1'); // duplicate field
    await writeFile(file, broken);
    await writeFile(join(root, 'spec/products/card-bind.yaml'), (await readFile(join(root, 'spec/products/card-bind.yaml'), 'utf8')) + '\n# touched\n');
    const before = await snapshotTree(root, owned);
    const run = await generate(root);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('spec/products/card-bin.yaml:'));
    expect(lines.some((l) => /^spec\/products\/card-bin\.yaml:\d+:\d+: operations\[0\]: missing required key "endpoint"$/.test(l))).toBe(true);
    expect(lines.some((l) => /:\d+:\d+: operations\[0\]\.request\[\d+\]\.type: unknown value "strng"; expected one of: string, integer, list, object$/.test(l))).toBe(true);
    expect(await snapshotTree(root, owned)).toEqual(before);
    // The duplicate is a semantic problem: it shows once the schema errors are fixed.
    await writeFile(file, broken.replace('strng', 'string').replace(/(\n    kind: api\n)/, '$1    endpoint: https://queryapi.lianlianpay.com/bankcardbin.htm\n'));
    const second = await generate(root);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/card-bin\.yaml:\d+:\d+: duplicate field "sign" \(first defined at request\[\d+\]\)/);
    expect(await snapshotTree(root, owned)).toEqual(before);
  });
});
