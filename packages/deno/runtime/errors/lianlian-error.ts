// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
// The ret_code table is generated from spec/shared/return-codes.yaml next to runtime/ in each package.
import type { ReturnCode } from '../../return-codes.ts';

/**
 * LianLian answered with a ret_code that is not a success code for the operation.
 * `signed` says whether the answer carried a LianLian signature that verified;
 * unsigned error answers are reported but carry no data to act on.
 *
 * @example
 * try { await ll.cardBind.verify(params) } catch (err) {
 *   if (err instanceof LianLianError && err.code === '1900') askForTheSmsCodeAgain();
 * }
 */
export class LianLianError extends Error {
  override readonly name = 'LianLianError';
  /** The ret_code: documented codes autocomplete; LianLian may send others. */
  readonly code: ReturnCode | (string & {});
  /** LianLian's ret_msg, as sent (usually Chinese). */
  readonly retMsg: string;
  /** What the code means, in English, for documented codes (return-codes.md). */
  readonly description: string | undefined;
  readonly operation: string;
  readonly signed: boolean;

  constructor(operation: string, code: string, retMsg: string, signed: boolean, description?: string) {
    super(`${operation}: LianLian answered ret_code ${code} (${retMsg})${description ? `: ${description}` : ''}`);
    this.operation = operation;
    this.code = code;
    this.retMsg = retMsg;
    this.signed = signed;
    this.description = description;
  }
}
