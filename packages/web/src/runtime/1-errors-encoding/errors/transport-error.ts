// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { cleanMessage, scrubCause } from '../_sanitize.ts';

/**
 * The request did not get a usable HTTP answer: network failure, timeout, non-2xx status or a body that is not JSON.
 * URLs in the message and in the cause chain lose their credentials (`https://***@host`) and query values.
 */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly operation: string;
  readonly status: number | undefined;

  constructor(operation: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    scrubCause(options.cause);
    super(cleanMessage(`${operation}: ${message}`), { cause: options.cause });
    this.operation = operation;
    this.status = options.status;
  }
}
