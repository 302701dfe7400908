import { whenKey } from '../diff/diff-operations.ts';
import type { FieldFacts, GroupFacts, OperationFacts } from '../diff/operation-facts.ts';
import { parseCaption } from './captions.ts';
import { fieldFacts } from './cell-facts.ts';
import { isParameterTable, proseOf, type DocBlock, type DocPage, type TableBlock } from './page-model.ts';

/** Operation-level facts a page implies, used when the importer creates an operation the spec lacks. */
export interface OperationHints {
  readonly signTypes: readonly ('RSA' | 'SHA256withRSA')[];
  readonly apiVersion?: string;
  /** ret_code values of the response groups, when other than just 0000. */
  readonly successCodes?: readonly string[];
  readonly payload?: 'lianpay1_0_1';
  readonly encoding?: 'form';
}

/** One operation a page documents. */
export interface PageOperation {
  /** `docs/x.md`, or `docs/x.md#anchor` for an operation in a section of another page. */
  readonly doc: string;
  readonly title: string;
  /** `id` is empty: naming is the caller's business (name-operations.ts). */
  readonly facts: OperationFacts;
  readonly hints: OperationHints;
  readonly warnings: readonly string[];
}

/** What a page yields: its operations, or why it has none. */
export interface PageReading {
  readonly operations: readonly PageOperation[];
  /** Set when the page has parameter tables but documents no operation (payment-risk-item.md). */
  readonly notAnOperation?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Field = Mutable<FieldFacts>;

/**
 * Turns a read page into the operations it documents. A page is one operation,
 * except that a redirect page may document its synchronous notification in a
 * section of its own ("## Synchronous Notification" on easypay_web_redirect.md),
 * which becomes a second operation addressed by its anchor.
 *
 * Within an operation: a table captioned "returned only when X=Y" is a response
 * group; one captioned "included in X" holds the members of list field X; any
 * other table is request or response by the nearest heading naming either
 * (notifications: request, where the spec keeps a notification's fields).
 */
export function pageOperations(page: DocPage): PageReading {
  const sections = sectionsOf(page);
  const operations: PageOperation[] = [];
  let notAnOperation: string | undefined;
  for (const s of sections) {
    const tables = s.blocks.filter((b): b is TableBlock => b.kind === 'table' && isParameterTable(b));
    if (!tables.length) continue;
    const endpoint = endpointOf(s.blocks);
    const notification = /notification/i.test(s.title);
    if (endpoint === undefined && !notification) {
      notAnOperation = 'parameter tables, but no Endpoint block and not a notification';
      continue;
    }
    operations.push(operationOf(page, s, tables, endpoint, notification));
  }
  return { operations, ...(notAnOperation !== undefined && !operations.length && { notAnOperation }) };
}

interface Section {
  readonly anchor?: string;
  readonly title: string;
  readonly blocks: readonly DocBlock[];
}

/** The page, split at notification headings of a page that is not itself a notification. */
function sectionsOf(page: DocPage): Section[] {
  const sections: Section[] = [];
  let current: { anchor?: string; title: string; blocks: DocBlock[] } = { title: page.title, blocks: [] };
  const pageIsNotification = /notification/i.test(page.title);
  for (const b of page.blocks) {
    // A section heading (## level; rendered text has no levels, so any but a "Sample …" heading).
    const sectionLevel = b.kind === 'heading' && (b.level === undefined ? !/^sample\b/i.test(b.text) : b.level <= 2);
    if (b.kind === 'heading' && sectionLevel && !pageIsNotification && /notification/i.test(b.text) && b.text !== page.title) {
      sections.push(current);
      current = { anchor: b.anchor, title: b.text, blocks: [b] };
      continue;
    }
    current.blocks.push(b);
  }
  sections.push(current);
  return sections;
}

/** The first code block under an "Endpoint" heading, first line. */
function endpointOf(blocks: readonly DocBlock[]): string | undefined {
  const at = blocks.findIndex((b) => b.kind === 'heading' && /^endpoint$/i.test(b.text.trim()));
  if (at < 0) return undefined;
  const code = blocks.slice(at + 1).find((b) => b.kind === 'code' || b.kind === 'heading');
  return code?.kind === 'code' ? code.text.split('\n')[0]?.trim() : undefined;
}

function operationOf(page: DocPage, s: Section, tables: readonly TableBlock[], endpoint: string | undefined, notification: boolean): PageOperation {
  const warnings: string[] = [];
  const doc = s.anchor ? `${page.path}#${s.anchor}` : page.path;
  const request: Field[] = [];
  const response: { field: Field; when?: { field: string; values: string[] } }[] = [];
  const all: Field[] = [];

  for (const table of tables) {
    const caption = parseCaption(table.caption);
    const fields = rowsOf(doc, table, warnings);
    if (caption.kind === 'items') {
      const owner = all.find((f) => f.name === caption.of) ?? all.filter((f) => f.type === 'list' && !f.items).at(-1);
      if (!owner) warnings.push(`${doc}: "${table.caption ?? ''}" names no list field above it`);
      else {
        if (owner.name !== caption.of) warnings.push(`${doc}: items of "${caption.of}" attached to list field "${owner.name}"`);
        owner.items = fields;
      }
      continue;
    }
    all.push(...fields);
    if (caption.kind === 'when') {
      for (const field of fields) response.push({ field, when: { field: caption.field, values: [...caption.values] } });
    } else if (roleOf(table) === 'response') response.push(...fields.map((field) => ({ field })));
    else request.push(...fields);
  }

  const facts: OperationFacts = {
    id: '',
    kind: notification ? 'notification' : endpoint !== undefined && s.blocks.some((b) => b.kind === 'code' && /<form\b/i.test(b.text)) ? 'redirect' : 'api',
    title: s.title,
    summary: proseOf(s.blocks),
    doc,
    ...(endpoint !== undefined && { endpoint }),
    request: unique(doc, 'request', request, warnings),
    ...responseParts(doc, response, warnings),
  };
  return { doc, title: s.title, facts, hints: hintsOf(facts, s.blocks, notification), warnings: [...page.warnings, ...warnings] };
}

function rowsOf(doc: string, table: TableBlock, warnings: string[]): Field[] {
  const out: Field[] = [];
  for (const [name = '', required = '', type = '', description = ''] of table.rows) {
    if (!name) continue;
    try {
      out.push({ ...fieldFacts({ name, required, type, description }) });
    } catch (err) {
      warnings.push(`${doc}: row "${name}" skipped: ${(err as Error).message}`);
    }
  }
  return out;
}

/** The nearest heading saying "request" or "response"; otherwise request (a notification's "## Parameters"). */
function roleOf(table: TableBlock): 'request' | 'response' {
  for (const h of [...table.headings].reverse()) {
    if (/response/i.test(h)) return 'response';
    if (/request/i.test(h)) return 'request';
  }
  return 'request';
}

/** Keeps the first row of a name that a table lists twice (MPAY-card-bind-apply.md lists risk_item twice). */
function unique(doc: string, where: string, fields: readonly Field[], warnings: string[]): FieldFacts[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    if (seen.has(f.name)) {
      warnings.push(`${doc}: ${where} lists ${f.name} twice; the first row counts`);
      return false;
    }
    seen.add(f.name);
    return true;
  });
}

