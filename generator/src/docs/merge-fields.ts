import type { FieldFacts } from '../diff/operation-facts.ts';
import type { SpecErratum, SpecField } from '../load/spec-types.ts';

/** Marks words a maintainer must write: descriptions are ours, never the importer's (DEVELOPERS.md, "Spec"). */
export const TODO = 'TODO(describe): ';

/** A place fields live: the request, the plain response, or one response group. */
export interface Slot {
  /** `request`, `response`, or a group's condition key such as `ret_code=0000|8888`. */
  readonly key: string;
  readonly when?: { readonly field: string; readonly values: readonly string[] };
}

/** One fact the docs and the committed spec disagree on (what `--check` lists). */
export interface Difference {
  /** `request.vali_date`, `response.agreement_list[].card_no`, `endpoint`. */
  readonly target: string;
  readonly message: string;
}

/** Errata of a spec file and operation, and the words of each (what renames are read from). */
export interface ErrataScope {
  readonly byId: ReadonlyMap<string, SpecErratum>;
  readonly all: readonly SpecErratum[];
  /** The operation's page: only errata about it may leave one of its docs fields out. */
  readonly doc: string;
}

/** Result of merging one set of fields. */
export interface FieldMerge {
  /** Fields per slot key, in order; slots in order (spec's first, new ones after). */
  readonly slots: readonly { readonly slot: Slot; readonly fields: readonly SpecField[] }[];
  readonly differences: readonly Difference[];
  /** Where an erratum keeps the spec's facts over the docs' (for the maintainer to review, not a difference). */
  readonly overrides: readonly Difference[];
}

interface SpecEntry {
  readonly field: SpecField;
  readonly slot: Slot;
}
interface DocsEntry {
  readonly field: FieldFacts;
  readonly slot: Slot;
}

/**
 * Merges the docs' fields into the committed spec's: our words (descriptions,
 * labels, conditions), `sensitive` and erratum marks stay; facts come from the
 * docs, except on a field that carries an `erratum:` — there the spec's facts are
 * the erratum's decision and win. Besides that:
 *
 * - a docs field missing from the spec is the spec field whose erratum names it
 *   (a rename: aggrement_list → agreement_list), or is left out when an erratum
 *   is about it (`field:`) and no spec field has its name, or else is new;
 * - a spec field missing from the docs stays when it carries an erratum (a field
 *   kept that the docs dropped: MPAY vali_date/cvv2), or else is removed;
 * - a field in another response group than the docs say moves, unless it carries
 *   an erratum.
 *
 * Order follows the spec; new fields go after the field the docs list before them.
 */
