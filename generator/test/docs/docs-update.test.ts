import { execFile } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, REPO, scratchRepo, type Run } from '../_repo.ts';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const CLI = join(REPO, 'generator/src/docs/docs-update.ts');
const run = promisify(execFile);

/** Runs `pnpm docs:update` as a maintainer would, against the scratch repository. */
async function docsUpdate(root: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, '--root', root, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const git = async (root: string, ...args: string[]) =>
  (await run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;

// One scratch repository (a git repo, so `git status --porcelain` shows every write), used by the tests in order.
let root = '';
beforeAll(async () => {
  root = await scratchRepo();
  await cp(join(REPO, 'docs-snapshots'), join(root, 'docs-snapshots'), { recursive: true });
  // The sandbox's manifest, so the changeset names every package changesets versions.
  await cp(join(REPO, 'packages/sandbox/package.json'), join(root, 'packages/sandbox/package.json'));
  // scratchRepo() leaves out the evidence audit the generator writes at the top.
  await cp(join(REPO, 'EVIDENCE.md'), join(root, 'EVIDENCE.md'));
  await writeFile(join(root, '.gitattributes'), '* -text\n');
  await git(root, 'init', '-q');
  await git(root, 'add', '-A');
  await git(root, 'commit', '-q', '-m', 'scratch');
}, 60_000);
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const OLD = () => join(root, 'docs-snapshots/lianlian-docs-2019-09-17');
const CURRENT = () => join(root, 'docs-snapshots/lianlian-docs');

describe('docs:update', () => {
  it('refuses --docs that is missing or not a docs tree, naming the path and what was expected', async () => {
    const missing = await docsUpdate(root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--docs is required');

    const notDocs = await docsUpdate(root, '--docs', join(root, 'spec'));
    expect(notDocs.code).toBe(2);
    expect(notDocs.stderr).toContain(`--docs ${join(root, 'spec')} has no SUMMARY.md; expected a folder of LianLian's docs with SUMMARY.md at its top`);
    expect(await git(root, 'status', '--porcelain')).toBe('');
  }, 60_000);

  it('with the docs the spec was imported from: says nothing changed and writes nothing', async () => {
    const r = await docsUpdate(root, '--docs', CURRENT());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('No differences.');
    expect(r.stdout).toContain('docs:update: nothing changed');
    expect(await git(root, 'status', '--porcelain')).toBe('');
  }, 60_000);

  let dryRunBump = '';
  it('--dry-run on the 2019-09-17 docs: prints the drift and the bump, writes nothing', async () => {
    const before = await git(root, 'status', '--porcelain');
    const r = await docsUpdate(root, '--docs', OLD(), '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(await git(root, 'status', '--porcelain')).toBe(before);
    expect(r.stdout).toMatch(/^Overall: major \(operations: 1 major, 7 minor, 1 patch;/m);
    expect(r.stdout).toContain('applied  spec/products/exchange-payment.yaml  exchangePayment.notification  request.pay_type: presence: docs optional, spec required');
    expect(r.stdout).toContain('Bump: docs-drift major; changeset major');
    expect(r.stdout).toContain("The changeset takes docs-drift's larger bump");
    expect(r.stdout).toContain('instantPayment.balance (docs/balance-query-api.md): page not found; kept as committed, not checked');
    expect(r.stdout).toContain('mpay.notification request.pay_type: presence: docs optional, spec required (kept by erratum mpay-pay-type-amex)');
    expect(r.stdout).toContain('docs:update --dry-run: nothing written.');
    // The spec changed by a minor (pay_type optional); the docs by a major (a page gone): the larger is announced.
    dryRunBump = /^changeset:spec: (\w+) /m.exec(r.stdout)?.[1] ?? '';
    expect(dryRunBump).toBe('major');
  }, 60_000);

  it('on the 2019-09-17 docs: imports, regenerates and writes the changeset with the bump docs-drift printed', async () => {
    const r = await docsUpdate(root, '--docs', OLD());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('docs:update: done');
    const status = (await git(root, 'status', '--porcelain', '--untracked-files=all')).split('\n').filter(Boolean).sort();
    const changeset = status.find((l) => l.startsWith('?? .changeset/'))?.slice(3) ?? '';
    expect(status).toEqual(
      [
        ` M packages/web/openapi.json`,
        ` M packages/web/src/functions/exchangePayment.notification.ts`,
        ` M packages/web/src/operations.ts`,
        ` M packages/web/src/wire-types.ts`,
        ` M spec/products/exchange-payment.yaml`,
        `?? ${changeset}`,
      ].sort(),
    );
    const text = await readFile(join(root, changeset), 'utf8');
    expect(text).toBe(
      `---\n"@lianlian-sdk/web": ${dryRunBump}\n"@lianlian-sdk/node": ${dryRunBump}\n---\n\nAPI changes from the spec:\n\n` +
        `- \`exchangePayment.notification\`: \`pay_type\` is now optional.\n` +
        `- LianLian's docs changed by more than the spec did (docs-drift: major; the spec's own changes: minor); released as major until a reviewer decides otherwise.\n`,
    );
    // The packages are exactly what the generator makes of the updated spec.
    const check = await generate(root, '--check');
    expect(check.code, check.stderr).toBe(0);
    // A second run finds the work done.
    const again = await docsUpdate(root, '--docs', OLD());
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('docs:update: nothing changed');
  }, 120_000);
});
