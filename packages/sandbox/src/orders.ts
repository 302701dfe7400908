/**
 * Payment orders and refunds as the sandbox keeps them, and their "wire
 * view": every field LianLian might answer about them under its wire name.
 * Answers and notifications take that view and keep only the fields the
 * spec lists for the operation (answer.ts, notify/body.ts), so one view
 * serves every query, verify and notification of every product.
 *
 * Nothing personal is kept: no holder name, ID or phone, and a card only as
 * its masked form (`622202*********0128`, the `card_no` shape of
 * easypay_payment_result_query.md). The one exception is an instant
 * payment's payee card number, kept in the state to spot a second transfer to
 * the same account (4002) and never answered or logged. Orders and refunds
 * are plain data (JSON and BigInt), so the store (store.ts) keeps them as they are.
 */
import { lianlianTime, moneyToCents } from '@lianlian-sdk/node';
import type { PayStatus } from './admin-types.ts';
import { CNY_RATES, convertMoney, PAY_CURRENCY } from './exchange-rates.ts';

/** The product that created an order: the prefix of its operation ids. */
export type Product = 'easypay' | 'mpay' | 'exchangePayment' | 'instantPayment' | 'onlineBanking' | 'aggregate' | 'unified';

export type { PayStatus } from './admin-types.ts';

/** How the payer completes a WAITING order. */
export type PayChannel = 'sms' | 'page' | 'transfer';

/** Pre-authorisation (Easy Payment pay_type F) states: held by verify/pay, then captured or cancelled. */
export type PreauthState = 'held' | 'captured' | 'cancelled';

/** The foreign-currency side of an exchange payment (exchange-payment-apply-api.md). */
export interface ExchangeDetails {
  readonly currencyOrder: string;
  readonly currencySettle: string;
}

/** An instant payment's payee and confirm step (instant-payment-apply-API.md). */
export interface InstantDetails {
  /** Full payee account number (test data): kept to spot a repeat transfer (4002); never answered or logged. */
  readonly cardNo: string;
  /** Set while the order waits for instant-payment-confirm-API.md (ret_code 4002/4003/4004). */
  confirmCode?: string;
}

/** A notification ready to (re)send: built and signed once, so a re-send is a true duplicate. */
export interface PreparedNotification {
  readonly opId: string;
  readonly url: string;
  readonly body: string;
  /** Which order or refund it is about, for the delivery log. */
  readonly ref: { readonly oid_partner: string; readonly no_order?: string; readonly no_refund?: string };
}

/** One merchant order, keyed by oid_partner + no_order. */
export interface PaymentOrder {
  readonly product: Product;
  /** Operation that created it, e.g. `easypay.webPayment`. */
  readonly createdBy: string;
  readonly channel: PayChannel;
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly dtOrder: string;
  readonly oidPaybill: string;
  readonly moneyOrder: string;
  readonly createdAt: number;
  readonly userId?: string;
  readonly nameGoods?: string;
  readonly infoOrder?: string;
  readonly payType?: string;
  readonly bankCode?: string;
  readonly bankName?: string;
  readonly noAgree?: string;
  /** Masked card number (first 6, stars, last 4). */
  readonly cardMasked?: string;
  notifyUrl?: string;
  readonly urlReturn?: string;
  /** Unified payments: the token of the payment page (`gateway_url`). */
  readonly pageToken?: string;
  readonly exchange?: ExchangeDetails;
  readonly instant?: InstantDetails;
  status: PayStatus;
  settleDate?: string;
  preauth?: PreauthState;
  /** Captured amount of a pre-authorisation, which may be less than the hold. */
  moneyCaptured?: string;
  /** Refunded so far, in CNY cents. */
  refundedCents: bigint;
}

/** A refund (refund-apply-api.md), keyed by oid_partner + no_refund. */
export interface Refund {
  readonly oidPartner: string;
  readonly noRefund: string;
  readonly dtRefund: string;
  readonly moneyRefund: string;
  readonly moneyForeignRefund: string;
  readonly rate: string;
  readonly oidRefundno: string;
  readonly staRefund: '0' | '1' | '2' | '3';
  readonly settleDate: string;
  readonly notifyUrl: string;
  readonly noOrder: string;
}

/** The sandbox's fixed exchange bank (refund answers' `exchange_bankcode`; 中国银行, as in refund-apply-api.md's sample). */
export const EXCHANGE_BANKCODE = '01040000';
/** The id of the sandbox's one rate table (`rate_id`). */
export const RATE_ID = '1';

/** `6222021234567890128` → `622202*********0128`. */
export function maskCard(cardNo: string): string {
  return cardNo.length <= 10 ? '*'.repeat(cardNo.length) : cardNo.slice(0, 6) + '*'.repeat(cardNo.length - 10) + cardNo.slice(-4);
}

/** `yyyyMMdd` of `now` in UTC+8: LianLian's settle dates. */
export function settleDateOf(now: number): string {
  return lianlianTime(new Date(now)).slice(0, 8);
}

/** What the payer paid in CNY: money_pay for an exchange payment, else money_order (captured amount for a pre-authorisation). */
export function cnyCents(order: PaymentOrder): bigint {
  const money = order.moneyCaptured ?? order.moneyOrder;
  return order.exchange ? moneyToCents(convertMoney(money, order.exchange.currencyOrder, PAY_CURRENCY)) : moneyToCents(money);
}

/**
 * Everything LianLian may say about an order, by wire name. Callers keep the
 * fields their operation lists; values absent here are simply not answered.
 */
export function orderFields(order: PaymentOrder): Record<string, string | undefined> {
  const paid = order.status === 'SUCCESS' || order.status === 'REFUND';
  const fields: Record<string, string | undefined> = {
    oid_partner: order.oidPartner,
    no_order: order.noOrder,
    dt_order: order.dtOrder,
    oid_paybill: order.oidPaybill,
    money_order: order.moneyCaptured ?? order.moneyOrder,
    user_id: order.userId,
    name_goods: order.nameGoods,
    info_order: order.infoOrder,
    pay_type: order.payType,
    bank_code: order.bankCode,
    bank_name: order.bankName,
    no_agree: order.noAgree,
    card_no: order.cardMasked,
    result_pay: order.status,
    settle_date: paid ? order.settleDate : undefined,
    currency_order: order.exchange?.currencyOrder ?? PAY_CURRENCY,
  };
  if (order.exchange) {
    const { currencyOrder, currencySettle } = order.exchange;
    Object.assign(fields, {
      currency_settle: currencySettle,
      money_settle: convertMoney(order.moneyOrder, currencyOrder, currencySettle),
      currency_pay: PAY_CURRENCY,
      money_pay: convertMoney(order.moneyOrder, currencyOrder, PAY_CURRENCY),
      exchange_rate: CNY_RATES[currencyOrder],
    });
  }
  return fields;
}

/** Everything LianLian says about a refund, by wire name (refund-result-query-api.md). */
export function refundFields(refund: Refund): Record<string, string> {
  return {
    oid_partner: refund.oidPartner,
    no_refund: refund.noRefund,
    dt_refund: refund.dtRefund,
    money_refund: refund.moneyRefund,
    money_foreign_refund: refund.moneyForeignRefund,
    rate_id: RATE_ID,
    rate: refund.rate,
    exchange_bankcode: EXCHANGE_BANKCODE,
    oid_refundno: refund.oidRefundno,
    sta_refund: refund.staRefund,
    settle_date: refund.settleDate,
  };
}
