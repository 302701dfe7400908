// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** A `pay_load` that cannot be opened: wrong version tag, wrong segment count, bad base64 or a failed HMAC. No plaintext is ever returned with it. */
export class PayloadError extends Error {
  override readonly name = 'PayloadError';
}
