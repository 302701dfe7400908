// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { isSafeToken, quoteExternal } from '../_sanitize.ts';
import { errorJson } from './_error-json.ts';
// The ret_code table is generated from spec/shared/return-codes.yaml next to runtime/ in each package.
import type { ReturnCode } from '../../../return-codes.ts';

/**
 * LianLian answered with a ret_code that is not a success code for the operation.
 * `signed` says whether the answer carried a LianLian signature that verified;
 * unsigned error answers are reported but carry no data to act on, and the
 * message says their ret_msg is unverified.
 *
 * @example
 * try { await ll.cardBind.verify(params) } catch (err) {
 *   if (err instanceof LianLianError && err.code === '1900') askForTheSmsCodeAgain();
 * }
 */
export class LianLianError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'LianLianError';
  /** The ret_code: documented codes autocomplete; LianLian may send others. Empty when the answer's ret_code is not code-like (not up to 16 of A-Z a-z 0-9 _ . -). */
  readonly code: ReturnCode | (string & {});
  /**
   * LianLian's ret_msg (usually Chinese), made safe to log: control and bidi
   * characters removed, card, phone and ID numbers, e-mail addresses and key-like
   * runs replaced by `***`, cut at 200 characters.
   */
  readonly retMsg: string;
  /** What the code means, in English, for documented codes (return-codes.md). */
  readonly description: string | undefined;
  /** The operation id the error comes from, e.g. `cardBind.query`. */
  readonly operation: string;
  /** Whether LianLian signed the answer; when false, `code` and `retMsg` are unverified. */
  readonly signed: boolean;

  constructor(operation: string, code: string, retMsg: string, signed: boolean, description?: string) {
    const safeCode = isSafeToken(code) ? code : '';
    const msg = quoteExternal(retMsg);
    const said = msg ? `"${msg}"` : 'none';
    super(
      `${operation}: LianLian answered ret_code ${safeCode || `that is not a code (${[...code].length} characters)`} ` +
        `(${signed ? `ret_msg: ${said}` : `unsigned, unverified ret_msg: ${said}`})${description ? `: ${description}` : ''}`,
    );
    this.operation = operation;
    this.code = safeCode;
    this.retMsg = msg;
    this.signed = signed;
    this.description = description;
  }

  /** `JSON.stringify(error)`: name, message, operation, ret_code, whether it was signed and its description. */
  toJSON(): Record<string, string | number | boolean> {
    return errorJson(this, { operation: this.operation, code: this.code, signed: this.signed, description: this.description });
  }
}
