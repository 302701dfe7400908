/**
 * Easy Payment pre-authorisation (pay_type F): verify or the payment page
 * holds the money; capture (easypay-Pre-authorized-complete-API.md) pays up
 * to the held amount and sends the notification; cancel
 * (easypay-preauth-cancel.md) releases the hold; the status query
 * (easypay-Pre-authorized-status-query-API.md) answers the state.
 *
 * That page gives the states as ret_codes (PR07…PR16) and the sample answers
 * 0000; the spec takes 0000 as success (erratum easypay-preauth-query-ret-codes).
 * The sandbox answers 0000 for a hold (PR07, "Pre-authorized application is
 * successful"), PR08 before the SMS verify, PR11 once captured and PR14 once
 * cancelled; the client surfaces those as LianLianError with that code.
 */
import type { Outcome } from '../answer.ts';
import { orderFields, type PaymentOrder } from '../orders.ts';
import { completePayment, isPreauth } from '../payments.ts';
import { moneyToCents } from '@lianlian-sdk/node';
import { findOrder } from './find-order.ts';
import type { Handler, HandlerContext } from './types.ts';

/**
 * The held pre-authorisation the call names: 5002 (原始交易不存在) for no such
 * order, 8114 (扣款方式不符) for an order that is not pay_type F, 5008
 * (原交易未成功) before the hold, 2007 once captured, 2006 once cancelled.
 */
function heldOrder(ctx: HandlerContext): { readonly order: PaymentOrder } | { readonly outcome: Outcome } {
  const found = findOrder(ctx, { products: ['easypay'], missing: '5002' });
  if ('outcome' in found) return found;
  const { order } = found;
  if (!isPreauth(order)) return { outcome: { code: '8114' } };
  if (order.preauth === undefined) return { outcome: { code: '5008' } };
  if (order.preauth === 'captured') return { outcome: { code: '2007' } };
  if (order.preauth === 'cancelled') return { outcome: { code: '2006' } };
  return found;
}

/** easypay.preauthCapture: captures money_order (at most the hold, else 7017), pays the order and notifies. */
export const preauthCapture: Handler = (ctx) => {
  const held = heldOrder(ctx);
  if ('outcome' in held) return held.outcome;
  const { order } = held;
  const amount = ctx.params.money_order ?? '';
  if (moneyToCents(amount) > moneyToCents(order.moneyOrder)) return { code: '7017' };
  order.preauth = 'captured';
  order.moneyCaptured = amount;
  completePayment(order, ctx);
  return { code: '0000', fields: orderFields(order) };
};

/** easypay.preauthCancel: releases the hold (money_order must be the held amount, else 7017); result_pay FAILURE. */
export const preauthCancel: Handler = (ctx) => {
  const held = heldOrder(ctx);
  if ('outcome' in held) return held.outcome;
  const { order } = held;
  if (ctx.params.money_order !== order.moneyOrder) return { code: '7017' };
  order.preauth = 'cancelled';
  order.status = 'FAILURE';
  return { code: '0000', fields: orderFields(order) };
};

/** easypay.preauthQuery: 0000 while held, else PR08 / PR11 / PR14 as above; 8901 for no such order. */
export const preauthQuery: Handler = (ctx) => {
  const found = findOrder(ctx, { products: ['easypay'], missing: '8901' });
  if ('outcome' in found) return found.outcome;
  const { order } = found;
  if (!isPreauth(order)) return { code: '8114' };
  switch (order.preauth) {
    case undefined:
      return { code: 'PR08' };
    case 'captured':
      return { code: 'PR11' };
    case 'cancelled':
      return { code: 'PR14' };
    default:
      return { code: '0000', fields: orderFields(order) };
  }
};
