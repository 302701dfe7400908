import { cleanMessage, maskPersonalData } from '../_sanitize.ts';

/** A `pay_load` that cannot be opened: wrong version tag, wrong segment count, bad base64 or a failed HMAC. No plaintext is ever returned with it. */
export class PayloadError extends Error {
  override readonly name = 'PayloadError';

  constructor(message: string, options?: ErrorOptions) {
    super(maskPersonalData(cleanMessage(message), 'mixed'), options);
  }
}
