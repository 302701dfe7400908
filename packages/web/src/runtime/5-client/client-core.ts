// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { callOperation } from '../4-operations/call.ts';
import { createCore, type Core } from '../4-operations/core.ts';
import type { LianLianConfig, RequestOptions } from '../4-operations/config.ts';
import { notificationHandlerFor, parseNotificationFor, type NotificationOptions } from '../4-operations/notification.ts';
import type { OperationDef } from '../1-errors-encoding/operation.ts';
import { sealLianpay } from '../3-sign-verify/pay-load.ts';
import { outcomeOf, type Outcome } from '../4-operations/outcome.ts';
import { redirectFormFor, type RedirectForm } from '../4-operations/redirect.ts';

/**
 * Validate → fill → sign → (encrypt) → send → verify, for every operation: the
 * object behind `new LianLian()`. The work is done by plain functions (call.ts,
 * redirect.ts, notification.ts) that the `functions` entry uses directly.
 * @internal
 */
export class LianLianCore {
  readonly #core: Core;

  constructor(config: LianLianConfig) {
    this.#core = createCore(config);
  }

  /**
   * Parses both keys now instead of on the first call. The settings were checked
   * by the constructor; a key that cannot be used rejects with a KeyFormatError
   * naming its setting (`privateKey` or `lianlianPublicKey`), never its text.
   */
  async ready(): Promise<void> {
    await this.#core.keys();
  }

  /** Runs one operation and returns its verified answer. */
  request<T>(op: OperationDef, params: object, options: RequestOptions = {}): Promise<T> {
    return callOperation<T>(this.#core, op, params, options, sealLianpay);
  }

  /**
   * A web-standard handler (Workers, Deno, Bun; Node through `toNodeListener`) for
   * the notifications LianLian POSTs to `notify_url` (async-notification-concept.md).
   *
   * It reads the body (at most `maxBodyBytes`, default 64 KiB, else 413), parses it
   * per the operation's encoding (else 400), verifies LianLian's signature over the
   * fields as received (else 401), checks that `oid_partner` is yours (else 403)
   * and that the operation's required fields are present (else 400); only then
   * calls `onNotification`, and once it resolves answers 200
   * `{"ret_code":"0000","ret_msg":"ok"}`. If it throws, the answer is 500 with
   * ret_code 9999 so LianLian retries; the error goes to `options.onError`, never
   * into the answer. Any other method gets 405. Fields LianLian adds beyond the
   * spec are passed through: the signature covers them.
   *
   * **Duplicates are normal.** LianLian resends until it gets 0000 (30 times, every
   * 2 minutes) and may deliver the same notification twice even after a 0000. The
   * callback must be idempotent, e.g. keyed on `no_order` / `oid_paybill`: apply
   * the result once, and return normally for a repeat so the handler answers
   * 0000 again.
   * @param op - the notification's operation from the `operations` table
   * @param onNotification - the merchant's code; receives the verified fields
   */
  notificationHandler<T>(
    op: OperationDef,
    onNotification: (notification: T) => unknown | Promise<unknown>,
    options: NotificationOptions = {},
  ): (request: Request) => Promise<Response> {
    return notificationHandlerFor<T>(this.#core, op, onNotification, options);
  }

  /**
   * Parses and verifies a notification body a framework has already read: the
   * raw JSON text of an asynchronous notification, or the form of a synchronous
   * notification posted to `url_return` (sync-notification.md) as text or
   * URLSearchParams. Same checks as {@link LianLianCore.notificationHandler},
   * without the size limit.
   * @returns the verified fields
   * @throws {SignatureVerificationError} missing or invalid signature
   * @throws {NotificationError} unparseable body, another merchant, a missing required field
   */
  parseNotification<T>(op: OperationDef, body: string | URLSearchParams): Promise<T> {
    return parseNotificationFor<T>(this.#core, op, body);
  }

  /**
   * Validates, fills and signs the fields of a redirect page and returns them as a
   * form the customer's browser posts to LianLian (easypay_web_redirect.md,
   * online-banking-redirect-api.md). Nothing is sent and nothing is logged.
   * @throws {ValidationError} before anything is signed
   */
  /** What became of a `write` call: its lookup query, sent with the call's own parameters (outcome.ts). */
  outcome<T>(op: OperationDef, lookup: OperationDef, params: object, options: RequestOptions = {}): Promise<Outcome<T>> {
    return outcomeOf<T>(this.#core, op, lookup, params, options, sealLianpay);
  }

  redirectForm(op: OperationDef, params: object, options: RequestOptions = {}): Promise<RedirectForm> {
    return redirectFormFor(this.#core, op, params, options);
  }
}
