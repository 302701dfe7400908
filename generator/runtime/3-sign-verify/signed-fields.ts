/**
 * One meaning per signature. LianLian's signature source joins `key=value`
 * pairs with `&` and escapes nothing (signature-add-sign.md), so
 * `{a: "1&b=2"}` and `{a: "1", b: "2"}` sign alike: a payer who gets text such
 * as `info_order` echoed into a signed message could re-split it into other
 * fields. Every message is therefore held to a form whose source splits back
 * into exactly the fields it was built from, and the merchant gets those fields
 * in one normal form, whatever JSON types carried them.
 * @internal
 * @module
 */
import { ValidationError } from '../1-errors-encoding/errors/validation-error.ts';
import type { FieldRule, OperationDef } from '../1-errors-encoding/operation.ts';
import { compareCaseInsensitive } from '../1-errors-encoding/signature-source.ts';

/** Keys that would reach an object's prototype machinery if a merchant copied the fields around. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A field whose value is JSON text (an object or a list), and may therefore hold `&` inside strings. */
function isJsonField(rule: FieldRule | undefined): boolean {
  return rule !== undefined && (rule.format === 'json-string' || rule.type === 'list' || rule.type === 'object');
}

/** Formats whose value is merchant-set and may need `&`: a URL with a query string. */
function mayHoldAmpersand(rule: FieldRule): boolean {
  return isJsonField(rule) || rule.format === 'url';
}

/**
 * Refuses to sign a request field whose value holds `&` (outside JSON-text
 * and URL fields): LianLian echoes fields such as `info_order` into signed
 * notifications, where the `&` would let a payer re-split the message.
 * Keys are the spec's names or checked extra fields (_extra-fields.ts); an
 * extra field has no rule, so it never carries `&`.
 * @throws {ValidationError} naming the field, never its value
 * @internal
 */
export function assertSignableRequest(op: OperationDef, body: Readonly<Record<string, string>>): void {
  const rules = new Map(op.request.map((r) => [r.name, r]));
  for (const [name, value] of Object.entries(body)) {
    const rule = rules.get(name);
    if (/[&=]/.test(name)) throw new ValidationError(op.id, 'params', 'has a field name containing "&" or "="');
    if (value.includes('&') && !(rule && mayHoldAmpersand(rule)))
      throw new ValidationError(op.id, name, 'must not contain "&": LianLian signs fields joined by "&", so the value could be read back as other fields');
  }
}

/** Fields as the merchant receives them: strings, and parsed JSON for list/object fields. @internal */
export type SignedFields = Record<string, unknown>;

/** Why a message was refused; the caller wraps it in its own error type. @internal */
export class AmbiguousMessage extends Error {}

/**
 * The fields of a signed message in their one normal form, or an
 * {@link AmbiguousMessage} saying why the message could stand for more than one.
 *
 * - Empty values (`undefined`, `null`, `""`) are left out, as the signature
 *   leaves them out.
 * - No key may contain `=` or `&`, or be `__proto__`, `constructor` or `prototype`.
 * - No value may contain `&`, except JSON text in the fields `rules` type as
 *   lists, objects or JSON strings (e.g. risk_item), which must parse, and
 *   URLs LianLian makes (`gateway_url`, Unified-direct-api.md), whose query
 *   must not name a field of the message.
 * - Types follow `rules`: strings must be JSON strings (money never a JSON
 *   number); list and object fields are returned parsed. Fields the spec does
 *   not know are returned as their signed text, so `1` and `"1"` arrive alike.
 * - Finally the signature source, parsed back, must give exactly these fields.
 * @param rules - the message's field rules (a notification's fields, or an answer's response fields)
 * @internal
 */
