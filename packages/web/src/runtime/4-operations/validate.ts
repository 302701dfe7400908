// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { isSafeToken } from '../1-errors-encoding/_sanitize.ts';
import { checkSensitiveFormat } from '../1-errors-encoding/_sensitive-formats.ts';
import { ValidationError } from '../1-errors-encoding/errors/validation-error.ts';
import { isMoney, MONEY_MAX_CENTS, MONEY_MIN_CENTS, moneyToCents } from '../1-errors-encoding/money.ts';
import type { FieldRule, OperationDef } from '../1-errors-encoding/operation.ts';
import { parseLianLianTime } from '../1-errors-encoding/time.ts';

/** A request body ready to sign: string values only, JSON-string fields already serialized. */
export type WireParams = Record<string, string>;

/**
 * Checks caller parameters against the operation's spec before anything is signed
 * or sent, and returns them as wire strings. Fields the client fills in
 * (oid_partner, sign, sign_type, api_version, time_stamp) are rejected here.
 * Error messages name the field and the rule; a value is quoted only when it was
 * offered for a fixed value or an enum and is short and code-like, never for a
 * sensitive field. Sensitive fields the docs give no format for (card_no, id_no,
 * bind_mob, cvv2, vali_date, verify_code) are checked by name (_sensitive-formats.ts).
 *
 * @throws {ValidationError}
 */
export function validateParams(op: OperationDef, params: unknown): WireParams {
  if (params === null || typeof params !== 'object' || Array.isArray(params))
    throw new ValidationError(op.id, 'params', 'must be an object of request fields');
  const rules = new Map(op.request.map((r) => [r.name, r]));
  const given = params as Record<string, unknown>;
  // Names first: a misspelt or client-managed key is the likelier mistake, whatever the values.
  for (const name of Object.keys(given)) {
    const rule = rules.get(name);
    if (!rule) {
      const known = op.request.filter((r) => !r.managed).map((r) => r.name);
      throw new ValidationError(op.id, name, `is not a request field of ${op.id}; expected one of: ${known.join(', ')}`);
    }
    if (rule.managed) throw new ValidationError(op.id, name, 'is filled in by the client; remove it from params');
  }
  const out: WireParams = {};
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined || value === null || value === '') continue;
    const text = checkValue(op.id, rules.get(name)!, value, name);
    const wrong = rules.get(name)!.type === 'string' ? checkSensitiveFormat(name, text, given) : undefined;
    if (wrong) throw new ValidationError(op.id, name, wrong);
    out[name] = text;
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

  // Only a value offered for a closed set is quoted, and only when it is short and code-like: anything
  // else may be personal data put in the wrong field (a card number in pay_type, a phone in dt_order).
  const shown = rule.sensitive ? '' : isSafeToken(text) ? ` (got "${text}")` : `; got a ${[...text].length}-character value`;
  if (rule.maxLength !== undefined && [...text].length > rule.maxLength)
    throw fail(`must be at most ${rule.maxLength} characters, got ${[...text].length}`);
  if (rule.fixed !== undefined && text !== rule.fixed) throw fail(`must be "${rule.fixed}"${shown}`);
  if (rule.enum && !rule.enum.includes(text)) throw fail(`must be one of ${rule.enum.join(', ')}${shown}`);
  switch (rule.format) {
    case 'datetime14':
      if (!/^\d{14}$/.test(text) || !parseLianLianTime(text)) throw fail('must be a real time as yyyyMMddHHmmss (UTC+8)');
      break;
    case 'date8':
      if (!/^\d{8}$/.test(text) || !parseLianLianTime(text)) throw fail('must be a real date as yyyyMMdd');
      break;
    case 'money': {
      if (!isMoney(text)) throw fail('must be a decimal string with two places, like "31.68"');
      const cents = moneyToCents(text);
      if (cents < MONEY_MIN_CENTS || cents > MONEY_MAX_CENTS) throw fail('must be between 0.01 and 100000000.00');
      break;
    }
    case 'url':
      if (!isHttpUrl(text)) throw fail('must be an absolute http(s) URL');
      break;
    case 'json-string':
      if (!isJsonObject(text)) throw fail('must be a JSON object, as a string or an object');
      break;
    case 'currency':
      if (!/^[A-Z]{3}$/.test(text)) throw fail('must be a three-letter currency code such as CNY');
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
