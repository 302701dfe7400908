// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Random strings from `crypto.getRandomValues`, the only randomness source
 * that exists on every supported runtime and is cryptographically strong.
 */

/** Digits and upper-case letters: the alphabet of pay_load's HMAC key, AES key and nonce (lianpay1_0_1, MPAY-card-bind-apply.md). */
export const UPPER_ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A string of `length` characters drawn uniformly from `alphabet`.
 *
 * Uniform by rejection sampling: a random byte is used only when it is below
 * the largest multiple of the alphabet size that fits in 256, so `byte % size`
 * favours no character (for 36 characters, bytes 252–255 are discarded).
 * @param length - number of characters, a non-negative integer
 * @param alphabet - 1 to 256 distinct characters (UTF-16 code units); defaults to {@link UPPER_ALPHANUMERIC}
 * @returns the random string
 */
export function randomString(length: number, alphabet: string = UPPER_ALPHANUMERIC): string {
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`randomString: length ${length}; need a non-negative integer`);
  const size = alphabet.length;
  if (size < 1 || size > 256) throw new RangeError(`randomString: alphabet of ${size} characters; need 1 to 256`);
  const limit = 256 - (256 % size);
  let out = '';
  while (out.length < length) {
    // Ask for a little more than needed so one call usually suffices despite rejections.
    const bytes = new Uint8Array(Math.min(65536, Math.ceil((length - out.length) * 1.25) + 8));
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= limit) continue;
      out += alphabet[byte % size]!;
      if (out.length === length) break;
    }
  }
  return out;
}

/** A uniformly random whole number from 0 to 2³² − 1. */
export function randomUint32(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}
