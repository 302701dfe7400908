// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * LianLian Pay client for edge runtimes (Cloudflare Workers, Vercel Edge, Deno Deploy, Bun): web APIs only, no Node built-ins in its default entry.
 * @module
 */
export { AggregateResource, CardBinResource, CardBindResource, EasypayResource, ExchangePaymentResource, InstantPaymentResource, LianLian, MpayResource, OnlineBankingResource, RefundResource, UnifiedResource } from './client.ts';
export { operations } from './operations.ts';
export { RETURN_CODES, describeReturnCode } from './return-codes.ts';
export { CURRENCIES, isCurrency } from './currencies.ts';
export { riskItem } from './risk-item.ts';
export { TRANSACTION_REPORT_FORMATS } from './transaction-report-format.ts';
export { KeyFormatError } from './runtime/1-errors-encoding/errors/key-format-error.ts';
export { LianLianError } from './runtime/1-errors-encoding/errors/lianlian-error.ts';
export { NotificationError } from './runtime/1-errors-encoding/errors/notification-error.ts';
export { PayloadError } from './runtime/1-errors-encoding/errors/payload-error.ts';
export { SignatureVerificationError } from './runtime/1-errors-encoding/errors/signature-verification-error.ts';
export { TransportError } from './runtime/1-errors-encoding/errors/transport-error.ts';
export { ValidationError } from './runtime/1-errors-encoding/errors/validation-error.ts';
export { MONEY_MAX_CENTS, MONEY_MIN_CENTS, centsToMoney, isMoney, moneyToCents } from './runtime/1-errors-encoding/money.ts';
export { UPPER_ALPHANUMERIC, randomString, randomUint32 } from './runtime/1-errors-encoding/random.ts';
export { SENSITIVE_FIELDS, redact } from './runtime/1-errors-encoding/redact.ts';
export { compareCaseInsensitive, signatureSource } from './runtime/1-errors-encoding/signature-source.ts';
export { lianlianTime, parseLianLianTime } from './runtime/1-errors-encoding/time.ts';
export { TransactionReportError, parseReportTime, parseTransactionReport, reportMoneyToCents } from './runtime/1-errors-encoding/transaction-report.ts';
export { defaultCryptoProvider } from './runtime/2-crypto-keys/default-crypto-provider.ts';
export { importPrivateKey, importPublicKey } from './runtime/2-crypto-keys/keys.ts';
export { createWebCryptoProvider, webCryptoProvider } from './runtime/2-crypto-keys/web-crypto-provider.ts';
export { decryptPayload, encryptPayload } from './runtime/3-sign-verify/pay-load.ts';
export { sign, signBytes, verify, verifyBytes } from './runtime/3-sign-verify/sign.ts';
export { activeResponseRules } from './runtime/3-sign-verify/verify-response.ts';
export { canonicalJson, validateParams } from './runtime/4-operations/validate.ts';
export type { AggregateApplyParams, AggregateApplyResponse, AggregateNotification, AggregatePaymentParams, AggregateQueryParams, AggregateQueryResponse, AggregateSyncNotification, CardBinQueryParams, CardBinQueryResponse, CardBindApplyParams, CardBindApplyResponse, CardBindQueryParams, CardBindQueryResponse, CardBindUnbindParams, CardBindUnbindResponse, CardBindVerifyParams, CardBindVerifyResponse, EasypayApplyParams, EasypayApplyResponse, EasypayH5PaymentParams, EasypayH5SyncNotification, EasypayNotification, EasypayPreauthCancelParams, EasypayPreauthCancelResponse, EasypayPreauthCaptureParams, EasypayPreauthCaptureResponse, EasypayPreauthQueryParams, EasypayPreauthQueryResponse, EasypayQueryParams, EasypayQueryResponse, EasypayVerifyParams, EasypayVerifyResponse, EasypayWebPaymentParams, EasypayWebSyncNotification, ExchangePaymentApplyParams, ExchangePaymentApplyResponse, ExchangePaymentNotification, ExchangePaymentQueryParams, ExchangePaymentQueryResponse, ExchangePaymentVerifyParams, ExchangePaymentVerifyResponse, InstantPaymentApplyParams, InstantPaymentApplyResponse, InstantPaymentBalanceParams, InstantPaymentBalanceResponse, InstantPaymentConfirmParams, InstantPaymentConfirmResponse, InstantPaymentNotification, InstantPaymentQueryParams, InstantPaymentQueryResponse, JsonObject, MpayApplyDirectParams, MpayApplyDirectResponse, MpayCardBindApplyParams, MpayCardBindApplyResponse, MpayCardBindVerifyParams, MpayCardBindVerifyResponse, MpayNotification, MpayQueryParams, MpayQueryResponse, MpayVerifyDirectParams, MpayVerifyDirectResponse, OnlineBankingNotification, OnlineBankingPaymentParams, OnlineBankingQueryParams, OnlineBankingQueryResponse, OnlineBankingSyncNotification, RefundApplyParams, RefundApplyResponse, RefundNotification, RefundQueryParams, RefundQueryResponse, UnifiedCreateBillParams, UnifiedCreateBillResponse } from './client.ts';
export type { OperationId } from './operations.ts';
export type { components, paths } from './wire-types.ts';
export type { ReturnCode } from './return-codes.ts';
export type { Currency } from './currencies.ts';
export type { AirlineListItem, AirlineRiskItem, ApiRiskItem, BasicRiskItem, DeliveryRiskItem, GameRiskItem, HotelRiskItem, RealNameRiskItem, RiskItem, TicketingRiskItem, TouristRiskItem } from './risk-item.ts';
export type { DailyReportRow, DailySummaryReportRow, MonthlyReportRow, TransactionReportKind } from './transaction-report-format.ts';
export type { KeyFormatErrorOptions } from './runtime/1-errors-encoding/errors/key-format-error.ts';
export type { NotificationErrorCode } from './runtime/1-errors-encoding/errors/notification-error.ts';
export type { TransportErrorKind } from './runtime/1-errors-encoding/errors/transport-error.ts';
export type { FieldFormat, FieldRule, FieldType, OperationDef, OperationEffect, OperationLookup, PayloadScheme, ResponseGroup, SignType } from './runtime/1-errors-encoding/operation.ts';
export type { ReportCellFormat, ReportColumn, ReportFileFormat, ReportParseOptions, TransactionReportRow } from './runtime/1-errors-encoding/transaction-report.ts';
export type { CryptoProvider } from './runtime/2-crypto-keys/crypto-provider.ts';
export type { RsaPrivateKey, RsaPublicKey } from './runtime/2-crypto-keys/keys.ts';
export type { LianLianConfig, RequestOptions } from './runtime/4-operations/config.ts';
export type { CallEvent, CallFailureEvent, CallHooks } from './runtime/4-operations/hooks.ts';
export type { NotificationOptions } from './runtime/4-operations/notification.ts';
export type { Outcome } from './runtime/4-operations/outcome.ts';
export type { RedirectForm, RedirectHtmlOptions } from './runtime/4-operations/redirect.ts';
export type { TransportOptions } from './runtime/4-operations/transport.ts';
export type { WireParams } from './runtime/4-operations/validate.ts';
