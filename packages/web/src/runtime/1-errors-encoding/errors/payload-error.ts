// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { cleanMessage, maskPersonalData } from '../_sanitize.ts';
import { errorJson } from './_error-json.ts';

/** A `pay_load` that cannot be opened: wrong version tag, wrong segment count, bad base64 or a failed HMAC. No plaintext is ever returned with it. */
export class PayloadError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'PayloadError';

  constructor(message: string, options?: ErrorOptions) {
    super(maskPersonalData(cleanMessage(message), 'mixed'), options);
  }

  /** `JSON.stringify(error)`: name and message; never the plaintext. */
  toJSON(): Record<string, string | number | boolean> {
    return errorJson(this, {});
  }
}
