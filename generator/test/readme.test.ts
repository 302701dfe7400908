/**
 * The package README a merchant reads: its configuration table and error table are generated
 * from the runtime, so they must name every LianLianConfig option and every exported error class.
 * Checked on a real `generate` run into a scratch copy of the repo, against ts-morph's own reading
 * of the runtime source (not the emitter's).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configRows } from '../src/emit/config-table.ts';
import { generate, REPO, scratchRepo } from './_repo.ts';

const CONFIG = join(REPO, 'generator/runtime/4-operations/config.ts');
const ERRORS = join(REPO, 'generator/runtime/1-errors-encoding/errors');

let root: string;
let readme: string;
beforeAll(async () => {
  root = await scratchRepo();
  const run = await generate(root);
  expect(run.code, run.stderr).toBe(0);
  readme = await readFile(join(root, 'packages/web/README.md'), 'utf8');
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** The rows of the README table under `## <heading>`, as their first cell without backticks. */
function tableNames(text: string, heading: string): string[] {
  const section = text.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => /^\| `([^`]+)`/.exec(l)![1]!);
}

describe('web README', () => {
  it('has one configuration row per LianLianConfig property, with a type and a sentence', async () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const config = project.createSourceFile('config.ts', await readFile(CONFIG, 'utf8')).getInterfaceOrThrow('LianLianConfig');
    const properties = config.getProperties().map((p) => p.getName());
    expect(properties).toContain('baseUrl');
    expect(tableNames(readme, 'Configuration')).toEqual(properties);
    for (const name of ['oidPartner', 'privateKey', 'lianlianPublicKey']) expect(readme).toMatch(new RegExp(`\\| \`${name}\` \\| .+ \\| required \\|`));
    expect(readme).toMatch(/\| `timeout` \| `number` \| 30 000 \| Milliseconds/);
  });

  it('names every error class the runtime exports, each with advice', async () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const classes: string[] = [];
    for (const file of (await readdir(ERRORS)).filter((f) => !f.startsWith('_')))
      for (const c of project.createSourceFile(file, await readFile(join(ERRORS, file), 'utf8')).getClasses()) if (c.isExported()) classes.push(c.getNameOrThrow());
    expect(classes).toHaveLength(7);
    expect(tableNames(readme, 'Errors').sort()).toEqual(classes.sort());
    for (const line of readme.split('\n').filter((l) => /^\| `\w+Error` \| /.test(l))) expect(line).toMatch(/^\| `\w+` \| .{40,} \|$/);
  });

  it('shows a Worker that reads env bindings, not process.env, at request time', () => {
    const worker = readme.split('In a Cloudflare Worker')[1]!.split('## ')[0]!;
    expect(worker).toContain('async fetch(request: Request, env: Env)');
    expect(worker).not.toContain('process.env');
  });

  it('fails generation when an error class has no advice in the template', async () => {
    await writeFile(join(root, 'generator/runtime/1-errors-encoding/errors/refund-error.ts'), 'export class RefundError extends Error {}\n');
    const run = await generate(root);
    await rm(join(root, 'generator/runtime/1-errors-encoding/errors/refund-error.ts'));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('error-RefundError');
  }, 120_000);
});

describe('configRows', () => {
  const rows = (body: string) => configRows([{ path: '4-operations/config.ts', text: `export interface LianLianConfig {\n${body}\n}` }]);

  it('takes the first sentence, and the Default sentence without its parenthesis', () => {
    expect(rows('/** Size cap, e.g. for tests. More text. Default 1 MiB (answers are small). */ readonly max?: number | bigint;')).toEqual([
      { name: 'max', type: 'number \\| bigint', default: '1 MiB', summary: 'Size cap, e.g. for tests.' },
    ]);
  });

  it('keeps an `@word` inside a sentence (TypeScript would read it as a tag)', () => {
    expect(rows("/** Crypto to use, e.g. @peculiar/webcrypto's. Default: the global one. */ readonly subtle?: SubtleCrypto;")[0]).toMatchObject({
      default: 'the global one',
      summary: "Crypto to use, e.g. @peculiar/webcrypto's.",
    });
  });

  it('refuses a property without JSDoc, naming it', () => {
    expect(() => rows('readonly bare?: string;')).toThrow(/LianLianConfig\.bare .*has no JSDoc/);
  });
});
