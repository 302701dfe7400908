import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SpecField, SpecFile, SpecOperation } from '../load/spec-types.ts';
import { FIELD_KEYS, fieldLines, keyLines, OPERATION_RULE, operationLines } from './yaml-emit.ts';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Rewrites a committed spec file to hold `next`, touching only the lines that
 * change: a changed fact replaces its own `key: value` line(s), a new field is
 * inserted after its neighbour, a dropped one is cut, new operations go at the
 * end. Everything else (comments, folded errata, our descriptions) stays byte for
 * byte, so an import that changes nothing leaves the file as it was.
 *
 * Throws when the result does not read back as `next` (a bug here, never a
 * silently wrong spec).
 */
export function patchSpecFile(text: string, before: SpecFile, next: SpecFile): string {
  const doc = parseDocument(text);
  const edits: Edit[] = [];
  const lines = new Lines(text);
  const opsNode = doc.get('operations', true);
  if (!isSeq(opsNode)) throw new Error('spec file has no operations list');
  const byId = new Map(next.operations.map((op) => [op.id, op]));

  before.operations.forEach((old, i) => {
    const node = opsNode.items[i];
    const op = byId.get(old.id);
    if (!op || !isMap(node) || isDeepStrictEqual(plain(old), plain(op))) return;
    if (!patchOperation(node, old, op, lines, edits)) edits.push(lines.replaceNode(node, operationLines(op, lines.dashIndent(node))));
  });

  const known = new Set(before.operations.map((op) => op.id));
  const added = next.operations.filter((op) => !known.has(op.id));
  const last = opsNode.items.at(-1);
  if (added.length && isMap(last)) {
    const indent = lines.dashIndent(last);
    const block = added.flatMap((op) => ['', `${' '.repeat(indent)}${OPERATION_RULE}`, ...operationLines(op, indent)]);
    const at = lines.endOfNode(last);
    edits.push({ start: at, end: at, text: `${block.join('\n')}\n` });
  }

  const out = apply(text, edits);
  const check = parseDocument(out);
  if (check.errors.length || !isDeepStrictEqual(plain(check.toJS()), plain(next)))
    throw new Error('internal error: the patched spec file does not read back as the merged spec');
  return out;
}

/** Field-level edits for one operation; false when its shape changed (response groups came or went) and it must be rewritten whole. */
function patchOperation(node: YAMLMap, old: SpecOperation, op: SpecOperation, lines: Lines, edits: Edit[]): boolean {
  // Everything but the endpoint and the field lists must be as it was (the importer changes nothing else).
  const shape = ({ endpoint, request, response, responseGroups, ...rest }: SpecOperation) => [
    rest,
    endpoint === undefined,
    response === undefined,
    request.length === 0,
    (responseGroups ?? []).map((g) => g.when),
  ];
  if (!isDeepStrictEqual(plain(shape(old)), plain(shape(op)))) return false;
  if (old.endpoint !== op.endpoint && op.endpoint !== undefined) {
    const pair = pairOf(node, 'endpoint');
    if (!pair) return false;
    edits.push(lines.replacePair(pair, keyLines('endpoint', op.endpoint, lines.keyIndent(node))));
  }
  const lists: [Node | null | undefined, readonly SpecField[], readonly SpecField[]][] = [
    [node.get('request', true), old.request, op.request],
    [node.get('response', true), old.response ?? [], op.response ?? []],
  ];
  const groups = node.get('responseGroups', true);
  (old.responseGroups ?? []).forEach((g, i) => {
    const gNode = isSeq(groups) ? groups.items[i] : undefined;
    lists.push([isMap(gNode) ? gNode.get('fields', true) : undefined, g.fields, op.responseGroups?.[i]?.fields ?? []]);
  });
  return lists.every(([seq, a, b]) => isDeepStrictEqual(plain(a), plain(b)) || patchList(seq, a, b, lines, edits));
}

