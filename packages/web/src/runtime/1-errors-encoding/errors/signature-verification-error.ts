// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { quoteExternal } from '../_sanitize.ts';
import { errorJson } from './_error-json.ts';

/**
 * A LianLian response or notification whose signature is missing or does not verify. Its data must not be used.
 * The reason may quote the unverified answer (its ret_code), so card, phone and ID numbers and key-like text in it are masked.
 */
export class SignatureVerificationError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'SignatureVerificationError';
  /** The operation id the error comes from, e.g. `cardBind.query`. */
  readonly operation: string;

  constructor(operation: string, reason: string) {
    super(`${operation}: ${quoteExternal(reason, 300)}; the data was discarded`);
    this.operation = operation;
  }

  /** `JSON.stringify(error)`: name, message and operation; never the data that failed. */
  toJSON(): Record<string, string | number | boolean> {
    return errorJson(this, { operation: this.operation });
  }
}
