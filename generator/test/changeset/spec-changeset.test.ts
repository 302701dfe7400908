import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planSpecChangeset, renderChangeset } from '../../src/changeset/spec-changeset.ts';
import { REPO } from '../_repo.ts';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const CLI = join(REPO, 'generator/src/changeset/spec-changeset.ts');
const CLIENTS = { '@lianlian-sdk/web': 'x', '@lianlian-sdk/node': 'x' };
const releases = (bump: string, sandbox: boolean) =>
  Object.fromEntries([...Object.keys(CLIENTS), ...(sandbox ? ['@lianlian-sdk/sandbox'] : [])].map((p) => [p, bump]));

interface Field {
  name: string;
  presence: string;
  description: string;
  enum?: { value: string; label: string }[];
  [k: string]: unknown;
}
interface Op {
  id: string;
  request: Field[];
  [k: string]: unknown;
}
interface SpecFile {
  operations: Op[];
}

let scratch: string;
let base: string;

/** A scratch copy of spec/ with one product file edited as data (re-serialized, so formatting changes too). */
async function edited(file: string, change: (spec: SpecFile) => void): Promise<string> {
  const dir = await mkdtemp(join(scratch, 'after-'));
  await cp(base, dir, { recursive: true });
  const path = join(dir, 'products', file);
  const spec = parse(await readFile(path, 'utf8')) as SpecFile;
  change(spec);
  await writeFile(path, stringify(spec, { lineWidth: 0 }));
  return dir;
}

const op = (spec: SpecFile, id: string): Op => {
  const found = spec.operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};
