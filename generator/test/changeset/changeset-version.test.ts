/**
 * The real `changeset version` (@changesets/cli) on a scratch copy of the repo: changesets bumps web
 * and node's package.json and changes only their version line (the generator writes package.json in
 * changesets' own layout); then the real `generate --check` names exactly the files that carry a copy
 * of that version (the deno.json files follow web), and `generate` writes it there.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultLayout, OWNED_DIRS, planGeneration } from '../../src/generate.ts';
import { applyPlan } from '../../src/write/atomic-write.ts';
import { diffPlan } from '../../src/write/file-plan.ts';
import { generate, REPO, scratchRepo } from '../_repo.ts';

const exec = promisify(execFile);
const CHANGESET = join(REPO, 'node_modules/.bin/changeset');

function patchBump(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`test expects a plain x.y.z version, got ${version}`);
  return `${m[1]}.${m[2]}.${Number(m[3]) + 1}`;
}

/** `changed  path` / `missing  path` / `stale    path` lines of `generate --check`. */
function reported(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((l) => /^ {2}(?:changed|missing|stale) +(\S+)$/.exec(l)?.[1])
    .filter((p): p is string => p !== undefined)
    .sort();
}

describe('changeset version, then pnpm generate', () => {
  it('changesets changes only the version line; generate --check fails naming the version copies until generate writes them', async () => {
    const root = await scratchRepo();
    try {
      // The workspace changesets reads, and a throwaway changeset instead of the committed ones.
      await mkdir(join(root, '.changeset'));
      await mkdir(join(root, 'packages/sandbox'));
      for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json', 'packages/sandbox/package.json']) await copyFile(join(REPO, f), join(root, f));
      await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'));
      await writeFile(join(root, '.changeset/throwaway-test.md'), '---\n"@lianlian-sdk/web": patch\n---\n\nA throwaway change for the test.\n');
      // Start from a tree the generator agrees with (the working copy may be mid-change), committed.
      const layout = defaultLayout(root);
      const plan = await planGeneration(layout);
      await applyPlan(root, plan, await diffPlan(root, plan, OWNED_DIRS));
      const git = (...args: string[]) => exec('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', '-c', 'commit.gpgsign=false', ...args], { cwd: root });
      await git('init', '-q');
      await git('add', '-A');
      await git('commit', '-q', '-m', 'scratch');

      const manifests = ['packages/web/package.json', 'packages/node/package.json'];
      const before = await Promise.all(manifests.map((f) => readFile(join(root, f), 'utf8')));
      const from = (JSON.parse(before[0]!) as { version: string }).version;
      const to = patchBump(from);

      await exec(CHANGESET, ['version'], { cwd: root });

      // web and node are a fixed group: both bumped, and nothing but the version line moved.
      for (const [i, f] of manifests.entries()) {
        const after = await readFile(join(root, f), 'utf8');
        expect((JSON.parse(after) as { version: string }).version, f).toBe(to);
        expect(after, f).toBe(before[i]!.replace(`\n  "version": "${from}",\n`, `\n  "version": "${to}",\n`));
      }

      const stale = await generate(root, '--check');
      expect(stale.code).toBe(1);
      expect(reported(stale.stderr)).toEqual(['packages/deno/deno.json', 'packages/web/deno.json', 'packages/web/openapi.json']);

      // `pnpm generate`, in-process: what the CLI does (another CLI start-up would cost ~10 s).
      const bumped = await planGeneration(layout);
      const drift = await diffPlan(root, bumped, OWNED_DIRS);
      expect(drift.changed).toEqual(reported(stale.stderr));
      expect([...drift.missing, ...drift.stale]).toEqual([]); // CHANGELOG.md is the packages' own
      await applyPlan(root, bumped, drift);
      for (const f of ['packages/web/deno.json', 'packages/deno/deno.json'])
        expect((JSON.parse(await readFile(join(root, f), 'utf8')) as { version: string }).version, f).toBe(to);
      // The Deno layer pins the client at the same version.
      expect((JSON.parse(await readFile(join(root, 'packages/deno/deno.json'), 'utf8')) as { imports: Record<string, string> }).imports['@lianlian-sdk/web']).toBe(`jsr:@lianlian-sdk/web@${to}`);
      expect((JSON.parse(await readFile(join(root, 'packages/web/openapi.json'), 'utf8')) as { info: { version: string } }).info.version).toBe(to);
      // What changesets wrote is left as it is: package.json (not in drift.changed) and the new CHANGELOG.md.
      expect(await readFile(join(root, 'packages/web/CHANGELOG.md'), 'utf8')).toContain('A throwaway change for the test.');

      // Clean now. The plan's inputs (spec, templates, runtime, the package.json versions) are as they were, so
      // this is what a second `generate --check` compares (planning is deterministic: generate-cli.test.ts).
      expect(await diffPlan(root, bumped, OWNED_DIRS)).toEqual({ changed: [], missing: [], stale: [] });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000); // ~25 s alone (one generator CLI run, two in-process plans); more beside the rest of the suite
});
