import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, diskCache } from '../src/cache.ts';
import { defaultLayout, planGeneration, type Layout } from '../src/generate.ts';
import { generate, scratchRepo } from './_repo.ts';

const sorted = (plan: Map<string, string>) => [...plan].sort(([a], [b]) => (a < b ? -1 : 1));

async function layouts(): Promise<{ root: string; cached: Layout; uncached: Layout; cacheDir: string }> {
  const root = await scratchRepo();
  const cacheDir = await mkdtemp(join(tmpdir(), 'lianlian-cache-'));
  return { root, cacheDir, cached: { ...defaultLayout(root), cacheDir }, uncached: { ...defaultLayout(root), cacheDir: undefined } };
}

describe('run cache', () => {
  it('a run that fills the cache, a run that reads it and a run without it plan the same files', async () => {
    const { cached, uncached, cacheDir } = await layouts();
    const cold = await planGeneration(cached);
    const entries = await readdir(cacheDir);
    // Every spec file (products and shared tables) and the runtime's exports.
    expect(entries.length).toBeGreaterThanOrEqual(14);
    const warm = await planGeneration(cached);
    expect(await readdir(cacheDir)).toEqual(entries);
    expect(sorted(warm)).toEqual(sorted(cold));
    expect(sorted(await planGeneration(uncached))).toEqual(sorted(cold));
  });

  it('an edited spec file is read again: the plan follows the edit, and its problems are located', async () => {
    const { root, cached, uncached } = await layouts();
    const before = await planGeneration(cached);
    const file = join(root, 'spec/products/card-bind.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace("description: The merchant's own ID for this user.", 'description: Edited after the cache was filled.'));
    const edited = await planGeneration(cached);
    expect(edited.get('packages/web/openapi.json')).toContain('Edited after the cache was filled.');
    expect(sorted(edited)).toEqual(sorted(await planGeneration(uncached)));
    expect(sorted(edited)).not.toEqual(sorted(before));

    await writeFile(file, text.replace('\n  - id: cardBind.apply\n', '\n  - bogusKey: 1\n    id: cardBind.apply\n'));
    await expect(planGeneration(cached)).rejects.toThrow(/spec\/products\/card-bind\.yaml:\d+:\d+: operations\[0\]: unknown key "bogusKey"/);
  });

  it('a problem between files is located even in files the cache held and the run never parsed', async () => {
    const { root, cached } = await layouts();
    await planGeneration(cached);
    // Same text, so both files come from the cache; the loader must still say where the duplicate is.
    await copyFile(join(root, 'spec/products/refund.yaml'), join(root, 'spec/products/refund-copy.yaml'));
    await expect(planGeneration(cached)).rejects.toThrow(/spec\/products\/refund\.yaml:\d+:\d+: product "refund" is already defined in .*refund-copy\.yaml/);
  });

  it('damaged entries are misses, and the run rewrites them', async () => {
    const { cached, cacheDir } = await layouts();
    const cold = await planGeneration(cached);
    // One entry cut short, every other one with a byte changed in the middle (still readable by JSON or v8, perhaps).
    const names = await readdir(cacheDir);
    const damaged = new Map<string, Buffer>();
    for (const [i, name] of names.entries()) {
      const bytes = await readFile(join(cacheDir, name));
      const bad = i === 0 ? bytes.subarray(0, bytes.length >> 1) : Buffer.from(bytes);
      if (i !== 0) bad[bad.length >> 1] ^= 0x01;
      damaged.set(name, bad);
      await writeFile(join(cacheDir, name), bad);
    }
    expect(sorted(await planGeneration(cached))).toEqual(sorted(cold));
    for (const name of names) expect((await readFile(join(cacheDir, name))).equals(damaged.get(name)!), name).toBe(false);
  });

  it('generate --no-cache neither reads nor writes node_modules/.cache; generate keeps it there', async () => {
    const { root } = await layouts();
    const run = await generate(root, '--no-cache');
    expect(run.stdout).toMatch(/^generate: \d+ files/m);
    await expect(readdir(join(root, 'node_modules/.cache'))).rejects.toThrow(/ENOENT/);
    expect((await generate(root, '--check')).stdout).toMatch(/generated files match the spec/);
    expect((await readdir(join(root, 'node_modules/.cache/lianlian-generate'))).length).toBeGreaterThanOrEqual(14);
  });

  it('keys: length-prefixed parts, so no two part lists meet; the cache keeps the 200 entries used last', async () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('a', 'b')).toBe(cacheKey('a', 'b'));
    const dir = await mkdtemp(join(tmpdir(), 'lianlian-cache-'));
    const cache = diskCache(dir);
    const first = Array.from({ length: 200 }, (_, i) => cacheKey('first', String(i)));
    for (const key of first) await cache.set(key, key);
    expect((await readdir(dir)).length).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    // Read again, the first entry becomes the most recently used one.
    expect((await cache.get(first[0]!))?.toString()).toBe(first[0]);
    await new Promise((r) => setTimeout(r, 20));
    const more = Array.from({ length: 5 }, (_, i) => cacheKey('more', String(i)));
    for (const key of more) await cache.set(key, key);
    const left = new Set(await readdir(dir));
    expect(left.size).toBe(200);
    expect(left.has(first[0]!)).toBe(true);
    for (const key of more) expect(left.has(key)).toBe(true);
    expect(first.filter((k) => !left.has(k))).toHaveLength(5);
  });
});
