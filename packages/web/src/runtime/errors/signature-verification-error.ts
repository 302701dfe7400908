// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** A LianLian response or notification whose signature is missing or does not verify. Its data must not be used. */
export class SignatureVerificationError extends Error {
  override readonly name = 'SignatureVerificationError';
  readonly operation: string;

  constructor(operation: string, reason: string) {
    super(`${operation}: ${reason}; the data was discarded`);
    this.operation = operation;
  }
}
