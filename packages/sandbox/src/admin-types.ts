/**
 * The JSON the admin routes answer, as types only: no imports and no runtime
 * code, so the admin client (admin-client.ts), which runs outside Node too,
 * shares them with the server instead of keeping a copy.
 */

/**
 * `result_pay` as the query pages spell it (easypay_payment_result_query.md,
 * instant-payment-result-query.md): WAITING until paid, CHECK while an
 * instant payment awaits its confirm call, CLOSED when that never came.
 */
export type PayStatus = 'WAITING' | 'CHECK' | 'PROCESSING' | 'SUCCESS' | 'REFUND' | 'FAILURE' | 'CLOSED';

/** What became of one attempt. */
export type DeliveryOutcome = 'acknowledged' | 'rejected' | 'failed' | 'skipped';

/** One attempt to deliver a notification. */
export interface DeliveryAttempt {
  /** The notification operation, e.g. `easypay.notification`. */
  readonly op: string;
  readonly url: string;
  readonly oid_partner: string;
  readonly no_order?: string;
  readonly no_refund?: string;
  /** 1 for the first sending, 2… for each re-send through `POST /_sandbox/notify`. */
  readonly delivery: number;
  /** 1-based attempt within the delivery (0 when skipped). */
  readonly attempt: number;
  /** `acknowledged`: answered ret_code 0000; `rejected`: answered anything else; `failed`: no answer (network, timeout). */
  readonly outcome: DeliveryOutcome;
  /** HTTP status of the merchant's answer. */
  readonly status?: number;
  /** ret_code of the merchant's JSON answer, when it had one. */
  readonly ret_code?: string;
  /** When the attempt ended, LianLian time (UTC+8). */
  readonly at: string;
}

/** The synchronous notification the browser carries back: where to post it and its signed fields. */
export interface SyncNotification {
  readonly action: string;
  readonly fields: Record<string, string>;
}

/** `POST /_sandbox/pay`'s answer: the order a payer just paid (or, for a pre-authorisation, held). */
export interface PaidOrder {
  readonly oid_partner: string;
  readonly no_order: string;
  readonly oid_paybill: string;
  /** `SUCCESS`, or `PROCESSING` for a pre-authorisation the payment holds. */
  readonly result_pay: PayStatus;
  /** The signed form the browser would post to the order's `url_return`, when it has one. */
  readonly sync_notification?: SyncNotification;
}

/**
 * A fault the sandbox can inject into the next matching API call (faults/):
 *
 * - `drop-answer-after-acting`: processes the call (its changes are kept), then
 *   closes the connection without an HTTP answer;
 * - `unavailable-before-acting`: answers HTTP 503 (with `Retry-After` when
 *   given) and processes nothing;
 * - `delay`: waits, then processes the call and answers at once (a client
 *   that gave up meanwhile still finds the changes);
 * - `reset-before-acting`: resets the connection (TCP RST) and processes nothing.
 */
export type FaultKind = 'drop-answer-after-acting' | 'unavailable-before-acting' | 'delay' | 'reset-before-acting';

/** Which calls a fault applies to: an api operation id (`easypay.apply`) or an api route (`/traderapi/easypay.htm`). */
export type FaultTarget = { readonly operation: string; readonly route?: never } | { readonly route: string; readonly operation?: never };

/** What arms a fault from Node (`sandbox.armFault`) or the admin client (`admin.armFault`). */
export type ArmFault = FaultTarget & {
  /** How many matching calls it applies to, from the next one on. Default 1. */
  readonly times?: number;
} & (
    | { readonly kind: 'drop-answer-after-acting' | 'reset-before-acting' }
    | {
        readonly kind: 'unavailable-before-acting';
        /** The `Retry-After` header: seconds (a non-negative integer) or an HTTP date. Default: no header. */
        readonly retryAfter?: number | string;
      }
    | {
        readonly kind: 'delay';
        /** Milliseconds to wait before processing and answering. */
        readonly delayMs: number;
      }
  );

/** The JSON body of `POST /_sandbox/faults`: {@link ArmFault} with snake_case names. */
export interface FaultArming {
  readonly kind: FaultKind;
  readonly operation?: string;
  readonly route?: string;
  readonly times?: number;
  readonly delay_ms?: number;
  readonly retry_after?: number | string;
}

/** An armed fault, as `POST` / `GET /_sandbox/faults` list it (in the order they are used). */
export interface ArmedFault {
  /** Names it for `DELETE /_sandbox/faults/{id}`, e.g. `f1`. */
  readonly id: string;
  readonly kind: FaultKind;
  readonly operation?: string;
  readonly route?: string;
  /** Matching calls it still applies to. */
  readonly times_left: number;
  readonly delay_ms?: number;
  /** The `Retry-After` header value sent with the 503. */
  readonly retry_after?: string;
}
