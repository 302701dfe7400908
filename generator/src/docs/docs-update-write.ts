import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { applyPlan } from '../write/atomic-write.ts';
import { DocsUpdateError, type UpdatePlan } from './docs-update-plan.ts';

/**
 * Writes a planned update: the imported products files, the regenerated packages,
 * then the changeset. Each group is written by applyPlan (staged, then renamed
 * into place); across the groups, every file about to be replaced or removed is
 * read first, and if any write fails they are all put back and the new files
 * deleted, so the repository ends as it was or fully updated.
 * Returns the paths written, relative to the root.
 */
export async function applyUpdate(root: string, plan: UpdatePlan): Promise<string[]> {
  const g = plan.generatedDrift;
  const touched = [...plan.specFiles.keys(), ...g.changed, ...g.missing, ...g.stale, ...(plan.changesetFile ? [plan.changesetFile.path] : [])];
  const before = new Map<string, Buffer | undefined>();
  for (const path of touched) before.set(path, await readFile(join(root, path)).catch(() => undefined));
  try {
    const spec = new Map(plan.specFiles);
    await applyPlan(root, spec, { changed: [...spec.keys()].filter((p) => before.get(p) !== undefined), missing: [...spec.keys()].filter((p) => before.get(p) === undefined), stale: [] });
    await applyPlan(root, plan.generated, g);
    if (plan.changesetFile) {
      await mkdir(join(root, '.changeset'), { recursive: true });
      await writeFile(join(root, plan.changesetFile.path), plan.changesetFile.text);
    }
  } catch (err) {
    for (const [path, old] of before) {
      const abs = join(root, path);
      if (old === undefined) await rm(abs, { force: true });
      else await mkdir(dirname(abs), { recursive: true }).then(() => writeFile(abs, old));
    }
    throw new DocsUpdateError('write', `${err instanceof Error ? err.message : String(err)}; every file written so far was restored`);
  }
  return touched;
}
