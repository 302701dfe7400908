// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { LianLianCore } from './runtime/client-core.ts';
import type { LianLianConfig, RequestOptions } from './runtime/client-core.ts';
import { operations } from './operations.ts';
import { defaultProvider } from './default-provider.ts';
import type { components } from './wire-types.ts';

type Schemas = components['schemas'];
/** Fields the client fills in: merchant id, signature, sign type, fixed versions and the request time. */
type Managed = 'oid_partner' | 'sign' | 'sign_type' | 'api_version' | 'time_stamp' | 'timestamp' | 'version';
/** A JSON-string field (such as `risk_item`) may be given as an object; it is serialized once, with sorted keys, and that exact text is signed. */
export type JsonObject = { readonly [key: string]: string | number | boolean | null | JsonObject | readonly JsonObject[]; };
/** Parameters for {@link CardBinResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api) */
export type CardBinQueryParams = Omit<Schemas['CardBinQueryRequest'], Managed>;
/** Verified answer of {@link CardBinResource.query}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api) */
export type CardBinQueryResponse = Schemas['CardBinQueryResponse'];
/** Parameters for {@link CardBindResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-apply-api) */
export type CardBindApplyParams = Omit<Schemas['CardBindApplyRequest'], Managed | 'risk_item'> & { risk_item: string | JsonObject; };
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
/** Parameters for {@link ExchangePaymentResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api) */
export type ExchangePaymentApplyParams = Omit<Schemas['ExchangePaymentApplyRequest'], Managed | 'risk_item'> & { risk_item: string | JsonObject; };
/** Verified answer of {@link ExchangePaymentResource.apply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api) */
export type ExchangePaymentApplyResponse = Schemas['ExchangePaymentApplyResponse'];
/** Parameters for {@link ExchangePaymentResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api) */
export type ExchangePaymentVerifyParams = Omit<Schemas['ExchangePaymentVerifyRequest'], Managed>;
/** Verified answer of {@link ExchangePaymentResource.verify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api) */
export type ExchangePaymentVerifyResponse = Schemas['ExchangePaymentVerifyResponse'];
/** Parameters for {@link MpayResource.cardBindApply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-apply) */
export type MpayCardBindApplyParams = Omit<Schemas['MpayCardBindApplyRequest'], Managed | 'risk_item'> & { risk_item: string | JsonObject; };
/** Verified answer of {@link MpayResource.cardBindApply}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-apply) */
export type MpayCardBindApplyResponse = Schemas['MpayCardBindApplyResponse'];
/** Parameters for {@link MpayResource.cardBindVerify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-verify) */
export type MpayCardBindVerifyParams = Omit<Schemas['MpayCardBindVerifyRequest'], Managed>;
/** Verified answer of {@link MpayResource.cardBindVerify}. [Doc page](https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-verify) */
export type MpayCardBindVerifyResponse = Schemas['MpayCardBindVerifyResponse'];

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
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-verify-api
   */
  public verify(params: CardBindVerifyParams, options?: RequestOptions): Promise<CardBindVerifyResponse> {
    return this.#core.request(operations['cardBind.verify'], params, options);
  }

  /**
   * Removes one of a user's card bindings, identified by its no_agree.
   *
   * `POST https://traderapi.lianlianpay.com/bankcardunbind.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-unbind-api
   */
  public unbind(params: CardBindUnbindParams, options?: RequestOptions): Promise<CardBindUnbindResponse> {
    return this.#core.request(operations['cardBind.unbind'], params, options);
  }

  /**
   * Lists the cards bound to a user, newest first, optionally filtered.
   *
   * `POST https://queryapi.lianlianpay.com/bankcardbindlist.htm`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/card-bind-query-api
   */
  public query(params: CardBindQueryParams, options?: RequestOptions): Promise<CardBindQueryResponse> {
    return this.#core.request(operations['cardBind.query'], params, options);
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
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-apply-api
   */
  public apply(params: ExchangePaymentApplyParams, options?: RequestOptions): Promise<ExchangePaymentApplyResponse> {
    return this.#core.request(operations['exchangePayment.apply'], params, options);
  }

  /**
   * Confirms an exchange payment with the payer's SMS code so LianLian charges the card.
   *
   * `POST https://fe-pay.lianlianpay.com/exchange/v1/bankcardpayverify`. Succeeds on ret_code `0000`; any other code throws {@link LianLianError}.
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/exchange-payment-verify-api
   */
  public verify(params: ExchangePaymentVerifyParams, options?: RequestOptions): Promise<ExchangePaymentVerifyResponse> {
    return this.#core.request(operations['exchangePayment.verify'], params, options);
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
   *
   * @see https://lianlianpay.gitbook.io/docs/docs/MPAY-card-bind-verify
   */
  public cardBindVerify(params: MpayCardBindVerifyParams, options?: RequestOptions): Promise<MpayCardBindVerifyResponse> {
    return this.#core.request(operations['mpay.cardBindVerify'], params, options);
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
  /** Card Bin Query. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bin-query-api) */
  readonly cardBin: CardBinResource;
  /** Card Bind. [Doc page](https://lianlianpay.gitbook.io/docs/docs/card-bind-overview) */
  readonly cardBind: CardBindResource;
  /** Exchange Payment. [Doc page](https://lianlianpay.gitbook.io/docs/docs/exchange-payment-overview) */
  readonly exchangePayment: ExchangePaymentResource;
  /** MPAY Payment API. [Doc page](https://lianlianpay.gitbook.io/docs/docs/mpay-direct) */
  readonly mpay: MpayResource;

  constructor(config: LianLianConfig) {
    const core = new LianLianCore(config, defaultProvider);
    this.cardBin = new CardBinResource(core);
    this.cardBind = new CardBindResource(core);
    this.exchangePayment = new ExchangePaymentResource(core);
    this.mpay = new MpayResource(core);
  }
}
