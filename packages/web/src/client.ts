// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { LianLianCore } from './runtime/5-client/client-core.ts';
import type { LianLianConfig, RequestOptions } from './runtime/4-operations/config.ts';
import type { NotificationOptions } from './runtime/4-operations/notification.ts';
import type { Outcome } from './runtime/4-operations/outcome.ts';
import type { RedirectForm } from './runtime/4-operations/redirect.ts';
import { operations } from './operations.ts';
import type { components } from './wire-types.ts';

type Schemas = components['schemas'];
/** Fields the client fills in: merchant id, signature, sign type, fixed versions and the request time. */
type Managed = 'oid_partner' | 'sign' | 'sign_type' | 'api_version' | 'time_stamp' | 'timestamp' | 'version';
/** A JSON-string field (such as `risk_item`) may be given as an object; it is serialized once, with sorted keys, and that exact text is signed. */
export type JsonObject = { readonly [key: string]: string | number | boolean | null | JsonObject | readonly JsonObject[]; };
/** Verified fields of Aggregate Payment Asynchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-asyn-notification) */
export type AggregateNotification = Schemas['AggregateNotification'];
/** Verified fields of Aggregate Payment Synchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect#aggregate-payment-synchronous-notification) */
export type AggregateSyncNotification = Schemas['AggregateSyncNotification'];
/** Verified fields of Easy Payment H5 Synchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay_h5_redirect#synchronous-notification) */
export type EasypayH5SyncNotification = Schemas['EasypayH5SyncNotification'];
/** Verified fields of Easy Payment Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-asyn-notification) */
export type EasypayNotification = Schemas['EasypayNotification'];
/** Verified fields of Easy Payment Web Synchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect#synchronous-notification) */
export type EasypayWebSyncNotification = Schemas['EasypayWebSyncNotification'];
/** Verified fields of Exchange Payment Asynchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-async-notification) */
export type ExchangePaymentNotification = Schemas['ExchangePaymentNotification'];
/** Verified fields of Instant Payment Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment-notification) */
export type InstantPaymentNotification = Schemas['InstantPaymentNotification'];
/** Verified fields of MPAY Payment Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-asyn-notification) */
export type MpayNotification = Schemas['MpayNotification'];
/** Verified fields of Online Banking Asynchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/online-banking-notification) */
export type OnlineBankingNotification = Schemas['OnlineBankingNotification'];
/** Verified fields of Online Banking Synchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/sync-notification) */
export type OnlineBankingSyncNotification = Schemas['OnlineBankingSyncNotification'];
/** Verified fields of Refund Asynchronous Notification. [Doc page](https://lianlianpay.gitbook.io/docs/docs/refund-async-notification) */
export type RefundNotification = Schemas['RefundNotification'];
/** Parameters for {@link AggregateResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-direct-api) */
export type AggregateApplyParams = Omit<Schemas['AggregateApplyRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Verified answer of {@link AggregateResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-direct-api) */
export type AggregateApplyResponse = Schemas['AggregateApplyResponse'];
/** Parameters for {@link AggregateResource.payment}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect) */
export type AggregatePaymentParams = Omit<Schemas['AggregatePaymentRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Parameters for {@link AggregateResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-payment-result-query) */
export type AggregateQueryParams = Omit<Schemas['AggregateQueryRequest'], Managed>;
/** Verified answer of {@link AggregateResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-payment-result-query) */
export type AggregateQueryResponse = Schemas['AggregateQueryResponse'];
/** Parameters for {@link CardBinResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api) */
export type CardBinQueryParams = Omit<Schemas['CardBinQueryRequest'], Managed>;
/** Verified answer of {@link CardBinResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api) */
export type CardBinQueryResponse = Schemas['CardBinQueryResponse'];
/** Parameters for {@link CardBindResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-apply-api) */
export type CardBindApplyParams = Omit<Schemas['CardBindApplyRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Verified answer of {@link CardBindResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-apply-api) */
export type CardBindApplyResponse = Schemas['CardBindApplyResponse'];
/** Parameters for {@link CardBindResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-query-api) */
export type CardBindQueryParams = Omit<Schemas['CardBindQueryRequest'], Managed>;
/** Verified answer of {@link CardBindResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-query-api) */
export type CardBindQueryResponse = Schemas['CardBindQueryResponse'];
/** Parameters for {@link CardBindResource.unbind}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api) */
export type CardBindUnbindParams = Omit<Schemas['CardBindUnbindRequest'], Managed>;
/** Verified answer of {@link CardBindResource.unbind}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api) */
export type CardBindUnbindResponse = Schemas['CardBindUnbindResponse'];
/** Parameters for {@link CardBindResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-verify-api) */
export type CardBindVerifyParams = Omit<Schemas['CardBindVerifyRequest'], Managed>;
/** Verified answer of {@link CardBindResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-verify-api) */
export type CardBindVerifyResponse = Schemas['CardBindVerifyResponse'];
/** Parameters for {@link EasypayResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-apply-direct-API) */
export type EasypayApplyParams = Omit<Schemas['EasypayApplyRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Verified answer of {@link EasypayResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-apply-direct-API) */
export type EasypayApplyResponse = Schemas['EasypayApplyResponse'];
/** Parameters for {@link EasypayResource.h5Payment}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay_h5_redirect) */
export type EasypayH5PaymentParams = Omit<Schemas['EasypayH5PaymentRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Parameters for {@link EasypayResource.preauthCancel}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-preauth-cancel) */
export type EasypayPreauthCancelParams = Omit<Schemas['EasypayPreauthCancelRequest'], Managed>;
/** Verified answer of {@link EasypayResource.preauthCancel}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-preauth-cancel) */
export type EasypayPreauthCancelResponse = Schemas['EasypayPreauthCancelResponse'];
/** Parameters for {@link EasypayResource.preauthCapture}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-complete-API) */
export type EasypayPreauthCaptureParams = Omit<Schemas['EasypayPreauthCaptureRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item?: string | JsonObject;
};
/** Verified answer of {@link EasypayResource.preauthCapture}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-complete-API) */
export type EasypayPreauthCaptureResponse = Schemas['EasypayPreauthCaptureResponse'];
/** Parameters for {@link EasypayResource.preauthQuery}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-status-query-API) */
export type EasypayPreauthQueryParams = Omit<Schemas['EasypayPreauthQueryRequest'], Managed>;
/** Verified answer of {@link EasypayResource.preauthQuery}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-status-query-API) */
export type EasypayPreauthQueryResponse = Schemas['EasypayPreauthQueryResponse'];
/** Parameters for {@link EasypayResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay_payment_result_query) */
export type EasypayQueryParams = Omit<Schemas['EasypayQueryRequest'], Managed>;
/** Verified answer of {@link EasypayResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay_payment_result_query) */
export type EasypayQueryResponse = Schemas['EasypayQueryResponse'];
/** Parameters for {@link EasypayResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-verify-direct-api) */
export type EasypayVerifyParams = Omit<Schemas['EasypayVerifyRequest'], Managed>;
/** Verified answer of {@link EasypayResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay-verify-direct-api) */
export type EasypayVerifyResponse = Schemas['EasypayVerifyResponse'];
/** Parameters for {@link EasypayResource.webPayment}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect) */
export type EasypayWebPaymentParams = Omit<Schemas['EasypayWebPaymentRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Parameters for {@link ExchangePaymentResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api) */
export type ExchangePaymentApplyParams = Omit<Schemas['ExchangePaymentApplyRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Verified answer of {@link ExchangePaymentResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api) */
export type ExchangePaymentApplyResponse = Schemas['ExchangePaymentApplyResponse'];
/** Parameters for {@link ExchangePaymentResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-result-query) */
export type ExchangePaymentQueryParams = Omit<Schemas['ExchangePaymentQueryRequest'], Managed>;
/** Verified answer of {@link ExchangePaymentResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-result-query) */
export type ExchangePaymentQueryResponse = Schemas['ExchangePaymentQueryResponse'];
/** Parameters for {@link ExchangePaymentResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api) */
export type ExchangePaymentVerifyParams = Omit<Schemas['ExchangePaymentVerifyRequest'], Managed>;
/** Verified answer of {@link ExchangePaymentResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api) */
export type ExchangePaymentVerifyResponse = Schemas['ExchangePaymentVerifyResponse'];
/** Parameters for {@link InstantPaymentResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment-apply-API) */
export type InstantPaymentApplyParams = Omit<Schemas['InstantPaymentApplyRequest'], Managed>;
/** Verified answer of {@link InstantPaymentResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment-apply-API) */
export type InstantPaymentApplyResponse = Schemas['InstantPaymentApplyResponse'];
/** Parameters for {@link InstantPaymentResource.balance}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/balance-query-api) */
export type InstantPaymentBalanceParams = Omit<Schemas['InstantPaymentBalanceRequest'], Managed>;
/** Verified answer of {@link InstantPaymentResource.balance}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/balance-query-api) */
export type InstantPaymentBalanceResponse = Schemas['InstantPaymentBalanceResponse'];
/** Parameters for {@link InstantPaymentResource.confirm}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment-confirm-API) */
export type InstantPaymentConfirmParams = Omit<Schemas['InstantPaymentConfirmRequest'], Managed>;
/** Verified answer of {@link InstantPaymentResource.confirm}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment-confirm-API) */
export type InstantPaymentConfirmResponse = Schemas['InstantPaymentConfirmResponse'];
/** Parameters for {@link InstantPaymentResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment-result-query) */
export type InstantPaymentQueryParams = Omit<Schemas['InstantPaymentQueryRequest'], Managed>;
/** Verified answer of {@link InstantPaymentResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment-result-query) */
export type InstantPaymentQueryResponse = Schemas['InstantPaymentQueryResponse'];
/** Parameters for {@link MpayResource.applyDirect}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-apply-direct-API) */
export type MpayApplyDirectParams = Omit<Schemas['MpayApplyDirectRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Verified answer of {@link MpayResource.applyDirect}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-apply-direct-API) */
export type MpayApplyDirectResponse = Schemas['MpayApplyDirectResponse'];
/** Parameters for {@link MpayResource.cardBindApply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-apply) */
export type MpayCardBindApplyParams = Omit<Schemas['MpayCardBindApplyRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Verified answer of {@link MpayResource.cardBindApply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-apply) */
export type MpayCardBindApplyResponse = Schemas['MpayCardBindApplyResponse'];
/** Parameters for {@link MpayResource.cardBindVerify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-verify) */
export type MpayCardBindVerifyParams = Omit<Schemas['MpayCardBindVerifyRequest'], Managed>;
/** Verified answer of {@link MpayResource.cardBindVerify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-verify) */
export type MpayCardBindVerifyResponse = Schemas['MpayCardBindVerifyResponse'];
/** Parameters for {@link MpayResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY_payment_result_query) */
export type MpayQueryParams = Omit<Schemas['MpayQueryRequest'], Managed>;
/** Verified answer of {@link MpayResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY_payment_result_query) */
export type MpayQueryResponse = Schemas['MpayQueryResponse'];
/** Parameters for {@link MpayResource.verifyDirect}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-verify-direct-api) */
export type MpayVerifyDirectParams = Omit<Schemas['MpayVerifyDirectRequest'], Managed>;
/** Verified answer of {@link MpayResource.verifyDirect}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-verify-direct-api) */
export type MpayVerifyDirectResponse = Schemas['MpayVerifyDirectResponse'];
/** Parameters for {@link OnlineBankingResource.payment}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/online-banking-redirect-api) */
export type OnlineBankingPaymentParams = Omit<Schemas['OnlineBankingPaymentRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Parameters for {@link OnlineBankingResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-payment-result-query) */
export type OnlineBankingQueryParams = Omit<Schemas['OnlineBankingQueryRequest'], Managed>;
/** Verified answer of {@link OnlineBankingResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-payment-result-query) */
export type OnlineBankingQueryResponse = Schemas['OnlineBankingQueryResponse'];
/** Parameters for {@link RefundResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/refund-apply-api) */
export type RefundApplyParams = Omit<Schemas['RefundApplyRequest'], Managed>;
/** Verified answer of {@link RefundResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/refund-apply-api) */
export type RefundApplyResponse = Schemas['RefundApplyResponse'];
/** Parameters for {@link RefundResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/refund-result-query-api) */
export type RefundQueryParams = Omit<Schemas['RefundQueryRequest'], Managed>;
/** Verified answer of {@link RefundResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/refund-result-query-api) */
export type RefundQueryResponse = Schemas['RefundQueryResponse'];
/** Parameters for {@link UnifiedResource.createBill}. [Doc page](https://lianlianpay.gitbook.io/docs/Unified-direct-api) */
export type UnifiedCreateBillParams = Omit<Schemas['UnifiedCreateBillRequest'], Managed | 'risk_item'> & {
  /** JSON text, or an object the client serializes with sorted keys. */
  risk_item: string | JsonObject;
};
/** Verified answer of {@link UnifiedResource.createBill}. [Doc page](https://lianlianpay.gitbook.io/docs/Unified-direct-api) */
export type UnifiedCreateBillResponse = Schemas['UnifiedCreateBillResponse'];

/** Aggregate Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-overview) */
export class AggregateResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Sends the payer's browser to LianLian to pay by card, online banking, Alipay or WeChat.
   *
   * Builds the signed form the payer's browser posts to `https://wallet.lianlianpay.com/aggregateweb/gateway.htm`: its fields, and `html()` for a page that posts itself.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect
   */
  public payment(params: AggregatePaymentParams, options?: RequestOptions): Promise<RedirectForm> {
    return this.#core.redirectForm(operations['aggregate.payment'], params, options);
  }

  /**
   * Form LianLian posts once to url_return when the payment succeeds; may never arrive.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect#aggregate-payment-synchronous-notification
   */
  public syncNotificationHandler(onNotification: (notification: AggregateSyncNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<AggregateSyncNotification>(operations['aggregate.syncNotification'], onNotification, options);
  }

  /**
   * Verifies and parses Aggregate Payment Synchronous Notification from a body you already have (the form LianLian posts).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-web-redirect#aggregate-payment-synchronous-notification
   */
  public parseSyncNotification(body: string | URLSearchParams): Promise<AggregateSyncNotification> {
    return this.#core.parseNotification<AggregateSyncNotification>(operations['aggregate.syncNotification'], body);
  }

  /**
   * Creates an Alipay or WeChat Pay payment for a QR code, app or official account.
   *
   * `POST https://wallet.lianlianpay.com/llwalletapi/combinepay.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-direct-api
   */
  public apply(params: AggregateApplyParams, options?: RequestOptions): Promise<AggregateApplyResponse> {
    return this.#core.request(operations['aggregate.apply'], params, options);
  }

  /**
   * What became of a call to `aggregate.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `aggregate.query` with the call's `no_order`, `dt_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-direct-api
   */
  public applyOutcome(params: AggregateApplyParams, options?: RequestOptions): Promise<Outcome<AggregateQueryResponse>> {
    return this.#core.outcome(operations['aggregate.apply'], operations['aggregate.query'], params, options);
  }

  /**
   * JSON message LianLian posts to notify_url once an aggregate payment succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-asyn-notification
   */
  public notificationHandler(onNotification: (notification: AggregateNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<AggregateNotification>(operations['aggregate.notification'], onNotification, options);
  }

  /**
   * Verifies and parses Aggregate Payment Asynchronous Notification from a body you already have (the raw JSON text).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-asyn-notification
   */
  public parseNotification(body: string | URLSearchParams): Promise<AggregateNotification> {
    return this.#core.parseNotification<AggregateNotification>(operations['aggregate.notification'], body);
  }

  /**
   * Looks up one payment by no_order or oid_paybill and returns its current result.
   *
   * `POST https://wallet.lianlianpay.com/llwalletapi/orderquery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-payment-result-query
   */
  public query(params: AggregateQueryParams, options?: RequestOptions): Promise<AggregateQueryResponse> {
    return this.#core.request(operations['aggregate.query'], params, options);
  }
}

/** Card Bin Query. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api) */
export class CardBinResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Looks up the issuing bank and card type of a UnionPay card number.
   *
   * `POST https://queryapi.lianlianpay.com/bankcardbin.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api
   */
  public query(params: CardBinQueryParams, options?: RequestOptions): Promise<CardBinQueryResponse> {
    return this.#core.request(operations['cardBin.query'], params, options);
  }
}

/** Card Bind. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-overview) */
export class CardBindResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Starts binding a user's card and has LianLian text an SMS code to the holder.
   *
   * `POST https://traderapi.lianlianpay.com/bankcardbind.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-apply-api
   */
  public apply(params: CardBindApplyParams, options?: RequestOptions): Promise<CardBindApplyResponse> {
    return this.#core.request(operations['cardBind.apply'], params, options);
  }

  /**
   * Completes a card bind by checking the SMS code and token from cardBind.apply.
   *
   * `POST https://traderapi.lianlianpay.com/bankcardbindverfy.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-verify-api
   */
  public verify(params: CardBindVerifyParams, options?: RequestOptions): Promise<CardBindVerifyResponse> {
    return this.#core.request(operations['cardBind.verify'], params, options);
  }

  /**
   * What became of a call to `cardBind.verify` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `cardBind.query` with the call's `user_id` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `3007`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-verify-api
   */
  public verifyOutcome(params: CardBindVerifyParams, options?: RequestOptions): Promise<Outcome<CardBindQueryResponse>> {
    return this.#core.outcome(operations['cardBind.verify'], operations['cardBind.query'], params, options);
  }

  /**
   * Removes one of a user's card bindings, identified by its no_agree.
   *
   * `POST https://traderapi.lianlianpay.com/bankcardunbind.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api
   */
  public unbind(params: CardBindUnbindParams, options?: RequestOptions): Promise<CardBindUnbindResponse> {
    return this.#core.request(operations['cardBind.unbind'], params, options);
  }

  /**
   * What became of a call to `cardBind.unbind` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `cardBind.query` with the call's `user_id`, `no_agree` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `3007`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api
   */
  public unbindOutcome(params: CardBindUnbindParams, options?: RequestOptions): Promise<Outcome<CardBindQueryResponse>> {
    return this.#core.outcome(operations['cardBind.unbind'], operations['cardBind.query'], params, options);
  }

  /**
   * Lists the cards bound to a user, newest first, optionally filtered.
   *
   * `POST https://queryapi.lianlianpay.com/bankcardbindlist.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-query-api
   */
  public query(params: CardBindQueryParams, options?: RequestOptions): Promise<CardBindQueryResponse> {
    return this.#core.request(operations['cardBind.query'], params, options);
  }
}

/** Easy Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay) */
export class EasypayResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Sends the payer's browser to LianLian's web page to pay by bank card.
   *
   * Builds the signed form the payer's browser posts to `https://payment.lianlianpay.com/payment/traveleasypay.htm`: its fields, and `html()` for a page that posts itself.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect
   */
  public webPayment(params: EasypayWebPaymentParams, options?: RequestOptions): Promise<RedirectForm> {
    return this.#core.redirectForm(operations['easypay.webPayment'], params, options);
  }

  /**
   * Form LianLian posts once to url_return after a web payment or pre-authorisation succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect#synchronous-notification
   */
  public webSyncNotificationHandler(onNotification: (notification: EasypayWebSyncNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<EasypayWebSyncNotification>(operations['easypay.webSyncNotification'], onNotification, options);
  }

  /**
   * Verifies and parses Easy Payment Web Synchronous Notification from a body you already have (the form LianLian posts).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay_web_redirect#synchronous-notification
   */
  public parseWebSyncNotification(body: string | URLSearchParams): Promise<EasypayWebSyncNotification> {
    return this.#core.parseNotification<EasypayWebSyncNotification>(operations['easypay.webSyncNotification'], body);
  }

  /**
   * Sends a mobile browser to LianLian's H5 card page; fields post as JSON in req_data.
   *
   * Builds the signed form the payer's browser posts to `https://wap.lianlianpay.com/travlepay.htm`: its fields, and `html()` for a page that posts itself.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay_h5_redirect
   */
  public h5Payment(params: EasypayH5PaymentParams, options?: RequestOptions): Promise<RedirectForm> {
    return this.#core.redirectForm(operations['easypay.h5Payment'], params, options);
  }

  /**
   * Message LianLian sends once to url_return after an H5 payment or pre-authorisation succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay_h5_redirect#synchronous-notification
   */
  public h5SyncNotificationHandler(onNotification: (notification: EasypayH5SyncNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<EasypayH5SyncNotification>(operations['easypay.h5SyncNotification'], onNotification, options);
  }

  /**
   * Verifies and parses Easy Payment H5 Synchronous Notification from a body you already have (the form LianLian posts).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay_h5_redirect#synchronous-notification
   */
  public parseH5SyncNotification(body: string | URLSearchParams): Promise<EasypayH5SyncNotification> {
    return this.#core.parseNotification<EasypayH5SyncNotification>(operations['easypay.h5SyncNotification'], body);
  }

  /**
   * Creates a card payment and has LianLian text an SMS code to the payer.
   *
   * `POST https://traderapi.lianlianpay.com/easypay.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-apply-direct-API
   */
  public apply(params: EasypayApplyParams, options?: RequestOptions): Promise<EasypayApplyResponse> {
    return this.#core.request(operations['easypay.apply'], params, options);
  }

  /**
   * What became of a call to `easypay.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `easypay.query` with the call's `no_order`, `dt_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-apply-direct-API
   */
  public applyOutcome(params: EasypayApplyParams, options?: RequestOptions): Promise<Outcome<EasypayQueryResponse>> {
    return this.#core.outcome(operations['easypay.apply'], operations['easypay.query'], params, options);
  }

  /**
   * Confirms an Easy Payment with the payer's SMS code so LianLian charges the card.
   *
   * `POST https://traderapi.lianlianpay.com/easypayverify.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-verify-direct-api
   */
  public verify(params: EasypayVerifyParams, options?: RequestOptions): Promise<EasypayVerifyResponse> {
    return this.#core.request(operations['easypay.verify'], params, options);
  }

  /**
   * What became of a call to `easypay.verify` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `easypay.query` with the call's `no_order`, `dt_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-verify-direct-api
   */
  public verifyOutcome(params: EasypayVerifyParams, options?: RequestOptions): Promise<Outcome<EasypayQueryResponse>> {
    return this.#core.outcome(operations['easypay.verify'], operations['easypay.query'], params, options);
  }

  /**
   * Captures money held by an Easy Payment pre-authorisation.
   *
   * `POST https://traderapi.lianlianpay.com/preauthComplete.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-complete-API
   */
  public preauthCapture(params: EasypayPreauthCaptureParams, options?: RequestOptions): Promise<EasypayPreauthCaptureResponse> {
    return this.#core.request(operations['easypay.preauthCapture'], params, options);
  }

  /**
   * What became of a call to `easypay.preauthCapture` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `easypay.preauthQuery` with the call's `pay_type`, `no_order`, `dt_order`, `oid_paybill` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-complete-API
   */
  public preauthCaptureOutcome(params: EasypayPreauthCaptureParams, options?: RequestOptions): Promise<Outcome<EasypayPreauthQueryResponse>> {
    return this.#core.outcome(operations['easypay.preauthCapture'], operations['easypay.preauthQuery'], params, options);
  }

  /**
   * Cancels an Easy Payment pre-authorisation and releases the held money.
   *
   * `POST https://traderapi.lianlianpay.com/preauthCancel.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-preauth-cancel
   */
  public preauthCancel(params: EasypayPreauthCancelParams, options?: RequestOptions): Promise<EasypayPreauthCancelResponse> {
    return this.#core.request(operations['easypay.preauthCancel'], params, options);
  }

  /**
   * What became of a call to `easypay.preauthCancel` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `easypay.preauthQuery` with the call's `pay_type`, `no_order`, `dt_order`, `oid_paybill` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-preauth-cancel
   */
  public preauthCancelOutcome(params: EasypayPreauthCancelParams, options?: RequestOptions): Promise<Outcome<EasypayPreauthQueryResponse>> {
    return this.#core.outcome(operations['easypay.preauthCancel'], operations['easypay.preauthQuery'], params, options);
  }

  /**
   * Looks up the state of an Easy Payment pre-authorisation.
   *
   * `POST https://queryapi.lianlianpay.com/preauthquery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-Pre-authorized-status-query-API
   */
  public preauthQuery(params: EasypayPreauthQueryParams, options?: RequestOptions): Promise<EasypayPreauthQueryResponse> {
    return this.#core.request(operations['easypay.preauthQuery'], params, options);
  }

  /**
   * JSON message LianLian posts to notify_url once an Easy Payment succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-asyn-notification
   */
  public notificationHandler(onNotification: (notification: EasypayNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<EasypayNotification>(operations['easypay.notification'], onNotification, options);
  }

  /**
   * Verifies and parses Easy Payment Notification from a body you already have (the raw JSON text).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay-asyn-notification
   */
  public parseNotification(body: string | URLSearchParams): Promise<EasypayNotification> {
    return this.#core.parseNotification<EasypayNotification>(operations['easypay.notification'], body);
  }

  /**
   * Looks up the state of an Easy Payment by order number or LianLian number.
   *
   * `POST https://queryapi.lianlianpay.com/orderquery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/easypay_payment_result_query
   */
  public query(params: EasypayQueryParams, options?: RequestOptions): Promise<EasypayQueryResponse> {
    return this.#core.request(operations['easypay.query'], params, options);
  }
}

/** Exchange Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-overview) */
export class ExchangePaymentResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Creates a foreign-currency card payment and has LianLian text an SMS code to the payer.
   *
   * `POST https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayapply`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api
   */
  public apply(params: ExchangePaymentApplyParams, options?: RequestOptions): Promise<ExchangePaymentApplyResponse> {
    return this.#core.request(operations['exchangePayment.apply'], params, options);
  }

  /**
   * What became of a call to `exchangePayment.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `exchangePayment.query` with the call's `no_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api
   */
  public applyOutcome(params: ExchangePaymentApplyParams, options?: RequestOptions): Promise<Outcome<ExchangePaymentQueryResponse>> {
    return this.#core.outcome(operations['exchangePayment.apply'], operations['exchangePayment.query'], params, options);
  }

  /**
   * Confirms an exchange payment with the payer's SMS code so LianLian charges the card.
   *
   * `POST https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayverify`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api
   */
  public verify(params: ExchangePaymentVerifyParams, options?: RequestOptions): Promise<ExchangePaymentVerifyResponse> {
    return this.#core.request(operations['exchangePayment.verify'], params, options);
  }

  /**
   * What became of a call to `exchangePayment.verify` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `exchangePayment.query` with the call's `no_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api
   */
  public verifyOutcome(params: ExchangePaymentVerifyParams, options?: RequestOptions): Promise<Outcome<ExchangePaymentQueryResponse>> {
    return this.#core.outcome(operations['exchangePayment.verify'], operations['exchangePayment.query'], params, options);
  }

  /**
   * JSON message LianLian posts to notify_url once an exchange payment succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-async-notification
   */
  public notificationHandler(onNotification: (notification: ExchangePaymentNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<ExchangePaymentNotification>(operations['exchangePayment.notification'], onNotification, options);
  }

  /**
   * Verifies and parses Exchange Payment Asynchronous Notification from a body you already have (the raw JSON text).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-async-notification
   */
  public parseNotification(body: string | URLSearchParams): Promise<ExchangePaymentNotification> {
    return this.#core.parseNotification<ExchangePaymentNotification>(operations['exchangePayment.notification'], body);
  }

  /**
   * Looks up an exchange payment by no_order and returns its current status.
   *
   * `POST https://queryapi.lianlianpay.com/exchangeorderquery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-result-query
   */
  public query(params: ExchangePaymentQueryParams, options?: RequestOptions): Promise<ExchangePaymentQueryResponse> {
    return this.#core.request(operations['exchangePayment.query'], params, options);
  }
}

/** Instant Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment) */
export class InstantPaymentResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Transfers money from the merchant's LianLian balance to a bank account almost at once.
   *
   * `POST https://instantpay.lianlianpay.com/paymentapi/payment.htm`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000` or `4002` or `4003` or `4004`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000` or `4002` or `4003` or `4004`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-apply-API
   */
  public apply(params: InstantPaymentApplyParams, options?: RequestOptions): Promise<InstantPaymentApplyResponse> {
    return this.#core.request(operations['instantPayment.apply'], params, options);
  }

  /**
   * What became of a call to `instantPayment.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `instantPayment.query` with the call's `no_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-apply-API
   */
  public applyOutcome(params: InstantPaymentApplyParams, options?: RequestOptions): Promise<Outcome<InstantPaymentQueryResponse>> {
    return this.#core.outcome(operations['instantPayment.apply'], operations['instantPayment.query'], params, options);
  }

  /**
   * Goes ahead with a transfer that instantPayment.apply held back for confirmation.
   *
   * `POST https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-confirm-API
   */
  public confirm(params: InstantPaymentConfirmParams, options?: RequestOptions): Promise<InstantPaymentConfirmResponse> {
    return this.#core.request(operations['instantPayment.confirm'], params, options);
  }

  /**
   * What became of a call to `instantPayment.confirm` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `instantPayment.query` with the call's `no_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-confirm-API
   */
  public confirmOutcome(params: InstantPaymentConfirmParams, options?: RequestOptions): Promise<Outcome<InstantPaymentQueryResponse>> {
    return this.#core.outcome(operations['instantPayment.confirm'], operations['instantPayment.query'], params, options);
  }

  /**
   * Looks up the state of a transfer by merchant order number or LianLian number.
   *
   * `POST https://instantpay.lianlianpay.com/paymentapi/queryPayment.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-result-query
   */
  public query(params: InstantPaymentQueryParams, options?: RequestOptions): Promise<InstantPaymentQueryResponse> {
    return this.#core.request(operations['instantPayment.query'], params, options);
  }

  /**
   * Reads the merchant account's available and unsettled balances.
   *
   * `POST https://traderapi.lianlianpay.com/traderAcctQuery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/balance-query-api
   */
  public balance(params: InstantPaymentBalanceParams, options?: RequestOptions): Promise<InstantPaymentBalanceResponse> {
    return this.#core.request(operations['instantPayment.balance'], params, options);
  }

  /**
   * JSON message LianLian posts to notify_url once a transfer succeeds or fails.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-notification
   */
  public notificationHandler(onNotification: (notification: InstantPaymentNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<InstantPaymentNotification>(operations['instantPayment.notification'], onNotification, options);
  }

  /**
   * Verifies and parses Instant Payment Notification from a body you already have (the raw JSON text).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/instant-payment-notification
   */
  public parseNotification(body: string | URLSearchParams): Promise<InstantPaymentNotification> {
    return this.#core.parseNotification<InstantPaymentNotification>(operations['instantPayment.notification'], body);
  }
}

/** MPAY Payment API. [Doc page](https://lianlianpay.gitbook.io/docs/docs/mpay-direct) */
export class MpayResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Starts an MPAY card bind; LianLian answers 8888 and texts an SMS code.
   *
   * `POST https://mpayapi.lianlianpay.com/v1/bankcardbind`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `8888`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `8888`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-apply
   */
  public cardBindApply(params: MpayCardBindApplyParams, options?: RequestOptions): Promise<MpayCardBindApplyResponse> {
    return this.#core.request(operations['mpay.cardBindApply'], params, options);
  }

  /**
   * Finishes an MPAY card bind by checking the SMS code and token.
   *
   * `POST https://mpayapi.lianlianpay.com/v1/bankcardbindverfy`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-verify
   */
  public cardBindVerify(params: MpayCardBindVerifyParams, options?: RequestOptions): Promise<MpayCardBindVerifyResponse> {
    return this.#core.request(operations['mpay.cardBindVerify'], params, options);
  }

  /**
   * Creates an MPAY card payment; LianLian answers 8888 and texts an SMS code.
   *
   * `POST https://mpayapi.lianlianpay.com/v1/bankcardprepay`, body encrypted as `pay_load` (lianpay1_0_1). Succeeds on ret_code `0000` or `8888`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000` or `8888`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-apply-direct-API
   */
  public applyDirect(params: MpayApplyDirectParams, options?: RequestOptions): Promise<MpayApplyDirectResponse> {
    return this.#core.request(operations['mpay.applyDirect'], params, options);
  }

  /**
   * What became of a call to `mpay.applyDirect` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `mpay.query` with the call's `no_order`, `dt_order` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-apply-direct-API
   */
  public applyDirectOutcome(params: MpayApplyDirectParams, options?: RequestOptions): Promise<Outcome<MpayQueryResponse>> {
    return this.#core.outcome(operations['mpay.applyDirect'], operations['mpay.query'], params, options);
  }

  /**
   * Confirms an MPAY payment with the payer's SMS code so LianLian charges the card.
   *
   * `POST https://mpayapi.lianlianpay.com/v1/bankcardpay`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-verify-direct-api
   */
  public verifyDirect(params: MpayVerifyDirectParams, options?: RequestOptions): Promise<MpayVerifyDirectResponse> {
    return this.#core.request(operations['mpay.verifyDirect'], params, options);
  }

  /**
   * Looks up the state of an MPAY payment by order number or LianLian number.
   *
   * `POST https://queryapi.lianlianpay.com/orderquery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY_payment_result_query
   */
  public query(params: MpayQueryParams, options?: RequestOptions): Promise<MpayQueryResponse> {
    return this.#core.request(operations['mpay.query'], params, options);
  }

  /**
   * JSON message LianLian posts to notify_url once an MPAY payment succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-asyn-notification
   */
  public notificationHandler(onNotification: (notification: MpayNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<MpayNotification>(operations['mpay.notification'], onNotification, options);
  }

  /**
   * Verifies and parses MPAY Payment Notification from a body you already have (the raw JSON text).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-asyn-notification
   */
  public parseNotification(body: string | URLSearchParams): Promise<MpayNotification> {
    return this.#core.parseNotification<MpayNotification>(operations['mpay.notification'], body);
  }
}

/** Online Banking Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/online-banking-overview) */
export class OnlineBankingResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Sends the payer's browser to LianLian, then on to their bank's online banking page.
   *
   * Builds the signed form the payer's browser posts to `https://payment.lianlianpay.com/payment/bankgateway.htm`: its fields, and `html()` for a page that posts itself.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/online-banking-redirect-api
   */
  public payment(params: OnlineBankingPaymentParams, options?: RequestOptions): Promise<RedirectForm> {
    return this.#core.redirectForm(operations['onlineBanking.payment'], params, options);
  }

  /**
   * Form LianLian posts once to url_return when the payment succeeds; may never arrive.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/sync-notification
   */
  public syncNotificationHandler(onNotification: (notification: OnlineBankingSyncNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<OnlineBankingSyncNotification>(operations['onlineBanking.syncNotification'], onNotification, options);
  }

  /**
   * Verifies and parses Online Banking Synchronous Notification from a body you already have (the form LianLian posts).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/sync-notification
   */
  public parseSyncNotification(body: string | URLSearchParams): Promise<OnlineBankingSyncNotification> {
    return this.#core.parseNotification<OnlineBankingSyncNotification>(operations['onlineBanking.syncNotification'], body);
  }

  /**
   * JSON message LianLian posts to notify_url once an online banking payment succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/online-banking-notification
   */
  public notificationHandler(onNotification: (notification: OnlineBankingNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<OnlineBankingNotification>(operations['onlineBanking.notification'], onNotification, options);
  }

  /**
   * Verifies and parses Online Banking Asynchronous Notification from a body you already have (the raw JSON text).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/online-banking-notification
   */
  public parseNotification(body: string | URLSearchParams): Promise<OnlineBankingNotification> {
    return this.#core.parseNotification<OnlineBankingNotification>(operations['onlineBanking.notification'], body);
  }

  /**
   * Looks up one payment by no_order or oid_paybill and returns its current result.
   *
   * `POST https://wallet.lianlianpay.com/llwalletapi/orderquery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/aggregate-payment-result-query
   */
  public query(params: OnlineBankingQueryParams, options?: RequestOptions): Promise<OnlineBankingQueryResponse> {
    return this.#core.request(operations['onlineBanking.query'], params, options);
  }
}

/** Refund. [Doc page](https://lianlianpay.gitbook.io/docs/docs/refund-overview) */
export class RefundResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Asks LianLian to refund all or part of a payment from the last 6 months.
   *
   * `POST https://traderapi.lianlianpay.com/exchangerefund.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/refund-apply-api
   */
  public apply(params: RefundApplyParams, options?: RequestOptions): Promise<RefundApplyResponse> {
    return this.#core.request(operations['refund.apply'], params, options);
  }

  /**
   * What became of a call to `refund.apply` that failed with a `TransportError` whose `mayHaveBeenProcessed` is true: sends `refund.query` with the call's `no_refund`, `dt_refund` (pass the same params the call was made with).
   *
   * `{ found: true, answer }`: LianLian has it; the answer says its state. `{ found: false }` (ret_code `8901`): it did not take effect; send the call again under the same order number, never a new one (a second copy is refused as a duplicate, 1002).
   *
   * @throws {TransportError} the query got no usable answer (it is retried first); ask again later
   * @throws {SignatureVerificationError} the query's answer does not verify
   * @throws {LianLianError} the query failed with another ret_code
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/refund-apply-api
   */
  public applyOutcome(params: RefundApplyParams, options?: RequestOptions): Promise<Outcome<RefundQueryResponse>> {
    return this.#core.outcome(operations['refund.apply'], operations['refund.query'], params, options);
  }

  /**
   * Looks up a refund by no_refund and dt_refund and returns its status.
   *
   * `POST https://queryapi.lianlianpay.com/refundquery.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Read-only: retried on network errors, 429 and 5xx, with backoff and `Retry-After` (the `retry` setting; 0 turns it off).
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/refund-result-query-api
   */
  public query(params: RefundQueryParams, options?: RequestOptions): Promise<RefundQueryResponse> {
    return this.#core.request(operations['refund.query'], params, options);
  }

  /**
   * JSON message LianLian posts to the refund's notify_url once the refund succeeds.
   *
   * A web-standard `Request → Response` handler: it verifies LianLian's signature over the raw body, then calls `onNotification` with the typed fields, and answers `{"ret_code":"0000","ret_msg":"ok"}` only after it resolves; otherwise LianLian retries.
   * Duplicate deliveries are normal: make `onNotification` idempotent (key it on the order number).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/refund-async-notification
   */
  public notificationHandler(onNotification: (notification: RefundNotification) => unknown | Promise<unknown>, options?: NotificationOptions): (request: Request) => Promise<Response> {
    return this.#core.notificationHandler<RefundNotification>(operations['refund.notification'], onNotification, options);
  }

  /**
   * Verifies and parses Refund Asynchronous Notification from a body you already have (the raw JSON text).
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/refund-async-notification
   */
  public parseNotification(body: string | URLSearchParams): Promise<RefundNotification> {
    return this.#core.parseNotification<RefundNotification>(operations['refund.notification'], body);
  }
}

/** Unified Gateway Payment. [Doc page](https://lianlianpay.gitbook.io/docs/unified-gateway-payment) */
export class UnifiedResource {
  readonly #core: LianLianCore;

  constructor(core: LianLianCore) {
    this.#core = core;
  }

  /**
   * Creates a payment server-side and returns the LianLian payment page URL to show the payer.
   *
   * `POST https://payserverapi.lianlianpay.com/v1/paycreatebill`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   * Moves money or changes state: sent once, never retried. After a `TransportError` whose `mayHaveBeenProcessed` is true, find out what LianLian did (query by the order number) before sending it again.
   *
   * @throws {ValidationError} a parameter breaks the spec (the error names it); nothing was sent
   * @throws {KeyFormatError} a key in the config cannot be parsed
   * @throws {LianLianError} LianLian answered a ret_code other than `0000`
   * @throws {SignatureVerificationError} the answer's signature, or its match with this request, does not hold; the answer is discarded
   * @throws {TransportError} no usable answer: `kind` is timeout, network, http, invalid-answer or aborted; `mayHaveBeenProcessed` says whether LianLian may have acted
   *
   * @see https://lianlianpay.gitbook.io/docs/Unified-direct-api
   */
  public createBill(params: UnifiedCreateBillParams, options?: RequestOptions): Promise<UnifiedCreateBillResponse> {
    return this.#core.request(operations['unified.createBill'], params, options);
  }
}

/**
 * LianLian Pay client. Every request is validated against the spec, signed, sent, and its answer verified before it is returned.
 *
 * @example
 * ```ts
 * const ll = new LianLian({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey });
 * const cards = await ll.cardBind.query({ user_id: 'u1', offset: '0' });
 * ```
 */
export class LianLian {
  /** Aggregate Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/aggregate-overview) */
  readonly aggregate: AggregateResource;
  /** Card Bin Query. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api) */
  readonly cardBin: CardBinResource;
  /** Card Bind. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-overview) */
  readonly cardBind: CardBindResource;
  /** Easy Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/easypay) */
  readonly easypay: EasypayResource;
  /** Exchange Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-overview) */
  readonly exchangePayment: ExchangePaymentResource;
  /** Instant Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/instant-payment) */
  readonly instantPayment: InstantPaymentResource;
  /** MPAY Payment API. [Doc page](https://lianlianpay.gitbook.io/docs/docs/mpay-direct) */
  readonly mpay: MpayResource;
  /** Online Banking Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/online-banking-overview) */
  readonly onlineBanking: OnlineBankingResource;
  /** Refund. [Doc page](https://lianlianpay.gitbook.io/docs/docs/refund-overview) */
  readonly refund: RefundResource;
  /** Unified Gateway Payment. [Doc page](https://lianlianpay.gitbook.io/docs/unified-gateway-payment) */
  readonly unified: UnifiedResource;
  readonly #core: LianLianCore;

  constructor(config: LianLianConfig) {
    const core = new LianLianCore(config);
    this.#core = core;
    this.aggregate = new AggregateResource(core);
    this.cardBin = new CardBinResource(core);
    this.cardBind = new CardBindResource(core);
    this.easypay = new EasypayResource(core);
    this.exchangePayment = new ExchangePaymentResource(core);
    this.instantPayment = new InstantPaymentResource(core);
    this.mpay = new MpayResource(core);
    this.onlineBanking = new OnlineBankingResource(core);
    this.refund = new RefundResource(core);
    this.unified = new UnifiedResource(core);
  }

  /**
   * Parses both keys now, so a bad one fails at startup instead of at the first call. The constructor has
   * already checked the other settings. Resolves with this client; rejects with a `KeyFormatError` whose
   * message and `setting` name the setting (`privateKey` or `lianlianPublicKey`), never the key text.
   * Calls made without it parse the keys on first use.
   *
   * @example
   * ```ts
   * const ll = await new LianLian({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey }).ready();
   * ```
   */
  public async ready(): Promise<this> {
    await this.#core.ready();
    return this;
  }
}