export function signedFields(fields: Readonly<Record<string, unknown>>, rules: readonly FieldRule[]): SignedFields {
  const byName = new Map<string, FieldRule>();
  for (const r of rules) if (!byName.has(r.name)) byName.set(r.name, r);
  const pairs: [string, string, unknown][] = [];
  for (const key of Object.keys(fields)) {
    const raw = fields[key];
    if (key === 'sign') continue;
    if (RESERVED_KEYS.has(key)) throw new AmbiguousMessage(`field name "${key}" is not allowed`);
    if (/[&=]/.test(key) || key === '') throw new AmbiguousMessage('a field name is empty or contains "&" or "="');
    if (raw === undefined || raw === null || raw === '') continue;
    const [text, value] = normalize(key, raw, byName.get(key));
    pairs.push([key, text, value]);
  }
  pairs.sort(([a], [b]) => compareCaseInsensitive(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const names = new Set([...byName.keys(), ...pairs.map(([k]) => k)]);
  for (const [key, text] of pairs)
    if (byName.get(key)?.format === 'url' && text.includes('&') && text.split('&').slice(1).some((part) => names.has(part.split('=')[0]!)))
      throw new AmbiguousMessage(`field ${key} is a URL whose query names a field of the message`);
  const source = pairs.map(([k, t]) => `${k}=${t}`).join('&');
  const back = splitSource(source, (name) => (isJsonField(byName.get(name)) ? 'json' : byName.get(name)?.format === 'url' ? 'url' : 'text'), names);
  if (!back || back.length !== pairs.length || back.some(([k, t], i) => k !== pairs[i]![0] || t !== pairs[i]![1]))
    throw new AmbiguousMessage('the signature source does not split back into the fields received');
  const out: SignedFields = {};
  for (const [key, , value] of pairs) out[key] = value;
  if (typeof fields.sign === 'string') out.sign = fields.sign;
  return out;
}

/** One value's signed text and the value handed on, or an AmbiguousMessage. */
function normalize(key: string, raw: unknown, rule: FieldRule | undefined): [string, unknown] {
  if (isJsonField(rule)) {
    const text = typeof raw === 'string' ? raw : typeof raw === 'object' ? JSON.stringify(raw) : undefined;
    const parsed = text === undefined ? undefined : parseJson(text);
    const wantList = rule!.type === 'list';
    if (parsed === undefined || typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) !== wantList)
      throw new AmbiguousMessage(`field ${key} must be JSON ${wantList ? 'list' : 'object'} text`);
    if (hasReservedKey(parsed)) throw new AmbiguousMessage(`field ${key} holds a reserved key`);
    return [text!, rule!.format === 'json-string' ? text : parsed];
  }
  if (rule?.type === 'integer') {
    // A JSON number or a digit string sign alike; the merchant gets a number either way.
    const text = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : typeof raw === 'string' && /^-?\d{1,15}$/.test(raw) ? raw : undefined;
    if (text === undefined) throw new AmbiguousMessage(`field ${key} must be an integer`);
    return [text, Number(text)];
  }
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (rule === undefined && typeof raw === 'number' && Number.isFinite(raw)) text = String(raw);
  else throw new AmbiguousMessage(`field ${key} must be a JSON string, got ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}`);
  if (text.includes('&') && !(rule?.format === 'url' && isHttpUrl(text)))
    throw new AmbiguousMessage(`field ${key} contains "&", which would let its text be read as other fields`);
  if ((rule?.format === 'money' || rule?.format === 'signed-money') && !/^-?\d+(\.\d{1,2})?$/.test(text))
    throw new AmbiguousMessage(`field ${key} must be a decimal amount`);
  return [text, text];
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s]+$/.test(text) && URL.canParse(text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function hasReservedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasReservedKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.keys(value).some((k) => RESERVED_KEYS.has(k) || hasReservedKey((value as Record<string, unknown>)[k]));
}

/**
 * Parses a signature source back into `[key, text]` pairs, the only way it
 * can be read: a key runs to the first `=`; a JSON field's value is one
 * balanced JSON object or list; a URL's runs to the next `&` that starts a
 * pair naming a field in `names`; any other value runs to the next `&`.
 * @returns the pairs, or undefined when the source cannot be read that way
 * @internal
 */
export function splitSource(source: string, kindOf: (name: string) => 'json' | 'url' | 'text', names: ReadonlySet<string> = new Set()): [string, string][] | undefined {
  const out: [string, string][] = [];
  let at = 0;
  while (at < source.length) {
    const eq = source.indexOf('=', at);
    if (eq < 0) return undefined;
    const key = source.slice(at, eq);
    if (key.includes('&')) return undefined;
    let end: number;
    const kind = kindOf(key);
    if (kind === 'json') {
      end = jsonEnd(source, eq + 1);
      if (end < 0 || (end < source.length && source[end] !== '&')) return undefined;
    } else {
      end = source.indexOf('&', eq + 1);
      // A URL runs on through "&" until the next pair that names a field.
      while (kind === 'url' && end >= 0 && !names.has(source.slice(end + 1, source.indexOf('=', end + 1) >>> 0))) end = source.indexOf('&', end + 1);
      if (end < 0) end = source.length;
    }
    out.push([key, source.slice(eq + 1, end)]);
    at = end + 1;
    if (end === source.length - 1) return undefined; // a trailing "&" stands for no field
  }
  return out;
}

/** Index just past the balanced JSON object or list starting at `from`, or -1. */
function jsonEnd(text: string, from: number): number {
  const open = text[from];
  if (open !== '{' && open !== '[') return -1;
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
