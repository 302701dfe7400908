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
