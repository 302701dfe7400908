import { diffFields, type Change } from './diff-operations.ts';
import type { FieldFacts } from './operation-facts.ts';
import type { SharedTableFacts } from './table-facts.ts';

/** The shared tables, by their key in `SharedTables` (spec/shared/<file>.yaml). */
export type SharedTableName = 'riskItem' | 'returnCodes' | 'currencies' | 'transactionReport';

/** A whole entry of a shared table came or went, or a report's columns were reordered. */
export interface EntryChange {
  readonly kind: 'entry-added' | 'entry-removed' | 'order';
  /** The entry: a code (`1001`), a currency (`USD`), a risk_item group or report file id. */
  readonly target: string;
  /** What kind of entry: `return code`, `currency`, `risk_item group`, `report file`, `report columns`. */
  readonly what: string;
  readonly before?: string;
  readonly after?: string;
}

/** One difference inside a shared table: an entry's, or a field's as operations have them. */
export type TableItemChange = Change | EntryChange;

/** True for a change to a whole entry (or the columns' order), false for a field or text change. */
export function isEntryChange(change: TableItemChange): change is EntryChange {
  return change.kind === 'entry-added' || change.kind === 'entry-removed' || change.kind === 'order';
}

/** Everything that differs in one shared table. */
export interface TableChange {
  readonly table: SharedTableName;
  readonly doc: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** Empty for a table added or removed. */
  readonly changes: readonly TableItemChange[];
}

/**
 * Compares two sets of shared tables entry by entry, the way diffOperations
 * compares operations: risk_item groups (by id) field by field, ret_codes and
 * their ret_msg, currencies and their names, and each report file's columns,
 * field by field and in order. Unchanged tables are left out.
 */
export function diffTables(before: SharedTableFacts, after: SharedTableFacts): TableChange[] {
  const out: TableChange[] = [];
  const table = <K extends SharedTableName>(name: K, diff: (a: NonNullable<SharedTableFacts[K]>, b: NonNullable<SharedTableFacts[K]>) => TableItemChange[]) => {
    const a = before[name];
    const b = after[name];
    if (a && b) {
      const changes = diff(a, b);
      if (changes.length) out.push({ table: name, doc: b.doc, status: 'changed', changes });
    } else if (a || b) out.push({ table: name, doc: (a ?? b)!.doc, status: a ? 'removed' : 'added', changes: [] });
  };
  table('riskItem', (a, b) =>
    entries(a.groups, b.groups, (g) => g.id, 'risk_item group', (x, y) => [...text(x.id, x.title, y.title, 'title'), ...diffFields(x.id, x.fields, y.fields)]),
  );
  table('returnCodes', (a, b) =>
    entries(a.codes, b.codes, (c) => c.code, 'return code', (x, y) => [...text(x.code, x.msg, y.msg, 'ret_msg'), ...text(x.code, x.description, y.description, 'description')]),
  );
  table('currencies', (a, b) => entries(a.currencies, b.currencies, (c) => c.code, 'currency', (x, y) => text(x.code, x.name, y.name, 'name')));
  table('transactionReport', (a, b) =>
    entries(a.files, b.files, (f) => f.id, 'report file', (x, y) => [
      ...text(x.id, x.title, y.title, 'title'),
      ...order(x.id, x.columns, y.columns),
      ...diffFields(x.id, x.columns, y.columns),
    ]),
  );
  return out;
}

/** Entries matched by key: removed and changed in the old order, then added in the new. */
function entries<T>(a: readonly T[], b: readonly T[], key: (x: T) => string, what: string, diff: (x: T, y: T) => TableItemChange[]): TableItemChange[] {
  const out: TableItemChange[] = [];
  const after = new Map(b.map((y) => [key(y), y]));
  const before = new Set(a.map(key));
  for (const x of a) {
    const y = after.get(key(x));
    out.push(...(y ? diff(x, y) : [{ kind: 'entry-removed', target: key(x), what } as const]));
  }
  for (const y of b) if (!before.has(key(y))) out.push({ kind: 'entry-added', target: key(y), what });
  return out;
}

function text(target: string, before: string, after: string, what: string): Change[] {
  return before === after ? [] : [{ kind: 'text', target, before, after, what }];
}

/** The columns both sides have, compared in order (added and removed ones are field changes of their own). */
function order(target: string, a: readonly FieldFacts[], b: readonly FieldFacts[]): EntryChange[] {
  const names = new Set(b.map((c) => c.name));
  const kept = a.map((c) => c.name).filter((n) => names.has(n));
  const old = new Set(kept);
  const now = b.map((c) => c.name).filter((n) => old.has(n));
  return kept.join() === now.join() ? [] : [{ kind: 'order', target, what: 'report columns', before: kept.join(' | '), after: now.join(' | ') }];
}
