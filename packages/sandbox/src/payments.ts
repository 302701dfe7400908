/**
 * The life of a payment order, shared by every product: opened from a
 * request (apply API or payment page), then paid by SMS verify, by the payer
 * on a page, or at once for an instant payment. Paying credits the
 * merchant's unsettled balance and queues the async notification
 * (async-notification-concept.md); pre-authorisations (Easy Payment
 * pay_type F, easypay-Pre-authorized-complete-API.md) only hold the money
 * until a capture pays them.
 */
import type { OperationDef } from '@lianlian-sdk/node';
import type { SettleContext } from './handlers/types.ts';
import { cnyCents, settleDateOf, type PayChannel, type PaymentOrder, type Product } from './orders.ts';
import { randomPaybill } from './random.ts';
import type { RetCode } from './ret-codes.ts';

/** What {@link openOrder} takes beyond the request fields. */
export interface OrderOrigin {
  readonly op: OperationDef;
  readonly oidPartner: string;
  readonly channel: PayChannel;
  readonly now: number;
}

/**
 * A new WAITING order from a request's fields. Every product names the
 * order fields alike (no_order, dt_order, money_order, name_goods, …), so one
 * reader serves them all; `extra` holds what only the caller knows (the
 * card's bank, a default pay_type, a page token).
 */
export function openOrder(origin: OrderOrigin, params: Readonly<Record<string, string>>, extra: Partial<PaymentOrder> = {}): PaymentOrder {
  const { op, oidPartner, channel, now } = origin;
  return {
    product: op.id.split('.')[0] as Product,
    createdBy: op.id,
    channel,
    oidPartner,
    noOrder: params.no_order ?? '',
    dtOrder: params.dt_order ?? '',
    oidPaybill: randomPaybill(now),
    moneyOrder: params.money_order ?? '',
    createdAt: now,
    status: 'WAITING',
    refundedCents: 0n,
    ...(params.user_id !== undefined && { userId: params.user_id }),
    ...(params.name_goods !== undefined && { nameGoods: params.name_goods }),
    ...(params.info_order !== undefined && { infoOrder: params.info_order }),
    ...(params.pay_type !== undefined && { payType: params.pay_type }),
    ...(params.bank_code !== undefined && { bankCode: params.bank_code }),
    ...(params.notify_url !== undefined && { notifyUrl: params.notify_url }),
    ...(params.url_return !== undefined && { urlReturn: params.url_return }),
    ...extra,
  };
}

/** Easy Payment pay_type F: the verify or the page only holds the money (easypay.md, "F, Easy payment - pre authorization"). */
export function isPreauth(order: PaymentOrder): boolean {
  return order.product === 'easypay' && order.payType === 'F';
}

/** Holds a pre-authorisation: result_pay PROCESSING until captured or cancelled. */
export function holdPreauth(order: PaymentOrder): void {
  order.preauth = 'held';
  order.status = 'PROCESSING';
}

/**
 * Pays an order: SUCCESS settled today (UTC+8), the CNY amount credited to
 * the merchant's unsettled balance, and the async notification queued.
 */
export function completePayment(order: PaymentOrder, ctx: SettleContext): void {
  order.status = 'SUCCESS';
  order.settleDate = settleDateOf(ctx.state.now());
  ctx.state.ledger(order.oidPartner).unsettledCents += cnyCents(order);
  ctx.notify({ order });
}

/**
 * The payer pays on a page (redirect page, unified checkout, or the admin
 * `POST /_sandbox/pay`); the caller has checked its channel is `page` (an
 * SMS order is paid by its verify API). Answers `0000`, or `2007` (交易已支付成功) for an
 * order already paid or held, `2006` (交易已过期) for one that can no longer be.
 */
export function payOnPage(order: PaymentOrder, ctx: SettleContext): '0000' | '2006' | '2007' {
  if (order.status === 'SUCCESS' || order.status === 'REFUND' || order.preauth !== undefined) return '2007';
  if (order.status !== 'WAITING') return '2006';
  if (isPreauth(order)) holdPreauth(order);
  else completePayment(order, ctx);
  return '0000';
}

/** How long an instant payment waits for its confirm call: "within 24h" (instant-payment.md); then CLOSED. */
export const CONFIRM_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Applies the passing of time: an instant payment left unconfirmed for 24 hours is CLOSED (instant-payment-result-query.md). */
export function refreshStatus(order: PaymentOrder, now: number): void {
  if (order.status === 'CHECK' && now - order.createdAt > CONFIRM_WINDOW_MS) {
    order.status = 'CLOSED';
    if (order.instant) delete order.instant.confirmCode;
  }
}

/**
 * Pays out an instant payment: debited from the merchant's balance (the
 * caller has checked it covers the amount, else 5006), SUCCESS settled today,
 * and the notification queued (instant-payment-notification.md).
 */
export function completeTransfer(order: PaymentOrder, ctx: SettleContext): void {
  ctx.state.ledger(order.oidPartner).balanceCents -= cnyCents(order);
  order.status = 'SUCCESS';
  order.settleDate = settleDateOf(ctx.state.now());
  ctx.notify({ order });
}

/** Why an SMS-verified payment cannot go ahead, or `undefined` when it can. */
export function verifyBlocker(order: PaymentOrder | undefined, moneyOrder: string | undefined): RetCode | undefined {
  // Without an order waiting for it, the token cannot be valid for it (return-codes.md 1000).
  if (!order || order.channel !== 'sms' || order.status !== 'WAITING') return '1000';
  if (moneyOrder !== undefined && moneyOrder !== order.moneyOrder) return '7017';
  return undefined;
}
