// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { cleanMessage } from '../_sanitize.ts';
import { errorJson } from './_error-json.ts';

/**
 * What was wrong with a refused notification, for code that reacts to one kind
 * (an alert on `body-consumed`, a metric per code) without reading messages.
 * - `body-too-large`: more bytes than `maxBodyBytes` (413)
 * - `invalid-body`: empty, not UTF-8, not the JSON object or form expected, a field given twice (400)
 * - `other-merchant`: signed, but addressed to another oid_partner (403)
 * - `missing-field`: signed, but a field the operation requires is absent (400)
 * - `body-consumed`: the server read the body before the handler could (a JSON or form
 *   parser in front of the route), so the signed bytes are gone (500: our setup, not LianLian's message)
 */
export type NotificationErrorCode = 'body-too-large' | 'invalid-body' | 'other-merchant' | 'missing-field' | 'body-consumed';

/**
 * A notification that cannot be accepted for a reason other than its signature:
 * a body that is too large, not JSON / not a form, or a signed body that is
 * addressed to another merchant or lacks a required field; or a body the server
 * consumed before the handler saw it (`code` says which). `status` is the HTTP
 * status a notification endpoint answers with. The message says what was wrong
 * in our words; it never quotes the body.
 */
export class NotificationError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'NotificationError';
  /** The notification's operation id, e.g. `instantPayment.notification`. */
  readonly operation: string;
  /** HTTP status to answer with: 400 (bad content), 403 (another merchant), 413 (too large) or 500 (body consumed by the server). */
  readonly status: number;
  /** The reason alone, without the operation id; safe to send back to the caller. */
  readonly reason: string;
  /** What kind of refusal this is; see {@link NotificationErrorCode}. */
  readonly code: NotificationErrorCode;

  constructor(operation: string, status: number, reason: string, code: NotificationErrorCode = 'invalid-body') {
    const clean = cleanMessage(reason);
    super(`${operation}: ${clean}`);
    this.operation = operation;
    this.status = status;
    this.reason = clean;
    this.code = code;
  }

  /** `JSON.stringify(error)`: name, message, operation, code and the HTTP status answered; never the body. */
  toJSON(): Record<string, string | number | boolean> {
    return errorJson(this, { operation: this.operation, code: this.code, status: this.status });
  }
}
