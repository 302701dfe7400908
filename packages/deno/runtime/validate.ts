// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { ValidationError } from './errors/validation-error.ts';
import { isMoney, MONEY_MAX_CENTS, MONEY_MIN_CENTS, moneyToCents } from './money.ts';
import type { FieldRule, OperationDef } from './operation.ts';
import { parseLianLianTime } from './time.ts';

/** A request body ready to sign: string values only, JSON-string fields already serialized. */
export type WireParams = Record<string, string>;

/**
 * Checks caller parameters against the operation's spec before anything is signed
 * or sent, and returns them as wire strings. Fields the client fills in
 * (oid_partner, sign, sign_type, api_version, time_stamp) are rejected here.
 * Error messages name the field and the rule, never a sensitive value.
 *
 * @throws {ValidationError}
 */
export function validateParams(op: OperationDef, params: unknown): WireParams {
  if (params === null || typeof params !== 'object' || Array.isArray(params))
    throw new ValidationError(op.id, 'params', 'must be an object of request fields');
  const rules = new Map(op.request.map((r) => [r.name, r]));
  const out: WireParams = {};
  for (const [name, value] of Object.entries(params)) {
    const rule = rules.get(name);
    if (!rule) {
      const known = op.request.filter((r) => !r.managed).map((r) => r.name);
      throw new ValidationError(op.id, name, `is not a request field of ${op.id}; expected one of: ${known.join(', ')}`);
    }
    if (rule.managed) throw new ValidationError(op.id, name, 'is filled in by the client; remove it from params');
    if (value === undefined || value === null || value === '') continue;
    out[name] = checkValue(op.id, rule, value, name);
  }
  for (const rule of op.request)
    if (rule.presence === 'required' && !rule.managed && !(rule.name in out))
      throw new ValidationError(op.id, rule.name, 'is required');
  return out;
}

function checkValue(opId: string, rule: FieldRule, value: unknown, path: string): string {
  const fail = (why: string) => new ValidationError(opId, path, why);
  let text: string;
  if (rule.format === 'json-string' && typeof value === 'object') text = canonicalJson(value);
  else if (rule.type === 'integer') {
    if (typeof value === 'number' && Number.isSafeInteger(value)) text = String(value);
    else if (typeof value === 'string' && /^-?\d+$/.test(value)) text = value;
    else throw fail('must be an integer');
  } else if (rule.type === 'list' || rule.type === 'object') {
    if (rule.type === 'list' && !Array.isArray(value)) throw fail('must be a list');
    text = canonicalJson(value);
  } else if (typeof value === 'string') text = value;
  else throw fail(`must be a string, got ${typeof value}`);

  const shown = rule.sensitive ? '' : ` (got "${text.length > 40 ? text.slice(0, 40) + '…' : text}")`;
  if (rule.maxLength !== undefined && [...text].length > rule.maxLength)
    throw fail(`must be at most ${rule.maxLength} characters, got ${[...text].length}`);
  if (rule.fixed !== undefined && text !== rule.fixed) throw fail(`must be "${rule.fixed}"${shown}`);
  if (rule.enum && !rule.enum.includes(text)) throw fail(`must be one of ${rule.enum.join(', ')}${shown}`);
  switch (rule.format) {
    case 'datetime14':
      if (!/^\d{14}$/.test(text) || !parseLianLianTime(text)) throw fail(`must be a real time as yyyyMMddHHmmss (UTC+8)${shown}`);
      break;
    case 'date8':
      if (!/^\d{8}$/.test(text) || !parseLianLianTime(text)) throw fail(`must be a real date as yyyyMMdd${shown}`);
      break;
    case 'money': {
      if (!isMoney(text)) throw fail(`must be a decimal string with two places, like "31.68"${shown}`);
      const cents = moneyToCents(text);
      if (cents < MONEY_MIN_CENTS || cents > MONEY_MAX_CENTS) throw fail(`must be between 0.01 and 100000000.00${shown}`);
      break;
    }
    case 'url':
      if (!isHttpUrl(text)) throw fail(`must be an absolute http(s) URL${shown}`);
      break;
    case 'json-string':
      if (!isJsonObject(text)) throw fail('must be a JSON object, as a string or an object');
      break;
    case 'currency':
      if (!/^[A-Z]{3}$/.test(text)) throw fail(`must be a three-letter currency code such as CNY${shown}`);
      break;
    case 'digits':
      if (!/^\d+$/.test(text)) throw fail('must contain digits only');
      break;
  }
  return text;
}

/**
 * Serializes once, deterministically: object keys sorted by code unit at every
 * depth, no whitespace. The exact text is what gets signed and sent.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function isJsonObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}
