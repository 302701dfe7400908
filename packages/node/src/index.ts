// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * LianLian Pay client for Node.js: typed, validated, signed requests with verified answers.
 * @module
 */
export { CardBinResource, CardBindResource, ExchangePaymentResource, LianLian, MpayResource } from './client.ts';
export { operations } from './operations.ts';
export { KeyFormatError } from './runtime/errors/key-format-error.ts';
export { LianLianError } from './runtime/errors/lianlian-error.ts';
export { PayloadError } from './runtime/errors/payload-error.ts';
export { SignatureVerificationError } from './runtime/errors/signature-verification-error.ts';
export { TransportError } from './runtime/errors/transport-error.ts';
export { ValidationError } from './runtime/errors/validation-error.ts';
export { importPrivateKey, importPublicKey } from './runtime/keys.ts';
export { MONEY_MAX_CENTS, MONEY_MIN_CENTS, centsToMoney, isMoney, moneyToCents } from './runtime/money.ts';
export { nodeCryptoProvider } from './runtime/node-crypto-provider.ts';
export { decryptPayload, encryptPayload } from './runtime/pay-load.ts';
export { UPPER_ALPHANUMERIC, randomString } from './runtime/random.ts';
export { SENSITIVE_FIELDS, redact } from './runtime/redact.ts';
export { sign, signBytes, verify, verifyBytes } from './runtime/sign.ts';
export { compareCaseInsensitive, signatureSource } from './runtime/signature-source.ts';
export { lianlianTime, parseLianLianTime } from './runtime/time.ts';
export { canonicalJson, validateParams } from './runtime/validate.ts';
export { createWebCryptoProvider, webCryptoProvider } from './runtime/web-crypto-provider.ts';
export type { CardBinQueryParams, CardBinQueryResponse, CardBindApplyParams, CardBindApplyResponse, CardBindQueryParams, CardBindQueryResponse, CardBindUnbindParams, CardBindUnbindResponse, CardBindVerifyParams, CardBindVerifyResponse, ExchangePaymentApplyParams, ExchangePaymentApplyResponse, ExchangePaymentVerifyParams, ExchangePaymentVerifyResponse, JsonObject, MpayCardBindApplyParams, MpayCardBindApplyResponse, MpayCardBindVerifyParams, MpayCardBindVerifyResponse } from './client.ts';
export type { OperationId } from './operations.ts';
export type { components, paths } from './wire-types.ts';
export type { LianLianConfig, RequestOptions } from './runtime/client-core.ts';
export type { CryptoProvider } from './runtime/crypto-provider.ts';
export type { RsaPrivateKey, RsaPublicKey } from './runtime/keys.ts';
export type { FieldFormat, FieldRule, FieldType, OperationDef, PayloadScheme, ResponseGroup, SignType } from './runtime/operation.ts';
export type { TransportOptions } from './runtime/transport.ts';
export type { WireParams } from './runtime/validate.ts';
