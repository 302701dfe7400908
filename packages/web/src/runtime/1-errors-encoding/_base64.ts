// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Standard base64 (RFC 4648 §4, `+/`, `=` padding) for Uint8Array, on the
 * runtime's `atob`/`btoa` with a strict check in front: `atob` is lenient
 * (missing padding passes), and key and pay_load parsing needs one strict
 * behaviour everywhere. LianLian's Java SDK wraps base64 at 76 characters with
 * CRLF (the sample `pay_load` in MPAY-card-bind-apply.md), and keys are handed
 * out with or without line breaks (signature-key-configuration.md), so
 * whitespace is skipped but every other stray character is rejected.
 */

/**
 * Encodes bytes as one line of padded base64 (no line breaks).
 * @param bytes - data to encode
 * @returns base64 text
 */
export function base64Encode(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: spreading a large array into fromCharCode overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
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
  const stray = /[^\t-\r A-Za-z0-9+/=]/.exec(text);
  if (stray) throw new Error(`base64: character ${stray.index} is not in the base64 alphabet`);
  const clean = text.replace(/[\t-\r ]+/g, '');
  if (!/^[^=]*={0,2}$/.test(clean)) throw new Error(`base64: '=' padding other than one or two at the end`);
  if (clean.length % 4) throw new Error(`base64: ${clean.length} base64 characters is not a multiple of 4 (truncated or mangled)`);
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
