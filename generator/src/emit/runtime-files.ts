import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { exportedNames, lightProject } from './exported-names.ts';

export interface RuntimeFile {
  /** Path under `runtime/`, e.g. `errors/lianlian-error.ts`. */
  readonly path: string;
  readonly text: string;
}

export interface ExportGroup {
  readonly from: string;
  readonly values: string[];
  readonly types: string[];
}

/** Reads the hand-written runtime (generator/runtime), which is copied verbatim into every package. */
export async function readRuntime(runtimeDir: string): Promise<RuntimeFile[]> {
  const files: RuntimeFile[] = [];
  const walk = async (dir: string) => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) await walk(abs);
      else if (e.name.endsWith('.ts')) files.push({ path: relative(runtimeDir, abs), text: await readFile(abs, 'utf8') });
    }
  };
  await walk(runtimeDir);
  return files;
}

/**
 * The runtime's public names, read from the source with ts-morph so the package
 * index can never drift from it. Files starting with `_` and declarations tagged
 * `@internal` stay private.
 */
export function runtimeExports(files: readonly RuntimeFile[]): ExportGroup[] {
  const published = files.filter((f) => !f.path.split('/').some((part) => part.startsWith('_')));
  const project = lightProject();
  const names = exportedNames(published.map((f) => project.createSourceFile(f.path, f.text)));
  const groups: ExportGroup[] = [];
  published.forEach((f, i) => {
    const group: ExportGroup = { from: `./runtime/${f.path}`, values: [], types: [] };
    for (const n of names[i] ?? []) if (!n.internal) (n.typeOnly ? group.types : group.values).push(n.name);
    group.values.sort();
    group.types.sort();
    if (group.values.length || group.types.length) groups.push(group);
  });
  return groups;
}