export function mergeFields(spec: readonly SpecEntry[], docs: readonly DocsEntry[], errata: ErrataScope, prefix: string): FieldMerge {
  const differences: Difference[] = [];
  const overrides: Difference[] = [];
  const pairs = matchEntries(spec, docs, errata);
  const docsOf = new Map<SpecEntry, DocsEntry>();
  for (const p of pairs.matched) docsOf.set(p.spec, p.docs);

  const slotOrder: Slot[] = [];
  const lists = new Map<string, SpecField[]>();
  const slotFor = (slot: Slot) => {
    if (!lists.has(slot.key)) {
      lists.set(slot.key, []);
      slotOrder.push(slot);
    }
    return lists.get(slot.key) ?? [];
  };
  for (const e of spec) slotFor(e.slot);

  const placed = new Map<DocsEntry, { list: SpecField[]; field: SpecField }>();
  for (const e of spec) {
    const d = docsOf.get(e);
    const target = `${prefix}.${e.field.name}`;
    if (!d) {
      if (e.field.erratum === undefined) {
        differences.push({ target, message: 'in the spec, not in the docs' });
        continue;
      }
      overrides.push({ target, message: `in the spec, not in the docs (kept by erratum ${e.field.erratum})` });
      slotFor(e.slot).push(e.field);
      continue;
    }
    if (e.field.erratum !== undefined) {
      // The erratum settles this field's own facts (recorded as overrides); its members are still the docs'.
      const own: Difference[] = [];
      mergeField({ ...e.field, items: [] }, { ...d.field, items: [] }, errata, target, own);
      overrides.push(...own.map((o) => ({ target: o.target, message: `${o.message} (kept by erratum ${e.field.erratum ?? ''})` })));
      if (d.slot.key !== e.slot.key) overrides.push({ target, message: `returned when: docs ${d.slot.key}, spec ${e.slot.key} (kept by erratum ${e.field.erratum})` });
      if (d.field.name !== e.field.name) overrides.push({ target, message: `named ${d.field.name} in the docs (renamed by erratum ${e.field.erratum})` });
      const field = e.field.items || d.field.items ? mergeItems(e.field, d.field, errata, target, differences, overrides) : e.field;
      slotFor(e.slot).push(field);
      placed.set(d, { list: slotFor(e.slot), field });
      continue;
    }
    const merged = mergeField(e.field, d.field, errata, target, differences, overrides);
    let slot = e.slot;
    if (d.slot.key !== e.slot.key) {
      differences.push({ target, message: `returned when: docs ${d.slot.key}, spec ${e.slot.key}` });
      slot = d.slot;
    }
    slotFor(slot).push(merged);
    placed.set(d, { list: slotFor(slot), field: merged });
  }

  // New fields, each after the field the docs list before it (same slot), else at the end of its slot.
  docs.forEach((d, i) => {
    const target = `${prefix}.${d.field.name}`;
    const leftOutBy = pairs.leftOut.get(d);
    if (leftOutBy) overrides.push({ target, message: `in the docs, left out by erratum ${leftOutBy.id}` });
    if (pairs.matchedDocs.has(d) || leftOutBy) return;
    differences.push({ target, message: 'in the docs, not in the spec' });
    const field = newField(d.field);
    const list = slotFor(d.slot);
    const before = docs.slice(0, i).reverse().find((p) => p.slot.key === d.slot.key && placed.get(p)?.list === list);
    const at = before ? list.indexOf(placed.get(before)?.field ?? field) + 1 : list.length;
    list.splice(at, 0, field);
    placed.set(d, { list, field });
  });

  return { slots: slotOrder.map((slot) => ({ slot, fields: lists.get(slot.key) ?? [] })), differences, overrides };
}

/** Pairs spec and docs fields: same name first, then renames an erratum explains; `leftOut`: docs fields an erratum drops. */
function matchEntries(spec: readonly SpecEntry[], docs: readonly DocsEntry[], errata: ErrataScope) {
  const matched: { spec: SpecEntry; docs: DocsEntry }[] = [];
  const matchedSpec = new Set<SpecEntry>();
  const matchedDocs = new Set<DocsEntry>();
  const pair = (s: SpecEntry, d: DocsEntry) => {
    matched.push({ spec: s, docs: d });
    matchedSpec.add(s);
    matchedDocs.add(d);
  };
  // Same name, preferring the same slot when a name appears in several.
  for (const sameSlot of [true, false])
    for (const d of docs) {
      if (matchedDocs.has(d)) continue;
      const s = spec.find((x) => !matchedSpec.has(x) && x.field.name === d.field.name && (!sameSlot || x.slot.key === d.slot.key));
      if (s) pair(s, d);
    }
  for (const d of docs) {
    if (matchedDocs.has(d)) continue;
    const s = spec.find((x) => !matchedSpec.has(x) && x.field.erratum !== undefined && mentions(errata.byId.get(x.field.erratum), d.field.name));
    if (s) pair(s, d);
  }
  const names = new Set(spec.map((s) => s.field.name));
  const page = (doc: string) => doc.split('#')[0];
  const leftOut = new Map<DocsEntry, SpecErratum>();
  for (const d of docs) {
    const erratum = errata.all.find((e) => e.field === d.field.name && page(e.doc) === page(errata.doc));
    if (!matchedDocs.has(d) && !names.has(d.field.name) && erratum) leftOut.set(d, erratum);
  }
  return { matched, matchedDocs, leftOut };
}

/** True when the erratum's words name `word` (as a whole identifier). */
export function mentions(erratum: SpecErratum | undefined, word: string): boolean {
  if (!erratum) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).test(`${erratum.docSays} ${erratum.weUse}`);
}

