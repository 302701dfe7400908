// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { cleanMessage, scrubCause } from '../_sanitize.ts';
import { errorJson } from './_error-json.ts';

/**
 * How a call failed to get a usable answer:
 * - `timeout`: no answer within the timeout;
 * - `network`: the connection failed (DNS, refused, reset, TLS…);
 * - `http`: an HTTP status other than 2xx (a redirect included: it is refused, never followed);
 * - `invalid-answer`: a 2xx whose body is too large, not JSON, or not a LianLian answer;
 * - `aborted`: the caller's AbortSignal fired.
 */
export type TransportErrorKind = 'timeout' | 'network' | 'http' | 'invalid-answer' | 'aborted';

/**
 * The request did not get a usable HTTP answer. `kind` says how; `mayHaveBeenProcessed` says whether LianLian
 * may have acted on it: false only when the request provably never left (the name did not resolve, the connection
 * was refused, or the call was aborted before sending). When it is true after a payment, refund or bind, find
 * out what happened (query by the order number) before sending it again.
 *
 * URLs in the message and in the cause chain lose their credentials (`https://***@host`) and query values.
 */
export class TransportError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'TransportError';
  /** The operation id the error comes from, e.g. `cardBind.query`. */
  readonly operation: string;
  /** How the call failed; see {@link TransportErrorKind}. */
  readonly kind: TransportErrorKind;
  /** False only when the request provably never reached LianLian; when true, query before sending a `write` call again. */
  readonly mayHaveBeenProcessed: boolean;
  /** The HTTP status, for `http` and `invalid-answer` failures. */
  readonly status: number | undefined;

  constructor(operation: string, message: string, options: { kind: TransportErrorKind; mayHaveBeenProcessed: boolean; status?: number; cause?: unknown }) {
    scrubCause(options.cause);
    super(cleanMessage(`${operation}: ${message}`), { cause: options.cause });
    this.operation = operation;
    this.kind = options.kind;
    this.mayHaveBeenProcessed = options.mayHaveBeenProcessed;
    this.status = options.status;
  }

  /** `JSON.stringify(error)`: name, message, operation, kind, mayHaveBeenProcessed and status; no body or cause. */
  toJSON(): Record<string, string | number | boolean> {
    return errorJson(this, { operation: this.operation, kind: this.kind, mayHaveBeenProcessed: this.mayHaveBeenProcessed, status: this.status });
  }
}
