// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Personal data and secrets that never reach a log or an error message in full
 * (card numbers, ID numbers, card security data, names, phones, SMS codes, the
 * encrypted body). The spec marks the same fields `sensitive`; this list also
 * covers answers and notifications whatever the operation.
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
]);

/**
 * A copy safe to log: sensitive values are masked, keeping at most the last four
 * characters of card numbers and phones, and nothing of the rest.
 *
 * @example
 * redact({ card_no: '6222021234567890', user_id: 'u1' }) // { card_no: '************7890', user_id: 'u1' }
 */
export function redact<T extends Record<string, unknown>>(params: T): Record<keyof T, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = SENSITIVE_FIELDS.has(key) ? mask(key, value) : value;
  return out as Record<keyof T, unknown>;
}

function mask(key: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') return '***';
  const keepTail = key === 'card_no' || key === 'bind_mob' || key === 'bind_mobile';
  if (!keepTail || value.length <= 8) return '*'.repeat(Math.min(value.length, 8));
  return '*'.repeat(value.length - 4) + value.slice(-4);
}
