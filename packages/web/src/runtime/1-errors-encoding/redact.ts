// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Personal data and secrets that never reach a log or an error message in full
 * (card numbers, ID numbers, card security data, names, phones, e-mail, SMS
 * codes, the encrypted body), including the personal fields of `risk_item`
 * (spec/shared/risk-item.yaml marks the same ones `sensitive`). The spec marks
 * the request and answer fields `sensitive`; this list also covers answers and
 * notifications whatever the operation.
 */
export const SENSITIVE_FIELDS: ReadonlySet<string> = new Set([
  'card_no',
  'id_no',
  'cvv2',
  'vali_date',
  'acct_name',
  'name_user',
  'bind_mob',
  'bind_mobile',
  'verify_code',
  'pay_load',
  'sign',
  // risk_item (payment-risk-item.md)
  'user_info_full_name',
  'user_info_id_no',
  'user_info_bind_phone',
  'user_info_mail',
  'passenger_name',
  'passenger_idcard',
  'passenger_phone',
  'delivery_full_name',
  'delivery_phone',
  'book_phone',
  'hotel_phone',
]);

/** Fields whose last four characters may stay visible: support staff match a card or phone by them. */
const KEEP_TAIL: ReadonlySet<string> = new Set([
  'card_no',
  'bind_mob',
  'bind_mobile',
  'user_info_bind_phone',
  'passenger_phone',
  'delivery_phone',
  'book_phone',
  'hotel_phone',
]);

/** Nesting deeper than this is cut off as `'[too deep]'` (risk_item nests two levels). */
const MAX_DEPTH = 16;

/**
 * A copy safe to log: sensitive values are masked, keeping at most the last four
 * characters of card numbers and phones, and nothing of the rest. Lists and
 * objects are followed (`agreement_list[].card_no`), and so is a string that
 * holds a JSON object or list (`risk_item`): it is parsed, redacted and written
 * back as JSON. Other strings are left as they are.
 *
 * @example
 * redact({ card_no: '6222021234567890', user_id: 'u1' }) // { card_no: '************7890', user_id: 'u1' }
 * redact({ risk_item: '{"user_info_id_no":"330401198001014616"}' }) // { risk_item: '{"user_info_id_no":"********"}' }
 */
export function redact<T extends Record<string, unknown>>(params: T): Record<keyof T, unknown> {
  return redactObject(params, 0) as Record<keyof T, unknown>;
}

function redactObject(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = SENSITIVE_FIELDS.has(key) ? mask(key, v) : redactValue(v, depth + 1);
  return out;
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null ? redactObject(value as Record<string, unknown>, depth) : value;
  }
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return value;
    }
    return parsed !== null && typeof parsed === 'object' ? JSON.stringify(redactValue(parsed, depth)) : value;
  }
  return value;
}

function mask(key: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') return '***';
  if (!KEEP_TAIL.has(key) || value.length <= 8) return '*'.repeat(Math.min(value.length, 8));
  return '*'.repeat(value.length - 4) + value.slice(-4);
}
