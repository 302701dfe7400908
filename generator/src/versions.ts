/**
 * Package versions. changesets owns `version` and writes it only into package.json files
 * (`changeset version`); the generator copies it from each target's `versionSource` into
 * everything else that carries it: the deno.json files JSR reads, and the client's openapi.json
 * (`info.version`); a layer's dependency on the client is pinned to the client's version. `versionProblems()` is the check that a released
 * version can never disagree silently (generator/test/versions.test.ts, `pnpm check:packages`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TARGETS, type Target } from './targets.ts';

/** The version of a package nobody has versioned yet (no package.json on disk). */
export const INITIAL_VERSION = '0.1.0';

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function versionIn(doc: unknown, path: readonly string[]): unknown {
  let v: unknown = doc;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The version `target` carries: the `version` of its `versionSource` package.json as changesets left it. */
export async function sourceVersion(root: string, target: Target): Promise<string> {
  const doc = await readJson(join(root, target.versionSource));
  if (doc === undefined) return INITIAL_VERSION;
  const version = versionIn(doc, ['version']);
  if (typeof version !== 'string' || version === '') throw new Error(`${target.versionSource}: no "version" string`);
  return version;
}

/** Every file of `target` that carries its version, and where in it. */
export function versionedFiles(target: Target): { readonly file: string; readonly path: readonly string[] }[] {
  const own = target.role === 'client' ? ['package.json', 'deno.json'] : target.flavor === 'npm' ? ['package.json'] : ['deno.json'];
  const openapi = target.role === 'client' ? [{ file: `${target.dir}/openapi.json`, path: ['info', 'version'] }] : [];
  return [...own.map((f) => ({ file: `${target.dir}/${f}`, path: ['version'] })), ...openapi];
}

/** Each place in the generated packages whose version differs from its source, as `file: version is X, source says Y`. */
export async function versionProblems(root: string): Promise<string[]> {
  const problems: string[] = [];
  for (const target of TARGETS) {
    const want = await sourceVersion(root, target);
    for (const { file, path } of versionedFiles(target)) {
      const doc = await readJson(join(root, file));
      const got = doc === undefined ? '(missing file)' : JSON.stringify(versionIn(doc, path) ?? null);
      if (got !== JSON.stringify(want))
        problems.push(`${file}: ${path.join('.')} is ${got}, but ${target.versionSource} says ${JSON.stringify(want)} (run pnpm generate)`);
    }
  }
  return problems;
}
