import { basename } from 'node:path';
import { maxBump, verdictFor, verdictForChanges, type Bump, type Verdict } from '../diff/bump.ts';
import { diffOperations, type Change, type OperationChange } from '../diff/diff-operations.ts';
import { diffTables, type TableChange } from '../diff/diff-tables.ts';
import type { OperationFacts } from '../diff/operation-facts.ts';
import { packagesFor, packagesForAll, packagesForTable } from '../diff/packages.ts';
import type { SharedTableFacts } from '../diff/table-facts.ts';
import { loadSpec } from '../load/load-spec.ts';
import type { SharedTables, SpecField, SpecFile, SpecOperation } from '../load/spec-types.ts';
import { placeOperation } from './name-operations.ts';
import { isParameterTable } from './page-model.ts';
import { readMarkdownPage } from './read-markdown-page.ts';
import { docOperations, readDocs, type DocSet } from './read-docs.ts';
import { readSharedTables, SHARED_TABLE_PAGES } from './read-shared-tables.ts';
import type { SummaryEntry } from './read-summary.ts';

/** One operation's changes between two docs revisions. */
export interface DriftOperation {
  readonly change: OperationChange;
  readonly doc: string;
  /** False when the spec has no operation for the page yet (the id is a proposal). */
  readonly inSpec: boolean;
  readonly verdict: Verdict;
  readonly packages: readonly string[];
  /** Per change: what the committed spec already does about it, if anything. */
  readonly specNotes: ReadonlyMap<Change, string>;
}

/** A page without parameter tables whose text changed. */
export interface DriftPage {
  readonly path: string;
  readonly status: 'added' | 'removed' | 'changed';
}

/** One shared table's changes (risk_item, return codes, currencies, transaction report). */
export interface DriftTable {
  readonly change: TableChange;
  readonly verdict: Verdict;
  readonly packages: readonly string[];
}

/** A page SUMMARY.md lists in one revision and not the other (overview pages included). */
export interface DriftSummaryEntry {
  readonly path: string;
  readonly title: string;
  readonly section: string;
  readonly status: 'added' | 'removed';
}

/** Everything that differs between two docs revisions, and what it means for the packages. */
export interface DriftReport {
  readonly from: string;
  readonly to: string;
  readonly operations: readonly DriftOperation[];
  readonly tables: readonly DriftTable[];
  readonly pages: readonly DriftPage[];
  readonly summary: readonly DriftSummaryEntry[];
  readonly bump: Bump;
  /** Packages the fact changes touch (wording-only changes touch none: our descriptions are our own). */
  readonly packages: readonly string[];
}

/**
 * Reads two docs revisions with the same readers as the importer, maps each page
 * to the operations it documents (named by the committed spec's ids where a
 * spec operation's `doc:` is that page), diffs them (generator/src/diff) and
 * classifies every change. The shared tables the clients are also generated from
 * (risk_item groups, return codes, currencies, report columns) are read from
 * their pages and diffed by the same rules; pages without parameter tables are
 * compared as text, and pages SUMMARY.md gains or loses are listed.
 */
export async function planDrift(fromDir: string, toDir: string, specDir?: string): Promise<DriftReport> {
  const spec = specDir === undefined ? undefined : await loadSpec(specDir);
  const files = (spec?.files ?? []).map((f) => ({ path: basename(f.path), spec: f.spec }));
  const extraPages = [...files.flatMap((f) => f.spec.operations.map((op) => op.doc)), ...Object.values(SHARED_TABLE_PAGES)];
  const [before, after] = await Promise.all([readDocs(fromDir, { extraPages }), readDocs(toDir, { extraPages })]);
  const opsBefore = docOperations(before).byDoc;
  const opsAfter = docOperations(after).byDoc;

  const specOps = new Map<string, { op: SpecOperation; file: SpecFile }[]>();
  for (const f of files) for (const op of f.spec.operations) specOps.set(op.doc, [...(specOps.get(op.doc) ?? []), { op, file: f.spec }]);
  const taken = new Set(files.flatMap((f) => f.spec.operations.map((op) => op.id)));
  const summary = after.summary.length ? after.summary : before.summary;

  const named = new Map<string, { id: string; inSpec: boolean; spec?: SpecOperation }[]>();
  // In SUMMARY.md's order, so the report reads like the docs.
  const rank = (doc: string) => {
    const at = summary.findIndex((e) => e.path === doc.split('#')[0]);
    return at < 0 ? summary.length : at;
  };
  const docs = [...new Set([...opsBefore.keys(), ...opsAfter.keys()])].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : 1));
  for (const doc of docs) {
    const inSpec = specOps.get(doc);
    if (inSpec) named.set(doc, inSpec.map(({ op }) => ({ id: op.id, inSpec: true, spec: op })));
    else {
      const page = opsAfter.get(doc) ?? opsBefore.get(doc);
      const place = placeOperation(doc, doc.includes('#') ? page?.title : undefined, summary, files, taken);
      taken.add(place.id);
      named.set(doc, [{ id: place.id, inSpec: false }]);
    }
  }
  const facts = (ops: typeof opsBefore): OperationFacts[] =>
    [...named].flatMap(([doc, names]) => {
      const page = ops.get(doc);
      return page ? names.map((n) => ({ ...page.facts, id: n.id })) : [];
    });

  const operations = diffOperations(facts(opsBefore), facts(opsAfter)).map((change): DriftOperation => {
    const doc = [...named].find(([, names]) => names.some((n) => n.id === change.id))?.[0] ?? '';
    const name = named.get(doc)?.find((n) => n.id === change.id);
    const specNotes = new Map<Change, string>();
    if (name?.spec) for (const c of change.changes) {
      const note = specNote(c, name.spec);
      if (note) specNotes.set(c, note);
    }
    return { change, doc, inSpec: name?.inSpec ?? false, verdict: verdictFor(change), packages: packagesFor(change), specNotes };
  });

  const shared = (set: DocSet) => specTableIds(readSharedTables(set).tables, spec?.shared ?? {});
  const tables = diffTables(shared(before), shared(after)).map((change): DriftTable => ({
    change,
    verdict: change.status === 'added' ? { bump: 'minor', reason: 'table added' } : change.status === 'removed' ? { bump: 'major', reason: 'table removed' } : verdictForChanges(change.changes),
    packages: packagesForTable(change),
  }));

  const pages = pageChanges(before, after);
  const bump = [...operations, ...tables].reduce<Bump>((acc, o) => maxBump(acc, o.verdict.bump), pages.length ? 'patch' : 'none');
  const factChanges = operations.filter((o) => o.verdict.bump !== 'patch').map((o) => o.change);
  return {
    from: fromDir,
    to: toDir,
    operations,
    tables,
    pages,
    summary: summaryChanges(before.summary, after.summary),
    bump,
    packages: packagesForAll(factChanges, tables.map((t) => t.change)),
  };
}

