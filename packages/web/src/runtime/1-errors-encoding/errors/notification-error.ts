// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { cleanMessage } from '../_sanitize.ts';

/**
 * A notification that cannot be accepted for a reason other than its signature:
 * a body that is too large, not JSON / not a form, or a signed body that is
 * addressed to another merchant or lacks a required field. `status` is the HTTP
 * status a notification endpoint answers with. The message says what was wrong
 * in our words; it never quotes the body.
 */
export class NotificationError extends Error {
  override readonly name = 'NotificationError';
  readonly operation: string;
  /** HTTP status to answer with: 400 (bad content), 403 (another merchant) or 413 (too large). */
  readonly status: number;
  /** The reason alone, without the operation id; safe to send back to the caller. */
  readonly reason: string;

  constructor(operation: string, status: number, reason: string) {
    const clean = cleanMessage(reason);
    super(`${operation}: ${clean}`);
    this.operation = operation;
    this.status = status;
    this.reason = clean;
  }
}
