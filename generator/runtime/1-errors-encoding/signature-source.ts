/**
 * The "signature source": the exact text LianLian signs and verifies
 * (signature-add-sign.md §1, signature-verify-sign.md §1).
 */

/** Java's `Character.toUpperCase(char)` for one UTF-16 code unit: JS's full mapping, unless it would expand to several characters (e.g. ß → SS), which Java's single-char mapping never does. */
function upper(code: number): number {
  const mapped = String.fromCharCode(code).toUpperCase();
  return mapped.length === 1 ? mapped.charCodeAt(0) : code;
}

/** Java's `Character.toLowerCase(char)`; U+0130 (İ) is the one character whose full lowercase (i + U+0307) differs from Java's simple mapping (i). */
function lower(code: number): number {
  if (code === 0x130) return 0x69;
  const mapped = String.fromCharCode(code).toLowerCase();
  return mapped.length === 1 ? mapped.charCodeAt(0) : code;
}

/**
 * Java's `String.CASE_INSENSITIVE_ORDER`, which LianLian's Java demo sorts
 * the keys with (`Collections.sort(keys, String.CASE_INSENSITIVE_ORDER)`):
 * per UTF-16 code unit, compare upper-cased, then lower-cased; a shorter
 * prefix sorts first.
 * @param a - first key
 * @param b - second key
 * @returns negative, zero or positive, as Java's comparator
 */
export function compareCaseInsensitive(a: string, b: string): number {
  const min = Math.min(a.length, b.length);
  for (let i = 0; i < min; i++) {
    let c1 = a.charCodeAt(i);
    let c2 = b.charCodeAt(i);
    if (c1 === c2) continue;
    c1 = upper(c1);
    c2 = upper(c2);
    if (c1 === c2) continue;
    c1 = lower(c1);
    c2 = lower(c2);
    if (c1 !== c2) return c1 - c2;
  }
  return a.length - b.length;
}

/** Renders one value as the text LianLian signs, or undefined to leave the field out. */
function render(key: string, value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'string':
      // A JSON-string field such as risk_item is signed as its exact text (payment-risk-item.md).
      return value === '' ? undefined : value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`signatureSource: field "${key}" is ${value}; need a finite number`);
      return String(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return undefined;
      const json = JSON.stringify(value) as string | undefined;
      return json === undefined ? undefined : json;
    }
    default:
      throw new TypeError(`signatureSource: field "${key}" is a ${typeof value}; need a string, number, boolean, object or array`);
  }
}

/**
 * Builds the signature source of a request, response or notification.
 *
 * Every key except `sign`; values that are `undefined`, `null` or `''` are
 * left out ("parameters whose value is null should be removed",
 * signature-add-sign.md); keys are sorted with Java's case-insensitive order
 * as LianLian's demo does, ties (keys equal but for case) broken by code
 * units so the result is deterministic; pairs are joined as `key=value`
 * with `&`. Keys are used exactly as given: a key with a stray space, such
 * as the `"sign_type "` in several doc samples, stays a different key.
 *
 * Values: strings as they are; finite numbers via `String(x)`; booleans as
 * `true`/`false`; objects and arrays as compact `JSON.stringify` text.
 * @param params - the fields as sent or received
 * @returns e.g. `card_no=403392******1234&oid_partner=201408071000001543&sign_type=RSA`
 * @throws TypeError for a non-finite number, a function or a symbol value
 */
export function signatureSource(params: Record<string, unknown>): string {
  const pairs: [string, string][] = [];
  for (const key of Object.keys(params)) {
    if (key === 'sign') continue;
    const text = render(key, params[key]);
    if (text !== undefined) pairs.push([key, text]);
  }
  pairs.sort(([a], [b]) => compareCaseInsensitive(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  return pairs.map(([key, text]) => `${key}=${text}`).join('&');
}
