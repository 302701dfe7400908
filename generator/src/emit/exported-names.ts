import type { ManipulationSettings, Node as TsNode, Project as TsProject, SourceFile } from 'ts-morph';
import { tsMorph } from './commonjs.ts';

const { Node, Project } = tsMorph;

/** One name a module exports, as the package index re-exports it. */
export interface ExportedName {
  readonly name: string;
  /** An interface or type alias: re-exported with `export type`. */
  readonly typeOnly: boolean;
  /** Tagged `@internal` in its JSDoc: kept out of the public index. */
  readonly internal: boolean;
}

/**
 * An in-memory ts-morph project for printing code and reading exports, without TypeScript's
 * lib files or the files its sources import: a default project parses and binds all of
 * lib.dom.d.ts (seconds of CPU) as soon as anything asks for a program. Exports are found by
 * TypeScript's binder, so no lib file is needed; no type is ever checked.
 */
export function lightProject(manipulationSettings: Partial<ManipulationSettings> = {}): TsProject {
  return new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, skipFileDependencyResolution: true, manipulationSettings });
}

/**
 * What each file exports, in the order given. Add every file to the project before asking:
 * each change to a project makes the next question build its program again.
 */
export function exportedNames(sources: readonly SourceFile[]): ExportedName[][] {
  return sources.map((source) => {
    const names: ExportedName[] = [];
    for (const [name, decls] of source.getExportedDeclarations()) {
      const decl = decls[0];
      if (!decl) continue;
      names.push({ name, typeOnly: Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl), internal: isInternal(decl) });
    }
    return names;
  });
}

function isInternal(decl: TsNode): boolean {
  // A `const`'s JSDoc sits on its variable statement.
  const holder = Node.isVariableDeclaration(decl) ? decl.getVariableStatement() ?? decl : decl;
  const docs = Node.isJSDocable(holder) ? holder.getJsDocs() : [];
  return docs.some((d) => d.getTags().some((t) => t.getTagName() === 'internal'));
}
