import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, scratchRepo } from './_repo.ts';

const OWNED = ['packages/web/src/operations.ts', 'packages/web/src/client.ts', 'packages/web/src/functions.ts', 'packages/web/openapi.json'];
const snapshot = (root: string) => Promise.all(OWNED.map((p) => readFile(join(root, p), 'utf8')));

/** A scratch repo whose mpay.yaml stops before mpay.verifyDirect: verifyDirect, query and notification are gone. */
async function truncatedMpay(): Promise<string> {
  const root = await scratchRepo();
  const file = join(root, 'spec/products/mpay.yaml');
  const yaml = await readFile(file, 'utf8');
  const cut = yaml.indexOf('\n  - id: mpay.verifyDirect\n');
  expect(cut).toBeGreaterThan(0);
  // mpay.applyDirect looks its payments up with mpay.query, which goes too: drop that lookup as well.
  const lookup = '    lookup:\n      operation: mpay.query\n      fields: [no_order, dt_order]\n';
  expect(yaml.slice(0, cut)).toContain(lookup);
  await writeFile(file, yaml.slice(0, cut + 1).replace(lookup, ''));
  return root;
}

const REMOVED = ['mpay.notification', 'mpay.query', 'mpay.verifyDirect'];

describe('operations a regeneration would remove', () => {
  it('are refused: each is named with its spec file, nothing is written, exit 1', async () => {
    const root = await truncatedMpay();
    const before = await snapshot(root);
    const run = await generate(root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('generate: this run would remove 3 operations from the generated packages');
    for (const id of REMOVED) expect(run.stderr).toContain(`  removed operation  ${id} (spec/products/mpay.yaml)`);
    expect(run.stderr).toContain('--allow-removed mpay.notification,mpay.query,mpay.verifyDirect (or --allow-removals)');
    expect(await snapshot(root)).toEqual(before);
  });

  it('--check names them in its drift output', async () => {
    const root = await truncatedMpay();
    const check = await generate(root, '--check');
    expect(check.code).toBe(1);
    for (const id of REMOVED) expect(check.stderr).toContain(`  removed operation  ${id} (spec/products/mpay.yaml)`);
    expect(check.stderr).toContain('changed  packages/web/src/operations.ts');
  });

  it('allowing only some still refuses the rest; naming one that is not removed is refused too', async () => {
    const root = await truncatedMpay();
    const before = await snapshot(root);
    const partial = await generate(root, '--allow-removed', 'mpay.query,mpay.verifyDirect');
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain('would remove 1 operation from');
    expect(partial.stderr).toContain('  removed operation  mpay.notification (spec/products/mpay.yaml)');
    expect(partial.stderr).not.toContain('removed operation  mpay.query');
    const typo = await generate(root, '--allow-removed', 'mpay.query,mpay.verifyDirect,mpay.notification,mpay.cardBindApply');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('--allow-removed names mpay.cardBindApply, which this run does not remove');
    expect(await snapshot(root)).toEqual(before);
  });

  it('go ahead when every one is allowed, and are printed as removals', async () => {
    const root = await truncatedMpay();
    const run = await generate(root, '--allow-removed', 'mpay.query', '--allow-removed', 'mpay.verifyDirect,mpay.notification');
    expect(run.code).toBe(0);
    for (const id of REMOVED) expect(run.stdout).toContain(`  removed operation  ${id} (spec/products/mpay.yaml)`);
    expect(run.stdout).toMatch(/; 3 operations removed \(allowed\)\n/);
    const table = await readFile(join(root, 'packages/web/src/operations.ts'), 'utf8');
    expect(table).not.toContain('"mpay.query"');
    expect(table).toContain('"mpay.applyDirect"');
    // The removal is now committed output: the next run has nothing to refuse.
    const again = await generate(root, '--check');
    expect(again.code).toBe(0);
  });

  it('--allow-removals allows all; a removed spec file is named as such', async () => {
    const root = await scratchRepo();
    await rm(join(root, 'spec/products/card-bin.yaml'));
    const refused = await generate(root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('  removed operation  cardBin.query (product cardBin: no spec file defines it any more)');
    const run = await generate(root, '--allow-removals');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  removed operation  cardBin.query (product cardBin: no spec file defines it any more)');
  });

  it('an unreadable committed operations table stops the run instead of hiding removals', async () => {
    const root = await scratchRepo();
    await writeFile(join(root, 'packages/web/src/operations.ts'), 'export const operations = {};\n');
    const run = await generate(root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('packages/web/src/operations.ts: cannot read its operations table, so removed operations cannot be found');
  });
});
