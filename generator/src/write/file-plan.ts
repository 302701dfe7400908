import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file a generation produces, by path relative to the repo root. Built fully in memory before anything is written. */
export type FilePlan = Map<string, string>;

/** Folders the generator owns outright; anything else in them is stale. */
export interface OwnedDir {
  readonly dir: string;
  /** Sub-paths left alone (build output, installs). */
  readonly keep: readonly string[];
}

export interface Drift {
  readonly changed: string[];
  readonly missing: string[];
  readonly stale: string[];
}

/** Compares the plan with the tree: what `--check` reports, and what a write would touch. */
export async function diffPlan(root: string, plan: FilePlan, owned: readonly OwnedDir[]): Promise<Drift> {
  const drift: Drift = { changed: [], missing: [], stale: [] };
  for (const [path, content] of [...plan].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const current = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (current === undefined) drift.missing.push(path);
    else if (current !== content) drift.changed.push(path);
  }
  for (const o of owned) {
    for (const path of await listFiles(root, o.dir, o.keep)) if (!plan.has(path)) drift.stale.push(path);
  }
  drift.stale.sort();
  return drift;
}

async function listFiles(root: string, dir: string, keep: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (abs: string) => {
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const child = join(abs, e.name);
      const rel = relative(root, child);
      if (keep.some((k) => rel === join(dir, k) || rel.startsWith(join(dir, k) + '/'))) continue;
      if (e.isDirectory()) await walk(child);
      else out.push(rel);
    }
  };
  await walk(join(root, dir));
  return out;
}
