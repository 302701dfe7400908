import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Results of slow, pure steps kept between runs (a spec file read and checked, the runtime's
 * exports), each under a key over everything it depends on: its input, the whole generator's
 * code ({@link generatorFingerprint}) and the versions of the libraries it calls. A changed
 * input or generator file is a new key, so an entry is never stale; it is only unused.
 * Anything unreadable is a miss; writes are whole-file renames, so concurrent runs are safe.
 */
export interface RunCache {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, value: string | Uint8Array): Promise<void>;
}

/** Reads nothing, keeps nothing: `generate --no-cache`, and callers that pass no cache. */
export const NO_CACHE: RunCache = { get: async () => undefined, set: async () => undefined };

/** At most this many entries stay; the least recently used go first. */
const MAX_ENTRIES = 200;

const DIGEST_LENGTH = 64;
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function diskCache(dir: string): RunCache {
  let made: Promise<unknown> | undefined;
  return {
    async get(key) {
      const path = join(dir, key);
      const entry = await readFile(path).catch(() => undefined);
      // Each entry starts with the SHA-256 of its value: a damaged file is a miss, never a wrong value.
      const value = entry?.subarray(DIGEST_LENGTH);
      if (!entry || !value || entry.subarray(0, DIGEST_LENGTH).toString('latin1') !== digest(value)) return undefined;
      // Touched on use, so pruning removes what the current spec no longer needs.
      await utimes(path, new Date(), new Date()).catch(() => undefined);
      return value;
    },
    async set(key, value) {
      made ??= mkdir(dir, { recursive: true });
      await made;
      const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
      const tmp = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      await writeFile(tmp, Buffer.concat([Buffer.from(digest(bytes), 'latin1'), bytes]));
      await rename(tmp, join(dir, key));
      await prune(dir);
    },
  };
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => /^[0-9a-f]{64}$/.test(n));
  if (names.length <= MAX_ENTRIES) return;
  const aged = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  aged.sort((a, b) => a.t - b.t);
  await Promise.all(aged.slice(0, names.length - MAX_ENTRIES).map((e) => rm(join(dir, e.n), { force: true })));
}

/** SHA-256 over the parts, each length-prefixed so no two lists of parts share a key. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

let fingerprint: Promise<string> | undefined;

/**
 * Every source file of the generator (generator/src), the version of each of its dependencies
 * and of Node: a cached result is reused only by the very code that made it.
 */
export function generatorFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const srcDir = fileURLToPath(new URL('.', import.meta.url));
    const files = (await readdir(srcDir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    const texts = await Promise.all(files.map(async (f) => [relative(srcDir, f), await readFile(f, 'utf8')]));
    const require = createRequire(import.meta.url);
    const manifest = require('../package.json') as { dependencies?: Record<string, string> };
    const versions = Object.keys(manifest.dependencies ?? {})
      .sort()
      .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
    return cacheKey(process.version, ...versions, ...texts.flat());
  })();
  return fingerprint;
}
