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
export { KeyFormatError } from './runtime/errors/key-format-error.ts';
export { LianLianError } from './runtime/errors/lianlian-error.ts';
export { NotificationError } from './runtime/errors/notification-error.ts';
export { PayloadError } from './runtime/errors/payload-error.ts';
export { SignatureVerificationError } from './runtime/errors/signature-verification-error.ts';
export { TransportError } from './runtime/errors/transport-error.ts';
export { ValidationError } from './runtime/errors/validation-error.ts';
export { importPrivateKey, importPublicKey } from './runtime/keys.ts';
export { MONEY_MAX_CENTS, MONEY_MIN_CENTS, centsToMoney, isMoney, moneyToCents } from './runtime/money.ts';
export { decryptPayload, encryptPayload } from './runtime/pay-load.ts';
export { UPPER_ALPHANUMERIC, randomString } from './runtime/random.ts';
export { SENSITIVE_FIELDS, redact } from './runtime/redact.ts';
export { sign, signBytes, verify, verifyBytes } from './runtime/sign.ts';
export { compareCaseInsensitive, signatureSource } from './runtime/signature-source.ts';
export { lianlianTime, parseLianLianTime } from './runtime/time.ts';
export { TransactionReportError, parseReportTime, parseTransactionReport, reportMoneyToCents } from './runtime/transaction-report.ts';
export { canonicalJson, validateParams } from './runtime/validate.ts';
export { activeResponseRules } from './runtime/verify-response.ts';
export { createWebCryptoProvider, webCryptoProvider } from './runtime/web-crypto-provider.ts';
export type { AggregateApplyParams, AggregateApplyResponse, AggregateNotification, AggregatePaymentParams, AggregateQueryParams, AggregateQueryResponse, AggregateSyncNotification, CardBinQueryParams, CardBinQueryResponse, CardBindApplyParams, CardBindApplyResponse, CardBindQueryParams, CardBindQueryResponse, CardBindUnbindParams, CardBindUnbindResponse, CardBindVerifyParams, CardBindVerifyResponse, EasypayApplyParams, EasypayApplyResponse, EasypayH5PaymentParams, EasypayH5SyncNotification, EasypayNotification, EasypayPreauthCancelParams, EasypayPreauthCancelResponse, EasypayPreauthCaptureParams, EasypayPreauthCaptureResponse, EasypayPreauthQueryParams, EasypayPreauthQueryResponse, EasypayQueryParams, EasypayQueryResponse, EasypayVerifyParams, EasypayVerifyResponse, EasypayWebPaymentParams, EasypayWebSyncNotification, ExchangePaymentApplyParams, ExchangePaymentApplyResponse, ExchangePaymentNotification, ExchangePaymentQueryParams, ExchangePaymentQueryResponse, ExchangePaymentVerifyParams, ExchangePaymentVerifyResponse, InstantPaymentApplyParams, InstantPaymentApplyResponse, InstantPaymentBalanceParams, InstantPaymentBalanceResponse, InstantPaymentConfirmParams, InstantPaymentConfirmResponse, InstantPaymentNotification, InstantPaymentQueryParams, InstantPaymentQueryResponse, JsonObject, MpayApplyDirectParams, MpayApplyDirectResponse, MpayCardBindApplyParams, MpayCardBindApplyResponse, MpayCardBindVerifyParams, MpayCardBindVerifyResponse, MpayNotification, MpayQueryParams, MpayQueryResponse, MpayVerifyDirectParams, MpayVerifyDirectResponse, OnlineBankingNotification, OnlineBankingPaymentParams, OnlineBankingQueryParams, OnlineBankingQueryResponse, OnlineBankingSyncNotification, RefundApplyParams, RefundApplyResponse, RefundNotification, RefundQueryParams, RefundQueryResponse, UnifiedCreateBillParams, UnifiedCreateBillResponse } from './client.ts';
export type { OperationId } from './operations.ts';
export type { components, paths } from './wire-types.ts';
export type { ReturnCode } from './return-codes.ts';
export type { Currency } from './currencies.ts';
export type { AirlineListItem, AirlineRiskItem, ApiRiskItem, BasicRiskItem, DeliveryRiskItem, GameRiskItem, HotelRiskItem, RealNameRiskItem, RiskItem, TicketingRiskItem, TouristRiskItem } from './risk-item.ts';
export type { DailyReportRow, DailySummaryReportRow, MonthlyReportRow, TransactionReportKind } from './transaction-report-format.ts';
export type { LianLianConfig, RequestOptions } from './runtime/config.ts';
export type { CryptoProvider } from './runtime/crypto-provider.ts';
export type { RsaPrivateKey, RsaPublicKey } from './runtime/keys.ts';
export type { NotificationOptions } from './runtime/notification.ts';
export type { FieldFormat, FieldRule, FieldType, OperationDef, PayloadScheme, ResponseGroup, SignType } from './runtime/operation.ts';
export type { RedirectForm, RedirectHtmlOptions } from './runtime/redirect.ts';
export type { ReportCellFormat, ReportColumn, ReportFileFormat, ReportParseOptions, TransactionReportRow } from './runtime/transaction-report.ts';
export type { TransportOptions } from './runtime/transport.ts';
export type { WireParams } from './runtime/validate.ts';
