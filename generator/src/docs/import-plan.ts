import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkSemantics } from '../load/check-semantics.ts';
import { schemaChecker } from '../load/check-schema.ts';
import { loadSpec } from '../load/load-spec.ts';
import { SourceFile } from '../load/source-file.ts';
import { SpecError, type SpecProblem } from '../load/spec-error.ts';
import type { SpecFile } from '../load/spec-types.ts';
import type { Difference } from './merge-fields.ts';
import { errataScope, mergeOperation } from './merge-operation.ts';
import { placeOperation } from './name-operations.ts';
import type { DocPage } from './page-model.ts';
import { comparableFacts, pageOperations } from './page-operations.ts';
import { newOperation } from './new-operation.ts';
import { docOperations, readDocs } from './read-docs.ts';
import { fileText } from './yaml-emit.ts';
import { patchSpecFile } from './yaml-patch.ts';

/** Where the importer reads from. */
export interface ImportSources {
  /** Docs root (holds SUMMARY.md). */
  readonly docsDir: string;
  /** Rendered pages (`<stem>.txt`), optional. */
  readonly renderedDir?: string;
  /** Spec root (holds products/ and schema/): the committed spec to merge with. */
  readonly specDir: string;
}

/** One difference between the docs and the committed spec, located. */
export interface LocatedDifference extends Difference {
  /** `spec/products/mpay.yaml` (the products file, relative to the spec root's parent). */
  readonly file: string;
  readonly operation: string;
}

/** Everything an import would do, computed in memory. */
export interface ImportPlan {
  /** Products file name → full text, for every file (unchanged ones too). */
  readonly files: ReadonlyMap<string, string>;
  /** Facts that differ (applied when writing). */
  readonly differences: readonly LocatedDifference[];
  /** Operations and fields the importer created, waiting for a maintainer's words. */
  readonly todos: readonly string[];
  /** What was read differently or not at all, for the maintainer. */
  readonly notes: readonly string[];
}

/**
 * Reads the docs and merges them into the committed spec (merge-operation.ts):
 * committed operations are matched to pages by `doc:`, keep our words, ids and
 * grouping, and honour every erratum; pages the spec lacks become new
 * operations (new-operation.ts) in the file of their SUMMARY group. Every output
 * file is checked against spec.schema.json and the semantic rules before anything
 * is returned, so a caller that writes the plan writes a valid spec or nothing.
 */
export async function planImport(sources: ImportSources): Promise<ImportPlan> {
  const committed = await loadSpec(sources.specDir);
  const specFiles = committed.files.map((f) => ({ name: basename(f.path), path: f.path, spec: f.spec }));
  const texts = new Map<string, string>();
  for (const f of specFiles) texts.set(f.name, await readFile(join(sources.specDir, 'products', f.name), 'utf8'));

  const docs = await readDocs(sources.docsDir, {
    extraPages: specFiles.flatMap((f) => [f.spec.doc, ...f.spec.operations.map((op) => op.doc)]),
    ...(sources.renderedDir !== undefined && { renderedDir: sources.renderedDir }),
  });
  const { byDoc, notes: pageNotes } = docOperations(docs);
  const notes: string[] = [...pageNotes];
  for (const [path, copy] of docs.substitutes) notes.push(`${path}: no parameter tables; read ${copy} instead`);
  for (const path of docs.missing) notes.push(`${path}: listed but not found`);
  for (const [path, rendered] of docs.rendered) notes.push(...renderedDisagreements(path, rendered, docs.pages.get(path)));

  const differences: LocatedDifference[] = [];
  const todos: string[] = [];
  const next = new Map<string, SpecFile>();
  const claimed = new Set<string>();

  for (const f of specFiles) {
    const file = `spec/products/${f.name}`;
    const operations = f.spec.operations.map((op) => {
      claimed.add(op.doc);
      const page = byDoc.get(op.doc);
      if (!page) {
        notes.push(`${op.id} (${op.doc}): ${docs.pages.has(op.doc.split('#')[0] ?? '') ? 'no parameter table on the page' : 'page not found'}; kept as committed, not checked`);
        return op;
      }
      notes.push(...page.warnings.map((w) => `${op.id}: ${w}`));
      const { merged, differences: found, overrides } = mergeOperation(op, page.facts, errataScope(f.spec, op));
      notes.push(...overrides.map((o) => `${op.id} ${o.target}: ${o.message}`));
      for (const d of found) {
        differences.push({ file, operation: op.id, ...d });
        if (d.message === 'in the docs, not in the spec') todos.push(`${file} ${op.id} ${d.target}: description (and sensitive, if it is)`);
      }
      return merged;
    });
    next.set(f.name, { ...f.spec, operations });
  }

  // Pages the spec does not cover: new operations, in their group's file. A page section the spec
  // leaves out on purpose is the `doc` (with its anchor) of an erratum saying why.
  const excluded = new Set(specFiles.flatMap((f) => [...(f.spec.errata ?? []), ...f.spec.operations.flatMap((op) => op.errata ?? [])].map((e) => e.doc)));
  const taken = new Set(specFiles.flatMap((f) => f.spec.operations.map((op) => op.id)));
  for (const [doc, page] of byDoc) {
    if (claimed.has(doc) || (doc.includes('#') && excluded.has(doc))) continue;
    const files = [...next].map(([name, spec]) => ({ path: name, spec }));
    const place = placeOperation(doc, doc.includes('#') ? page.title : undefined, docs.summary, files, taken);
    taken.add(place.id);
    const op = newOperation(place.id, page);
    const current = next.get(place.file) ?? { version: 1, product: place.product, title: place.productTitle, doc: place.productDoc, operations: [] };
    next.set(place.file, { ...current, operations: [...current.operations, op] });
    differences.push({ file: `spec/products/${place.file}`, operation: place.id, target: '', message: `operation in the docs (${doc}), not in the spec` });
    todos.push(`spec/products/${place.file} ${place.id}: summary, every description, sensitive fields`);
    notes.push(...page.warnings.map((w) => `${place.id}: ${w}`));
  }

  const files = new Map<string, string>();
  for (const [name, spec] of [...next].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = texts.get(name);
    const committedSpec = specFiles.find((f) => f.name === name)?.spec;
    files.set(name, before !== undefined && committedSpec ? patchSpecFile(before, committedSpec, spec) : fileText(spec));
  }
  await validate(sources.specDir, files);
  return { files, differences, todos, notes };
}

/** Schema and semantic checks on every output file; throws one SpecError listing all problems. */
async function validate(specDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const check = schemaChecker(JSON.parse(await readFile(join(specDir, 'schema', 'spec.schema.json'), 'utf8')) as object);
  const problems: SpecProblem[] = [];
  for (const [name, text] of files) {
    const source = new SourceFile(`spec/products/${name}`, text);
    const data = source.doc.toJS() as unknown;
    const found = [...source.syntaxProblems(), ...check(source, data)];
    problems.push(...found, ...(found.length ? [] : checkSemantics(source, data as SpecFile)));
  }
  if (problems.length) throw new SpecError(problems);
}

/** Where a rendered page's facts differ from its markdown page's (they should not: both show one page). */
function renderedDisagreements(path: string, rendered: DocPage, markdown: DocPage | undefined): string[] {
  if (!markdown) return [];
  const facts = (p: DocPage) => pageOperations(p).operations.map((o) => comparableFacts(o.facts));
  return isDeepStrictEqual(facts(rendered), facts(markdown)) ? [] : [`${path}: the rendered page gives other facts than the markdown page`];
}
