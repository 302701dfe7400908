// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** A request parameter breaks a rule from the spec. Raised before anything is signed or sent. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly operation: string;
  readonly field: string;
  readonly rule: string;

  constructor(operation: string, field: string, rule: string) {
    super(`${operation}: ${field} ${rule}`);
    this.operation = operation;
    this.field = field;
    this.rule = rule;
  }
}
