import type { FieldFacts, GroupFacts, OperationFacts } from './operation-facts.ts';

/** What kind of difference one {@link Change} records. */
export type ChangeKind =
  | 'endpoint'
  | 'kind'
  | 'field-added'
  | 'field-removed'
  | 'presence'
  | 'type'
  | 'max-length'
  | 'format'
  | 'fixed'
  /** The field left or joined the signed fields. */
  | 'unsigned'
  /** The answer's field must now (or no longer) repeat the request's. */
  | 'echo'
  /** Values added to an existing enum. */
  | 'enum-added'
  /** Values removed from an enum. */
  | 'enum-removed'
  /** A field without an enum now has one. */
  | 'enum-introduced'
  /** A field's enum is gone: any value goes. */
  | 'enum-dropped'
  /** A response field moved to another response group (or in/out of one). */
  | 'returned-when'
  /** Words only: a description, enum label, condition, title or summary. */
  | 'text';

/** One difference inside an operation. */
export interface Change {
  readonly kind: ChangeKind;
  /** `request.vali_date`, `response.token`, `response.agreement_list[].card_no`; `''` for the operation itself. */
  readonly target: string;
  readonly before?: string | number;
  readonly after?: string | number;
  /** Enum values added or removed (enum-*). */
  readonly values?: readonly string[];
  /** For `text`: which words changed (`description`, `label X`, `condition`, `title`, `summary`). */
  readonly what?: string;
}

/** Everything that differs for one operation id. */
export interface OperationChange {
  readonly id: string;
  /** The operation's kind (new side, or old side when removed). */
  readonly kind: OperationFacts['kind'];
  readonly status: 'added' | 'removed' | 'changed';
  /** Empty for added/removed operations. */
  readonly changes: readonly Change[];
}

/**
 * Compares two sets of operations by id and lists what changed, field by field.
 * Operations present on only one side are `added`/`removed`; unchanged ones are
 * left out. Response fields are matched by name across `response` and
 * `responseGroups`, so a field moving between groups is one `returned-when` change.
 */
export function diffOperations(before: readonly OperationFacts[], after: readonly OperationFacts[]): OperationChange[] {
  const out: OperationChange[] = [];
  const afterById = new Map(after.map((op) => [op.id, op]));
  const beforeIds = new Set(before.map((op) => op.id));
  for (const old of before) {
    const next = afterById.get(old.id);
    if (!next) {
      out.push({ id: old.id, kind: old.kind, status: 'removed', changes: [] });
      continue;
    }
    const changes = diffOperation(old, next);
    if (changes.length) out.push({ id: old.id, kind: next.kind, status: 'changed', changes });
  }
  for (const op of after) if (!beforeIds.has(op.id)) out.push({ id: op.id, kind: op.kind, status: 'added', changes: [] });
  return out;
}

function diffOperation(a: OperationFacts, b: OperationFacts): Change[] {
  const changes: Change[] = [];
  const op = (kind: ChangeKind, before: string | undefined, after: string | undefined, what?: string) => {
    if (before !== after) changes.push({ kind, target: '', ...def('before', before), ...def('after', after), ...def('what', what) });
  };
  op('kind', a.kind, b.kind);
  op('endpoint', a.endpoint, b.endpoint);
  diffFieldLists('request', located(a.request), located(b.request), changes);
  diffFieldLists('response', locatedResponse(a), locatedResponse(b), changes);
  op('text', a.title, b.title, 'title');
  op('text', a.summary, b.summary, 'summary');
  return changes;
}

/** A field with the response group it sits in (`undefined`: always there, or a request field). */
interface Located {
  readonly field: FieldFacts;
  readonly when?: string;
}

function located(fields: readonly FieldFacts[] | undefined, when?: string): Located[] {
  return (fields ?? []).map((field) => ({ field, ...def('when', when) }));
}

function locatedResponse(op: OperationFacts): Located[] {
  return [...located(op.response), ...(op.responseGroups ?? []).flatMap((g) => located(g.fields, whenKey(g)))];
}

/** `ret_code=0000|8888`: a group's condition, values sorted so order does not count. */
export function whenKey(group: Pick<GroupFacts, 'when'>): string {
  return `${group.when.field}=${[...group.when.values].sort().join('|')}`;
}

