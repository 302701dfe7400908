// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * LianLian answered with a ret_code that is not a success code for the operation.
 * `signed` says whether the answer carried a LianLian signature that verified;
 * unsigned error answers are reported but carry no data to act on.
 */
export class LianLianError extends Error {
  override readonly name = 'LianLianError';
  readonly code: string;
  readonly retMsg: string;
  readonly operation: string;
  readonly signed: boolean;

  constructor(operation: string, code: string, retMsg: string, signed: boolean) {
    super(`${operation}: LianLian answered ret_code ${code} (${retMsg})`);
    this.operation = operation;
    this.code = code;
    this.retMsg = retMsg;
    this.signed = signed;
  }
}
