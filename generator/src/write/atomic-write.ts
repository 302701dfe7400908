import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Drift, FilePlan } from './file-plan.ts';

/**
 * Applies a plan in two phases so a failure leaves the tree as it was: first every
 * new file is staged beside its target, then all are renamed into place
 * (rename is atomic per file) and stale files removed, with the folders they
 * leave empty. If staging fails, the staged files are deleted and nothing else
 * was touched.
 */
export async function applyPlan(root: string, plan: FilePlan, drift: Drift): Promise<void> {
  const targets = [...drift.missing, ...drift.changed];
  const suffix = `.generate-tmp-${Date.now().toString(36)}`;
  const staged: string[] = [];
  try {
    for (const path of targets) {
      const abs = join(root, path);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs + suffix, plan.get(path) ?? '', { flag: 'wx' });
      staged.push(abs);
    }
  } catch (err) {
    await Promise.all(staged.map((abs) => rm(abs + suffix, { force: true })));
    throw err;
  }
  for (const abs of staged) await rename(abs + suffix, abs);
  for (const path of drift.stale) await rm(join(root, path), { force: true });
  await removeEmptyParents(root, drift.stale);
}

/** Removes each stale file's folder, and its parents, while empty (deepest first); stops at the first that is not. */
async function removeEmptyParents(root: string, removed: readonly string[]): Promise<void> {
  const dirs = new Set<string>();
  for (const path of removed) for (let d = dirname(path); d !== '.' && d !== '/'; d = dirname(d)) dirs.add(d);
  for (const d of [...dirs].sort((a, b) => b.split('/').length - a.split('/').length)) {
    await rmdir(join(root, d)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST' && err.code !== 'ENOENT') throw err;
    });
  }
}
