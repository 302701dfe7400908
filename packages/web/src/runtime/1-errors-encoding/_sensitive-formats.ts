// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Formats of the sensitive request fields the docs give no length or format for,
 * checked by field name before anything is signed. Evidence (docs and LianLian's
 * SDK demos): card numbers 16–19 digits, phones 11 digits starting with 1
 * ("currently only support China domestic number"), SMS codes 6 digits
 * (String(6)), expiry dates 4 digits (samples "1402", "2002"), CVV2 3 digits.
 * No Luhn check: none of LianLian's SDKs or docs applies one, and LianLian
 * itself answers 1100 for a number it does not know.
 * @internal
 * @module
 */

type Check = (value: string, params: Readonly<Record<string, unknown>>) => string | undefined;

const RESIDENT_ID = /^(?:\d{15}|\d{17}[\dXx])$/;

const CHECKS: ReadonlyMap<string, Check> = new Map(Object.entries({
  // instantPayment.apply pays out to a business settlement account too (flag_card 1): longer numbers there.
  card_no: (v, p) =>
    p.flag_card === '1'
      ? /^\d{6,32}$/.test(v) ? undefined : 'must be the account number: 6 to 32 digits, no spaces'
      : /^\d{12,19}$/.test(v) ? undefined : 'must be the full card number: 12 to 19 digits, no spaces',
  // id_type 0 (or none: LianLian defaults to the resident ID card) is an 18- or 15-character resident ID.
  id_no: (v, p) =>
    p.id_type === undefined || p.id_type === null || p.id_type === '' || p.id_type === '0'
      ? RESIDENT_ID.test(v) ? undefined : 'must be a resident ID number (id_type 0): 18 characters (17 digits and a digit or X) or 15 digits'
      : /^[A-Za-z0-9()-]{1,30}$/.test(v) ? undefined : 'must be the document number: 1 to 30 letters, digits, ( ) or -',
  bind_mob: (v) => (/^1\d{10}$/.test(v) ? undefined : 'must be a mainland China mobile number: 11 digits starting with 1'),
  cvv2: (v) => (/^\d{3,4}$/.test(v) ? undefined : 'must be the card security code: 3 or 4 digits'),
  vali_date: (v) => (/^\d{4}$/.test(v) ? undefined : 'must be the card expiry date: 4 digits, as printed in LianLian\'s samples (e.g. 2002)'),
  verify_code: (v) => (/^\d{4,8}$/.test(v) ? undefined : 'must be the SMS code: 4 to 8 digits'),
} satisfies Record<string, Check>));

/**
 * Why `value` is not a valid `name`, or `undefined` when it is (or the field has no check here).
 * The reason never contains the value.
 */
export function checkSensitiveFormat(name: string, value: string, params: Readonly<Record<string, unknown>>): string | undefined {
  return CHECKS.get(name)?.(value, params);
}
