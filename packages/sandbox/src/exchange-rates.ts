/**
 * A fixed exchange-rate table and BigInt money arithmetic for exchange
 * payments. Rates are the sandbox's own, fixed so tests can assert exact
 * amounts; they are not market rates. Amounts are integer cents (BigInt) from
 * start to end: no float ever touches money.
 */
import { centsToMoney, moneyToCents } from '@lianlian-sdk/node';

/** Rates are kept as integers scaled by 10^4, i.e. four decimal places. */
const RATE_SCALE = 10_000n;

/**
 * CNY per one unit of each currency LianLian settles in (supported-currencies.md),
 * as four-decimal strings.
 */
export const CNY_RATES: Readonly<Record<string, string>> = {
  AUD: '4.6500',
  CNY: '1.0000',
  DKK: '1.0400',
  EUR: '7.7500',
  GBP: '9.0500',
  HKD: '0.9100',
  JPY: '0.0480',
  NZD: '4.2500',
  SEK: '0.6800',
  SGD: '5.3000',
  USD: '7.1000',
};

/** The currency payers pay in: Chinese cards pay in CNY (exchange-payment-verify-api.md sample: currency_pay CNY). */
export const PAY_CURRENCY = 'CNY';

/** True when the sandbox has a rate for `currency`. */
export function isSupportedCurrency(currency: string): boolean {
  return Object.hasOwn(CNY_RATES, currency);
}

function scaledRate(currency: string): bigint {
  const text = CNY_RATES[currency];
  if (text === undefined) throw new RangeError(`no rate for currency ${currency}`);
  const [whole = '0', frac = ''] = text.split('.');
  return BigInt(whole) * RATE_SCALE + BigInt(frac.padEnd(4, '0'));
}

/** n / d for non-negative BigInts, rounded half up. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/**
 * Converts a two-place amount from one currency to another through CNY,
 * rounding half up to the cent: `"31.68"` USD → `"224.93"` CNY at 7.1000.
 */
export function convertMoney(money: string, from: string, to: string): string {
  if (from === to) return money;
  return centsToMoney(divRoundHalfUp(moneyToCents(money) * scaledRate(from), scaledRate(to)));
}
