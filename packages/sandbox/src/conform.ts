/**
 * Makes an answer or notification conform to the spec before it is signed:
 * only the fields a rule list names, each in its declared shape (lengths,
 * enums, fixed values, two-place money, real UTC+8 datetime14 / date8 times,
 * currency codes, URLs), and every required one present. The same rule lists
 * drive the client's request validation; here they bind the sandbox itself.
 */
import { isMoney, parseLianLianTime, type FieldRule } from '@lianlian-sdk/node';

/**
 * A required field the sandbox could not fill in validly: a sandbox bug, not
 * a merchant error. The API answers 9999 (系统错误) rather than send a
 * non-conforming answer.
 */
export class ConformanceError extends Error {
  /** The field that is missing or malformed. */
  readonly field: string;

  constructor(field: string) {
    super(`sandbox answer lacks a valid required field ${field}`);
    this.name = 'ConformanceError';
    this.field = field;
  }
}

/**
 * The fields of `candidate` that `rules` list and whose values fit them.
 * An optional value that does not fit is left out (e.g. an MPAY pay_type `2`
 * answered through a shared route by an operation whose enum is M/N/F); a
 * required one that is missing or does not fit throws. `sign` is skipped:
 * it is added after signing.
 * @throws {ConformanceError}
 */
export function conformFields(rules: readonly FieldRule[], candidate: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const rule of rules) {
    if (rule.name === 'sign') continue;
    const value = conformValue(rule, candidate[rule.name]);
    if (value !== undefined) out[rule.name] = value;
    else if (rule.presence === 'required') throw new ConformanceError(rule.name);
  }
  return out;
}

function conformValue(rule: FieldRule, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (rule.type === 'list') {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    // Items are objects of the rule's item fields (card-bind-query-api.md agreement_list).
    return value.map((item) => conformFields(rule.items ?? [], (item ?? {}) as Record<string, unknown>));
  }
  if (rule.type === 'object') return typeof value === 'object' ? conformFields(rule.items ?? [], value as Record<string, unknown>) : undefined;
  const text = typeof value === 'number' && rule.type === 'integer' ? String(value) : value;
  return typeof text === 'string' && textFits(rule, text) ? text : undefined;
}

/** Whether one string value fits its rule. */
export function textFits(rule: FieldRule, text: string): boolean {
  if (rule.maxLength !== undefined && [...text].length > rule.maxLength) return false;
  if (rule.fixed !== undefined && text !== rule.fixed) return false;
  if (rule.enum && !rule.enum.includes(text)) return false;
  if (rule.type === 'integer' && !/^-?\d+$/.test(text)) return false;
  switch (rule.format) {
    case 'datetime14':
      return /^\d{14}$/.test(text) && parseLianLianTime(text) !== undefined;
    case 'date8':
      return /^\d{8}$/.test(text) && parseLianLianTime(text) !== undefined;
    case 'money':
      return isMoney(text);
    case 'currency':
      return /^[A-Z]{3}$/.test(text);
    case 'digits':
      return /^\d+$/.test(text);
    case 'url':
      return /^https?:\/\/[^\s]+$/.test(text) && URL.canParse(text);
    case 'json-string':
      return isJsonObject(text);
    default:
      return true;
  }
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}
