import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Node, Project } from 'ts-morph';

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
  const project = new Project({ useInMemoryFileSystem: true });
  const groups: ExportGroup[] = [];
  for (const f of files) {
    if (f.path.split('/').some((part) => part.startsWith('_'))) continue;
    const source = project.createSourceFile(f.path, f.text);
    const group: ExportGroup = { from: `./runtime/${f.path}`, values: [], types: [] };
    for (const [name, decls] of source.getExportedDeclarations()) {
      const decl = decls[0];
      if (!decl || isInternal(decl)) continue;
      const typeOnly = Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl);
      (typeOnly ? group.types : group.values).push(name);
    }
    group.values.sort();
    group.types.sort();
    if (group.values.length || group.types.length) groups.push(group);
  }
  return groups;
}

function isInternal(decl: Node): boolean {
  // A `const`'s JSDoc sits on its variable statement.
  const holder = Node.isVariableDeclaration(decl) ? decl.getVariableStatement() ?? decl : decl;
  const docs = Node.isJSDocable(holder) ? holder.getJsDocs() : [];
  return docs.some((d) => d.getTags().some((t) => t.getTagName() === 'internal'));
}
