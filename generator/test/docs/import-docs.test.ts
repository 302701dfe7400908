import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LATEST_DOCS } from '../../src/docs/snapshots.ts';
import type { SpecField, SpecFile, SpecOperation } from '../../src/load/spec-types.ts';
import { REPO } from '../_repo.ts';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const CLI = join(REPO, 'generator/src/docs/import-docs.ts');
const PRODUCTS = join(REPO, 'spec/products');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI, as `pnpm import-docs` does. */
async function importDocs(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, ...args], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const yamlNames = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();

/** A scratch spec root (products, schema, shared) to edit freely. */
async function scratchSpec(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'lianlian-import-'));
  await cp(join(REPO, 'spec'), join(root, 'spec'), { recursive: true });
  return join(root, 'spec');
}

/** Every difference between two operations, key by key and field by field. */
function compareOperation(where: string, a: SpecOperation, b: SpecOperation | undefined): string[] {
  if (!b) return [`${where}: missing from the import`];
  const out: string[] = [];
  const { request, response, responseGroups, ...rest } = a;
  const { request: request2, response: response2, responseGroups: groups2, ...rest2 } = b;
  for (const key of new Set([...Object.keys(rest), ...Object.keys(rest2)]))
    if (JSON.stringify(rest[key as keyof typeof rest]) !== JSON.stringify(rest2[key as keyof typeof rest2]))
      out.push(`${where} ${key}: committed ${JSON.stringify(rest[key as keyof typeof rest])}, imported ${JSON.stringify(rest2[key as keyof typeof rest2])}`);
  out.push(...compareFields(`${where} request`, request, request2));
  out.push(...compareFields(`${where} response`, response ?? [], response2 ?? []));
  (responseGroups ?? []).forEach((g, i) => {
    const g2 = groups2?.[i];
    if (JSON.stringify(g.when) !== JSON.stringify(g2?.when)) out.push(`${where} responseGroups[${i}].when: committed ${JSON.stringify(g.when)}, imported ${JSON.stringify(g2?.when)}`);
    out.push(...compareFields(`${where} responseGroups[${i}]`, g.fields, g2?.fields ?? []));
  });
  if ((groups2?.length ?? 0) > (responseGroups?.length ?? 0)) out.push(`${where} responseGroups: the import has more groups`);
  return out;
}

function compareFields(where: string, a: readonly SpecField[], b: readonly SpecField[]): string[] {
  const out: string[] = [];
  a.forEach((f, i) => {
    const g = b[i];
    if (g?.name !== f.name) return void out.push(`${where}[${i}] ${f.name}: imported ${g ? `field ${g.name}` : 'nothing'} here`);
    const { items, ...facts } = f;
    const { items: items2, ...facts2 } = g;
    for (const key of new Set([...Object.keys(facts), ...Object.keys(facts2)]))
      if (JSON.stringify(facts[key as keyof typeof facts]) !== JSON.stringify(facts2[key as keyof typeof facts2]))
        out.push(`${where}.${f.name} ${key}: committed ${JSON.stringify(facts[key as keyof typeof facts])}, imported ${JSON.stringify(facts2[key as keyof typeof facts2])}`);
    if (items || items2) out.push(...compareFields(`${where}.${f.name}[]`, items ?? [], items2 ?? []));
  });
  for (const extra of b.slice(a.length)) out.push(`${where}: the import adds ${extra.name}`);
  return out;
}

