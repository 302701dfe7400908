import type { FieldFacts } from '../diff/operation-facts.ts';

/** One parameter-table row, cells as flattened text (page-model.ts). */
export interface Row {
  readonly name: string;
  readonly required: string;
  readonly type: string;
  readonly description: string;
}

type Enum = NonNullable<FieldFacts['enum']>;

/**
 * The spec facts one docs row states: presence (and the docs' condition for
 * "Required for …"), type and max length from `String(N)`/`Int`/`List`, enum values,
 * a fixed value, and a format. Works on flattened text, so markdown and rendered
 * pages give the same facts; the description is the docs' text, kept for diffs.
 *
 * @example
 * fieldFacts({ name: 'api_version', required: 'Required', type: 'String(6)', description: 'Fixed value, 2.1' })
 * // { name: 'api_version', presence: 'required', type: 'string', maxLength: 6, fixed: '2.1', description: 'Fixed value, 2.1' }
 */
export function fieldFacts(row: Row): FieldFacts {
  const { presence, condition } = presenceOf(row.required);
  const { type, maxLength } = typeOf(row.type);
  const values = valuesOf(row.name, row.description);
  const format = formatOf(row.name, row.description);
  return {
    name: row.name.trim(),
    presence,
    ...(condition !== undefined && { condition }),
    type,
    ...(maxLength !== undefined && { maxLength }),
    ...(format !== undefined && { format }),
    ...values,
    // MPAY_payment_result_query.md: "This filed is not involved in signature".
    ...(/\bnot involved in (?:the )?signature\b/i.test(row.description) && { unsigned: true }),
    description: row.description,
  };
}

/** `Required`, `Optional`, or "Required for business bank settlement accounts." (instant-payment-apply-API.md). */
export function presenceOf(cell: string): { presence: FieldFacts['presence']; condition?: string } {
  const t = cell.trim().replace(/\.$/, '');
  if (/^required$/i.test(t)) return { presence: 'required' };
  if (/^optional$/i.test(t) || t === '') return { presence: 'optional' };
  return { presence: 'conditional', condition: t };
}

/** `String(32)`, `String(15~19)` (the upper bound counts), `String`, `Int`, `List`. */
export function typeOf(cell: string): { type: FieldFacts['type']; maxLength?: number } {
  const t = cell.trim();
  const str = /^string\s*(?:\(\s*(?:\d+\s*[~-]\s*)?(\d+)\s*\))?$/i.exec(t);
  if (str) return str[1] ? { type: 'string', maxLength: Number(str[1]) } : { type: 'string' };
  if (/^(int|integer|number)$/i.test(t)) return { type: 'integer' };
  if (/^(list|array)$/i.test(t)) return { type: 'list' };
  if (/^object$/i.test(t)) return { type: 'object' };
  throw new Error(`unknown type "${cell}"`);
}

/** A value token: `0`, `M`, `SUCCESS`, `1.0`, `SHA256withRSA`, `UTF-8`. */
const VALUE = String.raw`[0-9A-Z](?:[0-9A-Za-z_.-]*[0-9A-Za-z])?`;

/**
 * Enum values or a fixed value stated by a description, in the shapes the docs use:
 *
 * - `Fixed value, 2.1` / `Fixed value: 1.0` / a bare version `1.1` → fixed
 * - `RSA`, `RSA or SHA256withRSA` → enum (a bare token is the only value allowed)
 * - `Fixed value. Virtual products, 101001; Physical products, 109001` → enum
 * - `2, Debit card <br> 3, Credit card` (after optional prose ending in a sentence),
 *   with `,`, ` - `, `：` or `1.` between value and label → enum
 * - `Payment result. <br> SUCCESS <br> PROCESSING …` → enum without labels
 * - `…support UTF-8(default),GBK,GB2312 and GB18030.` → enum
 *
 * ret_code rows list example codes, not an enum: codes live in return-codes.md.
 */
