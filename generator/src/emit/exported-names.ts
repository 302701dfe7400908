import type { ManipulationSettings, Node as TsNode, Project as TsProject, SourceFile, Statement } from 'ts-morph';
import { tsMorph } from '../commonjs.ts';

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
 * lib.dom.d.ts (seconds of CPU) as soon as anything asks for a program.
 */
export function lightProject(manipulationSettings: Partial<ManipulationSettings> = {}): TsProject {
  return new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, skipFileDependencyResolution: true, manipulationSettings });
}

/**
 * What each file exports, in the order given: the names ts-morph's `getExportedDeclarations()`
 * gives, each with its first declaration's kind and `@internal` tag.
 *
 * Where every export of a file is a declaration of that file (`export const/function/class/
 * interface/type/enum/namespace`, `export default <declaration>`, `export { local as name }`),
 * the names are read from its statements. Anything else (`export … from`, `export *`, an export
 * list naming an import, `export =`, a destructuring `export const`) goes to the type checker;
 * only then is a program built over the project's files (a sixth of a second for the runtime).
 * generator/test/exported-names.test.ts checks both ways agree.
 */
export function exportedNames(sources: readonly SourceFile[]): ExportedName[][] {
  return sources.map((source) => (declaredExports(source) ?? checkedExports(source)).map(([name, decl]) => describe(name, decl)));
}

/** The checker's answer: every export, re-exports resolved. */
export function checkedExports(source: SourceFile): [string, TsNode][] {
  const out: [string, TsNode][] = [];
  for (const [name, decls] of source.getExportedDeclarations()) if (decls[0]) out.push([name, decls[0]]);
  return out;
}

/** The same read from the file's own statements, or undefined where that needs the checker. */
export function declaredExports(source: SourceFile): [string, TsNode][] | undefined {
  // The first declaration of a name stands for all (an interface and a const may share one), as with the checker.
  const exports = new Map<string, TsNode>();
  const add = (name: string, decl: TsNode) => void (exports.has(name) || exports.set(name, decl));
  const locals = new Map<string, TsNode>();
  const lists: { local: string; name: string }[] = [];
  for (const statement of source.getStatements()) {
    if (Node.isExportDeclaration(statement)) {
      if (statement.getModuleSpecifier() || !statement.hasNamedExports()) return undefined;
      for (const spec of statement.getNamedExports()) lists.push({ local: spec.getNameNode().getText(), name: spec.getAliasNode()?.getText() ?? spec.getNameNode().getText() });
      continue;
    }
    if (Node.isExportAssignment(statement)) return undefined;
    const declared = declarations(statement);
    if (declared === undefined) return undefined;
    for (const [name, decl] of declared) if (!locals.has(name)) locals.set(name, decl);
    if (!Node.isExportable(statement) || !statement.hasExportKeyword()) continue;
    if (statement.hasDefaultKeyword()) add('default', declared[0]?.[1] ?? statement);
    else for (const [name, decl] of declared) add(name, decl);
  }
  for (const { local, name } of lists) {
    const decl = locals.get(local);
    if (!decl) return undefined; // an import, or a global: only the checker knows what it is
    add(name, decl);
  }
  return [...exports];
}

/** The names a top-level statement declares, in order; undefined for an exported form this reader does not know. */
function declarations(statement: Statement): [string, TsNode][] | undefined {
  if (Node.isVariableStatement(statement)) {
    const out: [string, TsNode][] = [];
    for (const d of statement.getDeclarations()) {
      if (!Node.isIdentifier(d.getNameNode())) return undefined; // destructuring
      out.push([d.getName(), d]);
    }
    return out;
  }
  if (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement) || Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement) || Node.isEnumDeclaration(statement)) {
    const name = statement.getName();
    return name === undefined ? [] : [[name, statement]];
  }
  if (Node.isModuleDeclaration(statement)) {
    // `declare global {}` and `declare module 'x' {}` add nothing to this module's exports.
    const names = statement.getNameNodes();
    if (statement.getDeclarationKind() === 'global' || !Array.isArray(names)) return [];
    return names.length === 1 ? [[statement.getName(), statement]] : undefined;
  }
  // Imports, `export import x = …` and the rest: nothing exported through them is read here.
  return Node.isExportable(statement) && statement.hasExportKeyword() ? undefined : [];
}

function describe(name: string, decl: TsNode): ExportedName {
  return { name, typeOnly: Node.isInterfaceDeclaration(decl) || Node.isTypeAliasDeclaration(decl), internal: isInternal(decl) };
}

function isInternal(decl: TsNode): boolean {
  // A `const`'s JSDoc sits on its variable statement.
  const holder = Node.isVariableDeclaration(decl) ? decl.getVariableStatement() ?? decl : decl;
  const docs = Node.isJSDocable(holder) ? holder.getJsDocs() : [];
  return docs.some((d) => d.getTags().some((t) => t.getTagName() === 'internal'));
}