describe('pnpm import-docs', () => {
  it('on the latest docs, reproduces every field of every committed operation', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lianlian-import-out-'));
    const run = await importDocs('--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const mismatches: string[] = [];
    for (const name of await yamlNames(PRODUCTS)) {
      const committed = parse(await readFile(join(PRODUCTS, name), 'utf8')) as SpecFile;
      const imported = parse(await readFile(join(out, name), 'utf8')) as SpecFile;
      for (const key of ['version', 'product', 'title', 'doc', 'errata'] as const)
        if (JSON.stringify(committed[key]) !== JSON.stringify(imported[key])) mismatches.push(`${name} ${key} differs`);
      for (const op of committed.operations)
        mismatches.push(...compareOperation(`${name} ${op.id}`, op, imported.operations.find((o) => o.id === op.id)));
    }
    expect(mismatches).toEqual([]);
  });

  it('is idempotent: importing onto its own output changes nothing, byte for byte', async () => {
    const first = await mkdtemp(join(tmpdir(), 'lianlian-import-out-'));
    const run = await importDocs('--out', first);
    expect(run.code).toBe(0);
    // Every operation it adds waits for a maintainer's words, and says so.
    for (const line of run.stdout.split('\n').filter((l) => l.startsWith('applied ') && l.includes('(operation)'))) {
      const [, file, id] = line.split(/\s+/);
      expect(run.stdout).toContain(`TODO(describe)  ${file ?? ''} ${id ?? ''}: summary, every description, sensitive fields`);
    }
    const spec = await scratchSpec();
    await cp(first, join(spec, 'products'), { recursive: true });
    const check = await importDocs('--spec', spec, '--check');
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('import-docs --check: the docs and the spec agree');
    expect(check.code).toBe(0);
    const second = await mkdtemp(join(tmpdir(), 'lianlian-import-out-'));
    expect((await importDocs('--spec', spec, '--out', second)).code).toBe(0);
    for (const name of await yamlNames(first)) expect(await readFile(join(second, name), 'utf8'), name).toBe(await readFile(join(first, name), 'utf8'));
  });

  it('--check lists every fact the docs and the spec disagree on, exits 1 and writes nothing', async () => {
    const spec = await scratchSpec();
    const file = join(spec, 'products/card-bind.yaml');
    const before = await readFile(file, 'utf8');
    const edited = before
      .replace(/(- name: platform\n\s+presence: optional\n\s+type: string\n\s+maxLength: )32/, '$116')
      .replace(/\n {6}- name: bind_mob\n(?: {8}.*\n)+?(?= {4}response:)/, '\n')
      .replace('          - { value: X, label: Other ID document }\n', '')
      .replace('bankcardbindlist.htm', 'bankcardbindlist2.htm')
      .replace(/(- name: token\n\s+presence: )optional/, '$1required')
      .replace(/(- name: card_no\n {16}presence: required\n {16}type: string\n {16}maxLength: )4/, '$116');
    await writeFile(file, edited);
    const run = await importDocs('--spec', spec, '--check');
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.includes('card-bind.yaml'));
    expect(lines).toEqual([
      '  spec/products/card-bind.yaml  cardBind.apply  request.platform: maxLength: docs 32, spec 16',
      '  spec/products/card-bind.yaml  cardBind.apply  request.id_type: enum: docs [0, 2, 3, 4, 6, 9, X], spec [0, 2, 3, 4, 6, 9]',
      '  spec/products/card-bind.yaml  cardBind.apply  request.bind_mob: in the docs, not in the spec',
      '  spec/products/card-bind.yaml  cardBind.apply  response.token: presence: docs optional, spec required',
      '  spec/products/card-bind.yaml  cardBind.query  endpoint: docs https://queryapi.lianlianpay.com/bankcardbindlist.htm, spec https://queryapi.lianlianpay.com/bankcardbindlist2.htm',
      '  spec/products/card-bind.yaml  cardBind.query  response.agreement_list[].card_no: maxLength: docs 4, spec 16',
    ]);
    expect(await readFile(file, 'utf8')).toBe(edited);
  });

  it('writes the docs facts back with line edits only: our words stay, new words are TODOs', async () => {
    const spec = await scratchSpec();
    const file = join(spec, 'products/card-bind.yaml');
    const committed = await readFile(file, 'utf8');
    await writeFile(
      file,
      committed.replace(/(- name: platform\n\s+presence: optional\n\s+type: string\n\s+maxLength: )32/, '$116').replace(/\n {6}- name: bind_mob\n(?: {8}.*\n)+?(?= {4}response:)/, '\n').replace('          - { value: X, label: Other ID document }\n', ''),
    );
    const run = await importDocs('--spec', spec);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('TODO(describe)  spec/products/card-bind.yaml cardBind.apply request.bind_mob: description (and sensitive, if it is)');
    const want = committed
      .replace('          - { value: X, label: Other ID document }\n', '          - { value: X, label: other certificates }\n')
      .replace(
        '      - name: bind_mob\n        presence: required\n        type: string\n        sensitive: true\n        description: Mobile number the bank holds for the card; mainland China only.\n    response:',
        '      - name: bind_mob\n        presence: required\n        type: string\n        description: "TODO(describe): bind_mob"\n    response:',
      );
    expect(await readFile(file, 'utf8')).toBe(want);
  });

  it('a failure writes nothing: an invalid result stops every file', async () => {
    const docs = join(await mkdtemp(join(tmpdir(), 'lianlian-docs-')), 'docs-root');
    await cp(LATEST_DOCS, docs, { recursive: true });
    await writeFile(join(docs, 'SUMMARY.md'), `${await readFile(join(docs, 'SUMMARY.md'), 'utf8')}\n## Broken\n* [Broken API](docs/broken-api.md)\n`);
    await writeFile(
      join(docs, 'docs/broken-api.md'),
      '# Broken API\n\n## Request\n\n###### Endpoint\n\n```html\nhttps: //traderapi.lianlianpay.com/broken.htm\n```\n\n###### Parameters\n\n|Name|Required|Type|Description|\n|:---|:---|:---|:---|\n|oid_partner|Required|String(18)|Merchant|\n|sign_type|Required|String(3)|RSA|\n',
    );
    const out = await mkdtemp(join(tmpdir(), 'lianlian-import-out-'));
    await cp(PRODUCTS, out, { recursive: true });
    // A second change that would be fine on its own: it must not be written either.
    await writeFile(join(out, 'card-bin.yaml'), 'stale\n');
    const before = await Promise.all((await readdir(out)).sort().map(async (n) => [n, await readFile(join(out, n), 'utf8')]));
    const run = await importDocs('--docs', docs, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/spec\/products\/broken\.yaml:\d+:\d+: .*endpoint.*does not match/);
    const after = await Promise.all((await readdir(out)).sort().map(async (n) => [n, await readFile(join(out, n), 'utf8')]));
    expect(after).toEqual(before);
  });
});
