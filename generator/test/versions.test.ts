import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../src/targets.ts';
import { versionedFiles, versionProblems } from '../src/versions.ts';
import { REPO, scratchRepo } from './_repo.ts';

describe('package versions', () => {
  it('the Deno package follows @lianlian-sdk/web; each npm package keeps its own (changesets bumps package.json only)', () => {
    const source = Object.fromEntries(TARGETS.map((t) => [t.id, t.versionSource]));
    expect(source).toEqual({ web: 'packages/web/package.json', node: 'packages/node/package.json', deno: 'packages/web/package.json' });
  });

  it('every committed manifest and openapi.json carries its source version (the deno.json files = web package.json)', async () => {
    expect(await versionProblems(REPO)).toEqual([]);
    const web = JSON.parse(await readFile(join(REPO, 'packages/web/package.json'), 'utf8')) as { version: string };
    for (const f of ['packages/web/deno.json', 'packages/deno/deno.json'])
      expect((JSON.parse(await readFile(join(REPO, f), 'utf8')) as { version: string }).version, f).toBe(web.version);
  });

  it('a bumped web package.json makes every copy of its version a problem, named by file', async () => {
    const root = await scratchRepo();
    const file = join(root, 'packages/web/package.json');
    const text = await readFile(file, 'utf8');
    const doc = JSON.parse(text) as { version: string };
    await writeFile(file, text.replace(`"version": "${doc.version}"`, '"version": "99.0.0"'));
    const problems = await versionProblems(root);
    const deno = TARGETS.find((t) => t.id === 'deno')!;
    const web = TARGETS.find((t) => t.id === 'web')!;
    const expected = [...versionedFiles(web), ...versionedFiles(deno)].map((f) => f.file).filter((f) => !f.endsWith('package.json'));
    expect(expected).toEqual(['packages/web/deno.json', 'packages/web/openapi.json', 'packages/deno/deno.json']);
    expect(problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual(expected);
    expect(problems).toContain(`packages/deno/deno.json: version is ${JSON.stringify(doc.version)}, but packages/web/package.json says "99.0.0" (run pnpm generate)`);
  });
});