/** The spec field with the docs' facts; our words stay. Records each fact that differs. */
function mergeField(spec: SpecField, docs: FieldFacts, errata: ErrataScope, target: string, out: Difference[], overrides: Difference[] = []): SpecField {
  const diff = (what: string, d: unknown, s: unknown) => out.push({ target, message: `${what}: docs ${show(d)}, spec ${show(s)}` });
  const merged: SpecField = { ...spec };
  if (spec.presence !== docs.presence) {
    diff('presence', docs.presence, spec.presence);
    merged.presence = docs.presence;
    if (docs.presence === 'conditional') merged.condition = `${TODO}${docs.condition ?? ''}`;
    else delete merged.condition;
  }
  if (spec.type !== docs.type) {
    diff('type', docs.type, spec.type);
    merged.type = docs.type;
  }
  if (spec.maxLength !== docs.maxLength) {
    diff('maxLength', docs.maxLength, spec.maxLength);
    if (docs.maxLength === undefined) delete merged.maxLength;
    else merged.maxLength = docs.maxLength;
  }
  if (spec.format !== docs.format) {
    diff('format', docs.format, spec.format);
    if (docs.format === undefined) delete merged.format;
    else merged.format = docs.format as SpecField['format'];
  }
  if (spec.fixed !== docs.fixed) {
    diff('fixed', docs.fixed, spec.fixed);
    if (docs.fixed === undefined) delete merged.fixed;
    else merged.fixed = docs.fixed;
  }
  if (!spec.unsigned !== !docs.unsigned) {
    diff('unsigned', docs.unsigned ?? false, spec.unsigned ?? false);
    if (docs.unsigned) merged.unsigned = true;
    else delete merged.unsigned;
  }
  const specValues = (spec.enum ?? []).map((e) => e.value);
  const docsValues = (docs.enum ?? []).map((e) => e.value);
  if ([...specValues].sort().join('\n') !== [...docsValues].sort().join('\n') || !spec.enum !== !docs.enum) {
    diff('enum', docs.enum ? docsValues : undefined, spec.enum ? specValues : undefined);
    const labels = new Map((spec.enum ?? []).map((e) => [e.value, e.label]));
    if (docs.enum) merged.enum = docs.enum.map((e) => ({ value: e.value, label: labels.get(e.value) ?? e.label }));
    else delete merged.enum;
  }
  return spec.items || docs.items ? mergeItems(merged, docs, errata, target, out, overrides) : merged;
}

/** `spec` with the members of a list or object merged with the docs' (same rules, one level down). */
function mergeItems(spec: SpecField, docs: FieldFacts, errata: ErrataScope, target: string, out: Difference[], overrides: Difference[]): SpecField {
  const slot: Slot = { key: 'items' };
  const items = mergeFields(
    (spec.items ?? []).map((field) => ({ field, slot })),
    (docs.items ?? []).map((field) => ({ field, slot })),
    errata,
    `${target}[]`,
  );
  out.push(...items.differences);
  overrides.push(...items.overrides);
  const list = items.slots[0]?.fields ?? [];
  const merged: SpecField = { ...spec };
  if (list.length) merged.items = [...list];
  else delete merged.items;
  return merged;
}

/** A spec field for a docs row the spec lacks: facts from the docs, words left to a maintainer. */
export function newField(docs: FieldFacts): SpecField {
  return {
    name: docs.name,
    presence: docs.presence,
    ...(docs.presence === 'conditional' && { condition: `${TODO}${docs.condition ?? ''}` }),
    type: docs.type,
    ...(docs.maxLength !== undefined && { maxLength: docs.maxLength }),
    ...(docs.format !== undefined && { format: docs.format as SpecField['format'] }),
    ...(docs.enum && { enum: docs.enum.map((e) => ({ value: e.value, label: e.label || e.value })) }),
    ...(docs.fixed !== undefined && { fixed: docs.fixed }),
    ...(docs.unsigned && { unsigned: true }),
    description: `${TODO}${docs.name}`,
    ...(docs.items && { items: docs.items.map(newField) }),
  };
}

function show(v: unknown): string {
  if (v === undefined) return '(none)';
  return Array.isArray(v) ? `[${v.join(', ')}]` : String(v);
}