const field = (o: Op, name: string): Field => {
  const found = o.request.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${o.id}`);
  return found;
};

async function run(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'lianlian-spec-changeset-'));
  base = join(scratch, 'base');
  await cp(join(REPO, 'spec'), base, { recursive: true });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('planSpecChangeset: the bump a spec edit calls for', () => {
  const cases: [string, string, (s: SpecFile) => void, { bump: string; sandbox: boolean; sentences: string[] }][] = [
    [
      'major: operation removed',
      'card-bind.yaml',
      (s) => void (s.operations = s.operations.filter((o) => o.id !== 'cardBind.unbind')),
      { bump: 'major', sandbox: true, sentences: ['`cardBind.unbind` has been removed.'] },
    ],
    [
      'major: field removed',
      'card-bind.yaml',
      (s) => void (op(s, 'cardBind.apply').request = op(s, 'cardBind.apply').request.filter((f) => f.name !== 'platform')),
      { bump: 'major', sandbox: true, sentences: ['`cardBind.apply`: `platform` has been removed; stop sending it.'] },
    ],
    [
      'major: field newly required',
      'card-bind.yaml',
      (s) => void (field(op(s, 'cardBind.apply'), 'platform').presence = 'required'),
      { bump: 'major', sandbox: true, sentences: ['`cardBind.apply`: `platform` is now required.'] },
    ],
    [
      'major: enum narrowed',
      'card-bind.yaml',
      (s) => {
        const f = field(op(s, 'cardBind.apply'), 'pay_type');
        f.enum = f.enum!.filter((e) => e.value !== 'N');
      },
      { bump: 'major', sandbox: true, sentences: ['`cardBind.apply`: `pay_type` no longer accepts `N`.'] },
    ],
    [
      'minor on a notification: the clients change, the sandbox (which serves API calls) does not',
      'easypay.yaml',
      (s) => void (field(op(s, 'easypay.notification'), 'oid_partner').presence = 'optional'),
      { bump: 'minor', sandbox: false, sentences: ['`easypay.notification`: `oid_partner` is now optional.'] },
    ],
    [
      'minor: operation added',
      'card-bind.yaml',
      (s) => {
        const { errata: _, ...query } = structuredClone(op(s, 'cardBind.query'));
        s.operations.push({ ...query, id: 'cardBind.queryAll', title: 'Card Bind Query (all)' });
      },
      { bump: 'minor', sandbox: true, sentences: ['New API call `cardBind.queryAll`: Card Bind Query (all).'] },
    ],
    [
      'minor: optional field added',
      'card-bind.yaml',
      (s) => void op(s, 'cardBind.apply').request.push({ name: 'memo', presence: 'optional', type: 'string', maxLength: 64, description: 'Free text.' }),
      { bump: 'minor', sandbox: true, sentences: ['`cardBind.apply`: new optional field `memo`.'] },
    ],
    [
      'patch: description only',
      'card-bind.yaml',
      (s) => void (field(op(s, 'cardBind.apply'), 'user_id').description = 'Your own ID for this user.'),
      { bump: 'patch', sandbox: false, sentences: ['`cardBind.apply`: reworded the description of `user_id`.'] },
    ],
  ];

  it.each(cases)('%s', async (_name, file, change, want) => {
    const plan = await planSpecChangeset(base, await edited(file, change));
    expect(plan.bump).toBe(want.bump);
    expect(Object.fromEntries(plan.releases)).toEqual(releases(want.bump, want.sandbox));
    expect(plan.sentences).toEqual(want.sentences);
    expect(plan.unversioned).toEqual(['@lianlian-sdk/deno']);
    expect(plan.unclassified).toEqual([]);
    const text = renderChangeset(plan);
    expect(text).toBe(`---\n${Object.entries(releases(want.bump, want.sandbox)).map(([p, b]) => `"${p}": ${b}`).join('\n')}\n---\n\n${want.sentences[0]}\n`);
  });

  it('takes each package to the largest bump of the changes that reach it', async () => {
    const plan = await planSpecChangeset(
      base,
      await edited('card-bind.yaml', (s) => {
        field(op(s, 'cardBind.apply'), 'user_id').description = 'Your own ID for this user.'; // patch, clients only
        field(op(s, 'cardBind.verify'), 'token').presence = 'optional'; // minor, with the sandbox
      }),
    );
    expect(plan.bump).toBe('minor');
    expect(Object.fromEntries(plan.releases)).toEqual(releases('minor', true));
    expect(renderChangeset(plan)).toContain(
      'API changes from the spec:\n\n- `cardBind.apply`: reworded the description of `user_id`.\n- `cardBind.verify`: `token` is now optional.\n',
    );
  });

  it('reads the spec through the loader and IR: re-serializing a file, or spelling out a default, is no change', async () => {
    const after = await edited('card-bind.yaml', (s) => {
      const o = op(s, 'cardBind.query');
      o['successCodes'] = ['0000']; // the IR's default
      o['payload'] = 'none';
    });
    const plan = await planSpecChangeset(base, after);
    expect(plan.bump).toBe('none');
    expect(plan.changes).toEqual([]);
    expect(plan.unclassified).toEqual([]);
  });

  it('lists what generator/src/diff has no rule for instead of calling it no change', async () => {
    const plan = await planSpecChangeset(base, await edited('card-bind.yaml', (s) => void (op(s, 'cardBind.query')['signTypes'] = ['SHA256withRSA'])));
    expect(plan.bump).toBe('none');
    expect(plan.unclassified).toEqual(['`cardBind.query`: signTypes']);
  });
});

describe('pnpm changeset:spec (CLI)', () => {
  it('compares with the spec at git HEAD and writes .changeset/spec-<hash>.md once', async () => {
    const repo = await mkdtemp(join(scratch, 'git-'));
    await cp(base, join(repo, 'spec'), { recursive: true });
    const git = (...args: string[]) => promisify(execFile)('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo });
    await git('init', '-q');
    await git('add', 'spec');
    await git('commit', '-q', '-m', 'spec');
    const path = join(repo, 'spec/products/card-bind.yaml');
    const spec = parse(await readFile(path, 'utf8')) as SpecFile;
    field(op(spec, 'cardBind.apply'), 'platform').presence = 'required';
    await writeFile(path, stringify(spec, { lineWidth: 0 }));
    const dir = join(repo, '.changeset');

    const dry = await run(repo, '--spec', 'spec', '--dir', dir, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('`cardBind.apply`: `platform` is now required.');
    await expect(readdir(dir)).rejects.toThrow();

    const first = await run(repo, '--spec', 'spec', '--dir', dir);
    expect(first.code).toBe(0);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^spec-[0-9a-f]{8}\.md$/);
    expect(first.stdout).toContain(`major (1 operation changed); wrote ${join('.changeset', files[0]!)}`);
    expect(await readFile(join(dir, files[0]!), 'utf8')).toBe(
      '---\n"@lianlian-sdk/web": major\n"@lianlian-sdk/node": major\n"@lianlian-sdk/sandbox": major\n---\n\n`cardBind.apply`: `platform` is now required.\n',
    );

    const again = await run(repo, '--spec', 'spec', '--dir', dir);
    expect(again.stdout).toContain('already written');
    expect(await readdir(dir)).toEqual(files);
  });

  it('writes nothing, says so and exits 0 when nothing changed', async () => {
    const dir = join(scratch, 'no-change-out');
    const res = await run(scratch, '--base-dir', base, '--spec', base, '--dir', dir);
    expect(res).toMatchObject({ code: 0 });
    expect(res.stdout).toMatch(/no operation changed .*; no changeset written\./);
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('exits 2 naming the problem when a spec does not load', async () => {
    const broken = await edited('card-bind.yaml', (s) => void (field(op(s, 'cardBind.apply'), 'platform').presence = 'sometimes'));
    const res = await run(scratch, '--base-dir', base, '--spec', broken, '--dir', join(scratch, 'broken-out'));
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/card-bind\.yaml:\d+:\d+: .*presence/);
  });
});