export function valuesOf(name: string, description: string): { enum?: Enum; fixed?: string } {
  if (name === 'ret_code') return {};
  const d = description.trim();
  const fixedValue = /^fixed value\s*[,:.]?\s*(.*)$/i.exec(d);
  const rest = (fixedValue?.[1] ?? d).replace(/\.$/, '').trim();
  const alternatives = new RegExp(`^(${VALUE})((?:\\s+or\\s+${VALUE})*)$`).exec(rest);
  if (alternatives) {
    const values = rest.split(/\s+or\s+/);
    if (values.length === 1 && (fixedValue || /^\d+(\.\d+)+$/.test(rest))) return { fixed: rest };
    // A lone capitalised word ("Pen") is prose; a lone code ("RSA") is the one value allowed.
    if (values.length > 1 || /^[0-9A-Z_-]+$/.test(rest)) return { enum: values.map((v) => ({ value: v, label: v })) };
  }
  if (fixedValue) {
    const pairs = rest.split(/\s*;\s*/).map((p) => /^(.+?),\s*(\S+)$/.exec(p));
    if (pairs.length > 1 && pairs.every(Boolean)) return { enum: pairs.map((p) => ({ value: p?.[2] ?? '', label: p?.[1] ?? '' })) };
    return { fixed: rest };
  }
  return labelled(d) ?? bareList(d) ?? supportList(d) ?? {};
}

/** "2, Debit card 3, Credit card": items start at the beginning or after a sentence; `：` items anywhere. */
function labelled(d: string): { enum: Enum } | undefined {
  const item = new RegExp(`(?<=^|\\s)(${VALUE})(?:\\s?[,，]\\s?(?=[\\p{L}(])|\\s+-\\s+|\\s?：\\s?|(?<=^\\d+|\\s\\d+)\\.(?=\\p{L}))`, 'gu');
  const starts = [...d.matchAll(item)].filter((m) => /^\d+$/.test(m[1] ?? '') || !/\./.test(m[1] ?? '') || /^\d+(\.\d+)+$/.test(m[1] ?? ''));
  const first = starts[0];
  if (!first || first.index === undefined) return undefined;
  const before = d.slice(0, first.index).trim();
  if (before !== '' && !/[.。]$/.test(before) && !first[0].includes('：')) return undefined;
  const values = starts.map((m, k) => {
    const end = starts[k + 1]?.index ?? d.length;
    return { value: m[1] ?? '', label: d.slice((m.index ?? 0) + m[0].length, end).trim().replace(/[.,;]$/, '').trim() };
  });
  return { enum: values };
}

/** "Payment result. SUCCESS PROCESSING WAITING REFUND FAILURE". */
function bareList(d: string): { enum: Enum } | undefined {
  const m = /^(?:[^.]*\.\s+)?((?:[A-Z][A-Z_]+\s+){1,}[A-Z][A-Z_]+)$/.exec(d);
  if (!m?.[1]) return undefined;
  return { enum: m[1].split(/\s+/).map((v) => ({ value: v, label: v })) };
}

/** "Encoding format of merchat website,support UTF-8(default),GBK,GB2312 and GB18030." (online-banking-redirect-api.md). */
function supportList(d: string): { enum: Enum } | undefined {
  const m = /\bsupports?\s+(.+?)\.?$/i.exec(d);
  if (!m?.[1]) return undefined;
  const values = m[1].split(/\s*,\s*|\s+and\s+/).map((v) => v.replace(/\(default\)$/i, '').trim());
  if (values.length < 2 || !values.every((v) => /^[A-Z0-9][A-Z0-9-]*$/.test(v))) return undefined;
  return { enum: values.map((v) => ({ value: v, label: v })) };
}

/**
 * The value format a row implies: dates from their stated pattern, JSON strings,
 * URLs, amounts and currencies from the names LianLian gives them everywhere
 * (`notify_url`, `url_return`; `money_*`; `currency_*`).
 */
export function formatOf(name: string, description: string): string | undefined {
  if (/format:?\s*yyyymmddhhmmss/i.test(description)) return 'datetime14';
  if (/format:?\s*yyyymmdd\b/i.test(description)) return 'date8';
  if (/\bin json format\b/i.test(description)) return 'json-string';
  if (/(^|_)url(_|$)/.test(name)) return 'url';
  if (/^money_/.test(name)) return 'money';
  if (/^currency_/.test(name)) return 'currency';
  return undefined;
}
