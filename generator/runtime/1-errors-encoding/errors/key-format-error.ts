import { cleanMessage, maskPersonalData } from '../_sanitize.ts';

/** A key that cannot be used: says what was given and what is needed, never the key itself. */
export class KeyFormatError extends Error {
  override readonly name = 'KeyFormatError';

  constructor(message: string, options?: ErrorOptions) {
    super(maskPersonalData(cleanMessage(message), 'mixed'), options);
  }
}