/**
 * Response fields, normalised: a field listed under several groups on the same
 * condition field ("ret_code=8888" and "ret_code=0000" on MPAY-apply-direct-API.md)
 * is one field returned for all those values; groups are then formed from fields
 * sharing one condition, in the order they first appear.
 */
function responseParts(
  doc: string,
  entries: readonly { field: Field; when?: { field: string; values: string[] } }[],
  warnings: string[],
): { response?: FieldFacts[]; responseGroups?: GroupFacts[] } {
  const byName = new Map<string, { field: Field; when?: { field: string; values: string[] } }>();
  const order: string[] = [];
  for (const e of entries) {
    const prev = byName.get(e.field.name);
    if (!prev) {
      byName.set(e.field.name, { field: e.field, ...(e.when && { when: { field: e.when.field, values: [...e.when.values] } }) });
      order.push(e.field.name);
    } else if (prev.when && e.when && prev.when.field === e.when.field) {
      for (const v of e.when.values) if (!prev.when.values.includes(v)) prev.when.values.push(v);
    } else warnings.push(`${doc}: response lists ${e.field.name} twice; the first row counts`);
  }
  const response: FieldFacts[] = [];
  const groups = new Map<string, { when: { field: string; values: string[] }; fields: FieldFacts[] }>();
  for (const name of order) {
    const e = byName.get(name);
    if (!e) continue;
    if (!e.when) {
      response.push(e.field);
      continue;
    }
    const key = `${e.when.field}=${e.when.values.join('|')}`;
    const group = groups.get(key) ?? { when: e.when, fields: [] };
    group.fields.push(e.field);
    groups.set(key, group);
  }
  return { ...(response.length && { response }), ...(groups.size && { responseGroups: [...groups.values()] }) };
}

function hintsOf(facts: OperationFacts, blocks: readonly DocBlock[], notification: boolean): OperationHints {
  const signType = facts.request.find((f) => f.name === 'sign_type');
  const signValues = [...(signType?.enum?.map((e) => e.value) ?? []), ...(signType?.fixed ? [signType.fixed] : [])];
  const apiVersion = facts.request.find((f) => f.name === 'api_version' && f.presence === 'required')?.fixed;
  const codes = [...new Set((facts.responseGroups ?? []).filter((g) => g.when.field === 'ret_code').flatMap((g) => g.when.values))].sort();
  const code = (b: DocBlock) => (b.kind === 'code' ? b.text : '');
  return {
    signTypes: signValues.some((v) => /^sha256withrsa$/i.test(v)) ? ['RSA', 'SHA256withRSA'] : ['RSA'],
    ...(apiVersion !== undefined && { apiVersion }),
    ...(codes.length && codes.join() !== '0000' && { successCodes: codes }),
    // MPAY-card-bind-apply.md: the encrypted request is `{"oid_partner", "pay_load": "lianpay1_0_1$…"}`.
    ...(blocks.some((b) => code(b).includes('lianpay1_0_1')) && { payload: 'lianpay1_0_1' as const }),
    ...(notification && blocks.some((b) => /<form\b/i.test(code(b))) && { encoding: 'form' as const }),
  };
}

/** The facts of an operation without its words and title: what two readings of one page must agree on. */
export function comparableFacts(op: OperationFacts): unknown {
  const strip = (fields: OperationFacts['request'] | undefined): unknown[] =>
    (fields ?? []).map(({ description: _d, condition: _c, items, enum: values, ...rest }) => ({
      ...rest,
      ...(values && { enum: values.map((e) => e.value) }),
      ...(items && { items: strip(items) }),
    }));
  return {
    kind: op.kind,
    endpoint: op.endpoint,
    request: strip(op.request),
    response: strip(op.response),
    groups: (op.responseGroups ?? []).map((g) => ({ when: whenKey(g), fields: strip(g.fields) })),
  };
}