/** Edits turning list `a` into `b` (same names, in the same relative order, plus new ones); false if the list node cannot take them. */
function patchList(seq: Node | null | undefined, a: readonly SpecField[], b: readonly SpecField[], lines: Lines, edits: Edit[]): boolean {
  if (!isSeq(seq) || seq.flow || !seq.items.length || !b.length) return false;
  const nodes = new Map<string, YAMLMap>();
  a.forEach((f, i) => {
    const n = seq.items[i];
    if (isMap(n)) nodes.set(f.name, n);
  });
  const first = seq.items[0];
  if (!isMap(first)) return false;
  const indent = lines.dashIndent(first);
  const kept = new Set(b.map((f) => f.name));
  for (const f of a) {
    const n = nodes.get(f.name);
    if (n && !kept.has(f.name)) edits.push(lines.replaceNode(n, []));
  }
  let anchor = lines.startOfNode(first);
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) edits.push({ start: anchor, end: anchor, text: `${pending.join('\n')}\n` });
    pending = [];
  };
  for (const f of b) {
    const old = a.find((x) => x.name === f.name);
    const n = nodes.get(f.name);
    if (!old || !n) {
      pending.push(...fieldLines(f, indent));
      continue;
    }
    flush();
    if (!isDeepStrictEqual(plain(old), plain(f)) && !patchField(n, old, f, lines, edits)) edits.push(lines.replaceNode(n, fieldLines(f, indent)));
    anchor = lines.endOfNode(n);
  }
  flush();
  return true;
}

/** Replaces, inserts or cuts the `key: value` lines of the facts that changed. */
function patchField(node: YAMLMap, a: SpecField, b: SpecField, lines: Lines, edits: Edit[]): boolean {
  const indent = lines.keyIndent(node);
  for (const key of FIELD_KEYS) {
    const x = a[key];
    const y = b[key];
    if (isDeepStrictEqual(plain(x), plain(y))) continue;
    const pair = pairOf(node, key);
    if (key === 'items' && x && y && pair && patchList(pair.value as Node, x as SpecField[], y as SpecField[], lines, edits)) continue;
    if (pair && y !== undefined) edits.push(lines.replacePair(pair, keyLines(key, y, indent)));
    else if (pair) edits.push(lines.replacePair(pair, []));
    else if (y !== undefined) {
      // After the nearest key that comes before it in the committed order.
      const prior = FIELD_KEYS.slice(0, FIELD_KEYS.indexOf(key)).reverse().map((k) => pairOf(node, k)).find(Boolean);
      if (!prior) return false;
      const at = lines.endOfPair(prior);
      edits.push({ start: at, end: at, text: `${keyLines(key, y, indent).join('\n')}\n` });
    }
  }
  return true;
}

function pairOf(node: YAMLMap, key: string): Pair | undefined {
  return node.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** Offsets of whole lines in the source. */
class Lines {
  constructor(private readonly text: string) {}

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Offset just past the newline ending the line that holds `offset - 1`. */
  lineEndAfter(endExclusive: number): number {
    let last = endExclusive - 1;
    if (this.text[last] === '\n') last--;
    const nl = this.text.indexOf('\n', Math.max(last, 0));
    return nl < 0 ? this.text.length : nl + 1;
  }

  startOfNode(node: Node): number {
    return this.lineStart(node.range?.[0] ?? 0);
  }

  endOfNode(node: Node): number {
    return this.lineEndAfter(node.range?.[1] ?? 0);
  }

  endOfPair(pair: Pair): number {
    const value = pair.value as Node | null;
    return this.lineEndAfter(value?.range?.[1] ?? (pair.key as Node).range?.[1] ?? 0);
  }

  /** Column of a map's keys. */
  keyIndent(node: Node): number {
    const start = node.range?.[0] ?? 0;
    return start - this.lineStart(start);
  }

  /** Column of the `- ` introducing a list item map. */
  dashIndent(node: Node): number {
    return this.keyIndent(node) - 2;
  }

  replaceNode(node: Node, lines: readonly string[]): Edit {
    return { start: this.startOfNode(node), end: this.endOfNode(node), text: lines.length ? `${lines.join('\n')}\n` : '' };
  }

  replacePair(pair: Pair, lines: readonly string[]): Edit {
    return { start: this.lineStart((pair.key as Node).range?.[0] ?? 0), end: this.endOfPair(pair), text: lines.length ? `${lines.join('\n')}\n` : '' };
  }
}

/** Applies edits from the end backwards; at one offset, a cut goes before an insertion. */
function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start || y.end - x.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** JSON-equal form (drops `undefined` keys) for comparisons. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}
