// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** The request did not get a usable HTTP answer: network failure, timeout, non-2xx status or a body that is not JSON. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly operation: string;
  readonly status: number | undefined;

  constructor(operation: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(`${operation}: ${message}`, { cause: options.cause });
    this.operation = operation;
    this.status = options.status;
  }
}
