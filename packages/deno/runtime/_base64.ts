// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Standard base64 (RFC 4648 §4, `+/`, `=` padding) for Uint8Array.
 *
 * Written out here rather than built on `atob`/`btoa` because those work on
 * "binary strings", are lenient about what they accept, and differ between
 * runtimes; key and pay_load parsing needs one strict behaviour everywhere.
 * LianLian's Java SDK wraps base64 at 76 characters with CRLF
 * (see the sample `pay_load` in MPAY-card-bind-apply.md), and keys are handed
 * out with or without line breaks (signature-key-configuration.md), so
 * decoding skips whitespace but rejects every other stray character.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Character code → 6-bit value; -1 for characters outside the alphabet. */
const DECODE_TABLE: Int16Array = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Space, tab, LF, VT, FF, CR: the line breaks and indentation base64 picks up when pasted or wrapped. */
function isWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * Encodes bytes as one line of padded base64 (no line breaks).
 * @param bytes - data to encode
 * @returns base64 text
 */
export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + '=';
  }
  return out;
}

/**
 * Decodes padded base64, ignoring whitespace (spaces, tabs, CR, LF) anywhere.
 *
 * Throws a plain `Error` for a character outside the alphabet, padding that is
 * not at the end, or a length that is not a multiple of 4. The message gives
 * only a position, never the text, because the input may be key material;
 * callers turn it into a `KeyFormatError` or `PayloadError`.
 * @param text - base64 text
 * @returns the decoded bytes
 */
export function base64Decode(text: string): Uint8Array<ArrayBuffer> {
  const sextets = new Uint8Array(text.length);
  let count = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) continue;
    if (code === 0x3d /* = */) {
      padding++;
      if (padding > 2) throw new Error(`base64: more than two '=' padding characters (at character ${i})`);
      continue;
    }
    const value = code < 128 ? DECODE_TABLE[code]! : -1;
    if (value < 0) throw new Error(`base64: character ${i} is not in the base64 alphabet`);
    if (padding > 0) throw new Error(`base64: data after '=' padding (at character ${i})`);
    sextets[count++] = value;
  }
  if ((count + padding) % 4 !== 0) {
    throw new Error(`base64: ${count + padding} base64 characters is not a multiple of 4 (truncated or mangled)`);
  }
  const out = new Uint8Array(Math.floor((count * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < count; i += 4) {
    const n = (sextets[i]! << 18) | (sextets[i + 1]! << 12) | (sextets[i + 2]! << 6) | sextets[i + 3]!;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  const rest = count - i;
  if (rest === 2) {
    out[o++] = ((sextets[i]! << 2) | (sextets[i + 1]! >>> 4)) & 0xff;
  } else if (rest === 3) {
    const n = (sextets[i]! << 10) | (sextets[i + 1]! << 4) | (sextets[i + 2]! >>> 2);
    out[o++] = (n >>> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  return out;
}
