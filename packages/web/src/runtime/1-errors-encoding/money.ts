// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Money travels as a decimal string with exactly two places, e.g. "31.68"
 * (exchange-payment-apply-api.md: "2 decimal places are expected"). These helpers
 * work in integer cents (BigInt) so no float ever touches an amount.
 */
const MONEY = /^(0|[1-9][0-9]*)\.([0-9]{2})$/;

/** Smallest order amount LianLian accepts, in cents (0.01). */
export const MONEY_MIN_CENTS = 1n;
/** Largest order amount, in cents (100,000,000.00). */
export const MONEY_MAX_CENTS = 10_000_000_000n;

/** True when `text` is a two-place decimal string such as "0.01" or "1200.00". */
export function isMoney(text: string): boolean {
  return MONEY.test(text);
}

/** "31.68" → 3168n. Throws RangeError on anything but a two-place decimal string. */
export function moneyToCents(text: string): bigint {
  const m = MONEY.exec(text);
  if (!m) throw new RangeError(`money must be a decimal string with two places, like "31.68"`);
  return BigInt(m[1]!) * 100n + BigInt(m[2]!);
}

/** 3168n → "31.68". Integer cents only; negative amounts are not money here. */
export function centsToMoney(cents: bigint): string {
  if (cents < 0n) throw new RangeError('money: cents must not be negative');
  const whole = cents / 100n;
  const frac = cents % 100n;
  return `${whole}.${frac.toString().padStart(2, '0')}`;
}
