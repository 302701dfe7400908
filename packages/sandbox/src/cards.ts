/**
 * Card numbers the sandbox recognises. LianLian only knows cards issued under
 * UnionPay BINs (card-bin-query-api.md); the sandbox keeps a small table of
 * well-known prefixes so tests can pick a debit or a credit card at will.
 * Anything else, or a number that fails the Luhn check, is `1100 无效卡号`.
 */

/** `2` debit, `3` credit: the `card_type` values of card-bin-query-api.md and card-bind-query-api.md. */
export type CardType = '2' | '3';

/** What a BIN tells about a card. */
export interface CardBin {
  readonly bin: string;
  readonly bankCode: string;
  readonly bankName: string;
  readonly cardType: CardType;
}

/** The BIN table. Bank codes are LianLian's 8-digit short codes (e.g. `01020000` in signature-verify-sign.md). */
export const CARD_BINS: readonly CardBin[] = [
  { bin: '622202', bankCode: '01020000', bankName: '中国工商银行', cardType: '2' },
  { bin: '622848', bankCode: '01030000', bankName: '中国农业银行', cardType: '2' },
  { bin: '621661', bankCode: '01040000', bankName: '中国银行', cardType: '2' },
  { bin: '621700', bankCode: '01050000', bankName: '中国建设银行', cardType: '2' },
  { bin: '436742', bankCode: '01050000', bankName: '中国建设银行', cardType: '3' },
  { bin: '622588', bankCode: '03080000', bankName: '招商银行', cardType: '3' },
];

/**
 * Luhn-valid numbers for each kind of card, ready for tests and demos.
 * Test data only: no real card has these numbers.
 */
export const TEST_CARDS = {
  /** 中国工商银行 debit. */
  icbcDebit: '6222021234567890128',
  /** 中国建设银行 debit. */
  ccbDebit: '6217001234567890122',
  /** 招商银行 credit. */
  cmbCredit: '6225881234567898',
  /** 中国建设银行 credit. */
  ccbCredit: '4367421234567896',
} as const;

/** True when `digits` passes the Luhn (mod 10) check every bank card number carries. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The BIN entry for a card number, or `undefined` when the number is not a valid card the sandbox knows (→ 1100). */
export function lookupCard(cardNo: string): CardBin | undefined {
  if (!/^\d{13,19}$/.test(cardNo) || !luhnValid(cardNo)) return undefined;
  return CARD_BINS.find((b) => cardNo.startsWith(b.bin));
}

/** Last four digits: the only part of a card number LianLian answers with (`card_no` String(4)). */
export function last4(cardNo: string): string {
  return cardNo.slice(-4);
}

/** `13958069593` → `139****9593`: the masked `bind_mobile` of card-bind-query-api.md (String(11)). */
export function maskMobile(mobile: string): string {
  return mobile.length <= 7 ? '*'.repeat(mobile.length) : mobile.slice(0, 3) + '*'.repeat(mobile.length - 7) + mobile.slice(-4);
}