/** Pages listed in one SUMMARY.md and not the other, in the order each lists them (removed first). */
function summaryChanges(before: readonly SummaryEntry[], after: readonly SummaryEntry[]): DriftSummaryEntry[] {
  const had = new Set(before.map((e) => e.path));
  const has = new Set(after.map((e) => e.path));
  const entry = (e: SummaryEntry, status: DriftSummaryEntry['status']): DriftSummaryEntry => ({ path: e.path, title: e.title, section: e.section, status });
  const once = (list: readonly SummaryEntry[]) => list.filter((e, i) => list.findIndex((x) => x.path === e.path) === i);
  return [...once(before).filter((e) => !has.has(e.path)).map((e) => entry(e, 'removed')), ...once(after).filter((e) => !had.has(e.path)).map((e) => entry(e, 'added'))];
}

/**
 * Risk groups and report files are read by their headings (`basic-parameters`); where the
 * committed spec has one of the same title, they take its id (`basic`), so the report and
 * the spec name them alike.
 */
function specTableIds(tables: SharedTableFacts, spec: SharedTables): SharedTableFacts {
  const key = (title: string) => title.toLowerCase().replace(/[^a-z0-9]/g, '');
  const rename = <T extends { id: string; title: string }>(items: readonly T[], known: readonly { id: string; title: string }[] = []): T[] =>
    items.map((x) => ({ ...x, id: known.find((k) => key(k.title) === key(x.title))?.id ?? x.id }));
  return {
    ...tables,
    ...(tables.riskItem && { riskItem: { ...tables.riskItem, groups: rename(tables.riskItem.groups, spec.riskItem?.groups) } }),
    ...(tables.transactionReport && { transactionReport: { ...tables.transactionReport, files: rename(tables.transactionReport.files, spec.transactionReport?.files) } }),
  };
}

/**
 * Pages whose own file has no parameter table, compared as text (whitespace and line
 * endings aside). A shared table's page is compared on its words outside tables and code
 * blocks: the tables and header lines are compared as facts (diffTables).
 */
function pageChanges(before: DocSet, after: DocSet): DriftPage[] {
  const shared = new Set<string>(Object.values(SHARED_TABLE_PAGES));
  const paths = [...new Set([...before.summary, ...after.summary].map((e) => e.path))].sort();
  const out: DriftPage[] = [];
  for (const path of paths) {
    const blocks = (text: string) => readMarkdownPage(path, text).blocks;
    const words = (text: string) => (shared.has(path) ? blocks(text).flatMap((x) => (x.kind === 'heading' || x.kind === 'paragraph' ? [x.text] : [])).join('\n') : text);
    const a = before.texts.get(path);
    const b = after.texts.get(path);
    const tables = (text: string | undefined) => text !== undefined && !shared.has(path) && blocks(text).some((x) => x.kind === 'table' && isParameterTable(x));
    if (tables(a) || tables(b)) continue;
    const norm = (t: string) => words(t).replace(/\s+/g, ' ').trim();
    if (a === undefined && b !== undefined) out.push({ path, status: 'added' });
    else if (a !== undefined && b === undefined) out.push({ path, status: 'removed' });
    else if (a !== undefined && b !== undefined && norm(a) !== norm(b)) out.push({ path, status: 'changed' });
  }
  return out;
}

/** What the committed spec already does about a docs change: keeps a dropped field by erratum, or already agrees. */
function specNote(change: Change, op: SpecOperation): string | undefined {
  const field = specField(op, change.target);
  if (!field) return undefined;
  if (change.kind === 'field-removed') return field.erratum ? `spec keeps it (erratum ${field.erratum})` : 'spec still has it';
  if (change.kind === 'field-added') return 'spec already has it';
  if (change.kind === 'presence' && field.presence === change.after) return `spec already ${String(change.after)}`;
  return undefined;
}

/** The spec field a change target names (`request.x`, `response.y`, `response.list[].z`). */
function specField(op: SpecOperation, target: string): SpecField | undefined {
  const [where, ...path] = target.split('.');
  if (!where || !path.length) return undefined;
  let fields: readonly SpecField[] = where === 'request' ? op.request : [...(op.response ?? []), ...(op.responseGroups ?? []).flatMap((g) => g.fields)];
  let found: SpecField | undefined;
  for (const part of path) {
    found = fields.find((f) => f.name === part.replace(/\[\]$/, ''));
    fields = found?.items ?? [];
  }
  return found;
}