/** Names are unique within a list, but a response may repeat one across groups; those are keyed by group too. */
function keyed(list: readonly Located[]): Map<string, Located> {
  const count = new Map<string, number>();
  for (const l of list) count.set(l.field.name, (count.get(l.field.name) ?? 0) + 1);
  return new Map(list.map((l) => [(count.get(l.field.name) ?? 0) > 1 ? `${l.field.name}@${l.when ?? ''}` : l.field.name, l]));
}

/** Field-by-field changes between two lists of fields, targets prefixed (`basic.user_info_bind_phone`); shared tables use it too. */
export function diffFields(prefix: string, a: readonly FieldFacts[], b: readonly FieldFacts[]): Change[] {
  const out: Change[] = [];
  diffFieldLists(prefix, located(a), located(b), out);
  return out;
}

function diffFieldLists(prefix: string, a: readonly Located[], b: readonly Located[], out: Change[]): void {
  const before = keyed(a);
  const after = keyed(b);
  for (const [key, old] of before) {
    const target = `${prefix}.${old.field.name}`;
    const next = after.get(key);
    if (!next) {
      out.push({ kind: 'field-removed', target, before: old.field.presence });
      continue;
    }
    if (old.when !== next.when) out.push({ kind: 'returned-when', target, ...def('before', old.when), ...def('after', next.when) });
    diffField(target, old.field, next.field, out);
  }
  for (const [key, added] of after)
    if (!before.has(key)) out.push({ kind: 'field-added', target: `${prefix}.${added.field.name}`, after: added.field.presence });
}

function diffField(target: string, a: FieldFacts, b: FieldFacts, out: Change[]): void {
  const fact = (kind: ChangeKind, before: string | number | undefined, after: string | number | undefined, what?: string) => {
    if (before !== after) out.push({ kind, target, ...def('before', before), ...def('after', after), ...def('what', what) });
  };
  fact('presence', a.presence, b.presence);
  fact('type', a.type, b.type);
  fact('max-length', a.maxLength, b.maxLength);
  fact('format', a.format, b.format);
  fact('fixed', a.fixed, b.fixed);
  fact('unsigned', a.unsigned ? 'unsigned' : 'signed', b.unsigned ? 'unsigned' : 'signed');
  if (a.echo !== undefined || b.echo !== undefined) fact('echo', a.echo ? 'echoed' : 'not checked', b.echo ? 'echoed' : 'not checked');
  diffEnum(target, a.enum, b.enum, out);
  if (a.presence === 'conditional' && b.presence === 'conditional') fact('text', a.condition, b.condition, 'condition');
  fact('text', a.description, b.description, 'description');
  if (a.items || b.items) diffFieldLists(`${target}[]`, located(a.items), located(b.items), out);
}

function diffEnum(target: string, a: FieldFacts['enum'], b: FieldFacts['enum'], out: Change[]): void {
  if (!a && !b) return;
  if (!a) return void out.push({ kind: 'enum-introduced', target, values: (b ?? []).map((e) => e.value) });
  if (!b) return void out.push({ kind: 'enum-dropped', target, values: a.map((e) => e.value) });
  // A value's first label counts: a docs cell may name a value twice ("0, ID Card … By default is 0, …").
  const labelsOf = (list: NonNullable<FieldFacts['enum']>) => list.reduce((m, e) => (m.has(e.value) ? m : m.set(e.value, e.label)), new Map<string, string>());
  const labels = labelsOf(a);
  const now = labelsOf(b);
  const added = [...now.keys()].filter((v) => !labels.has(v));
  const removed = [...labels.keys()].filter((v) => !now.has(v));
  if (added.length) out.push({ kind: 'enum-added', target, values: added });
  if (removed.length) out.push({ kind: 'enum-removed', target, values: removed });
  for (const [value, label] of now) {
    const old = labels.get(value);
    if (old !== undefined && old !== label) out.push({ kind: 'text', target, what: `label ${value}`, before: old, after: label });
  }
}

/** `{ key: value }` when the value is defined, else `{}` (keeps `undefined` out of the records). */
function def<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
