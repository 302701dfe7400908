import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const REPO = resolve(import.meta.dirname, '../..');
const TSX = join(REPO, 'node_modules/.bin/tsx');
const CLI = join(REPO, 'generator/src/cli.ts');

/** A scratch copy of what the generator reads and writes, so tests can break it freely. */
export async function scratchRepo(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'lianlian-gen-'));
  const skip = (src: string) => !/\/(node_modules|dist)(\/|$)/.test(src);
  for (const dir of ['spec', 'templates', 'generator/runtime', 'packages/web', 'packages/node', 'packages/deno'])
    await cp(join(REPO, dir), join(root, dir), { recursive: true, filter: skip });
  return root;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a maintainer would. */
export async function generate(root: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, '--root', root, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
