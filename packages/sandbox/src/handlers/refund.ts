/**
 * Refunds (refund-overview.md): whole or part of a paid order, back to the
 * payer, paid from the merchant's unsettled balance (balance-query-api.md).
 * The sandbox's gateway accepts every refund at once: sta_refund `2`
 * (refund success), settled today, and the notification goes to the
 * refund's notify_url (refund-async-notification.md).
 */
import { centsToMoney, moneyToCents } from '@lianlian-sdk/node';
import { CNY_RATES, convertMoney, PAY_CURRENCY } from '../exchange-rates.ts';
import { cnyCents, refundFields, settleDateOf, type Product, type Refund } from '../orders.ts';
import { randomId } from '../random.ts';
import { findOrder } from './find-order.ts';
import type { Handler } from './types.ts';

/** Orders that took the payer's money; instant payments pay out and are not refundable. */
const REFUNDABLE: readonly Product[] = ['easypay', 'mpay', 'exchangePayment', 'onlineBanking', 'aggregate', 'unified'];

/**
 * refund.apply (refund-apply-api.md): 1004 without no_order or oid_paybill
 * ("Either no_order or oid_paybill is required"), 1002 for a used no_refund,
 * 5002 (原始交易不存在) for no such order, 5008 (原交易未成功) for an order not
 * paid, 5007 (累计退款金额大于原交易金额) when the refunds would exceed what the
 * payer paid in CNY, 5006 when the unsettled balance does not cover it.
 * money_foreign_refund is the amount in the order's currency at the
 * sandbox's fixed rate (exchange-rates.ts); rate 1.0000 for CNY orders.
 */
export const refundApply: Handler = (ctx) => {
  const { params, state, oidPartner } = ctx;
  if (params.no_order === undefined && params.oid_paybill === undefined) return { code: '1004', field: 'no_order' };
  if (state.refund(oidPartner, params.no_refund ?? '')) return { code: '1002' };
  const found = findOrder(ctx, { products: REFUNDABLE, missing: '5002' });
  if ('outcome' in found) return found.outcome;
  const { order } = found;
  if (order.status !== 'SUCCESS' && order.status !== 'REFUND') return { code: '5008' };
  const cents = moneyToCents(params.money_refund ?? '');
  if (order.refundedCents + cents > cnyCents(order)) return { code: '5007' };
  const ledger = state.ledger(oidPartner);
  if (ledger.unsettledCents < cents) return { code: '5006' };

  const currency = order.exchange?.currencyOrder ?? PAY_CURRENCY;
  const refund: Refund = {
    oidPartner,
    noRefund: params.no_refund ?? '',
    dtRefund: params.dt_refund ?? '',
    moneyRefund: centsToMoney(cents),
    moneyForeignRefund: convertMoney(centsToMoney(cents), PAY_CURRENCY, currency),
    rate: CNY_RATES[currency] ?? CNY_RATES[PAY_CURRENCY]!,
    oidRefundno: randomId(16),
    staRefund: '2',
    settleDate: settleDateOf(state.now()),
    notifyUrl: params.notify_url ?? '',
    noOrder: order.noOrder,
  };
  state.addRefund(refund);
  ledger.unsettledCents -= cents;
  order.refundedCents += cents;
  if (order.refundedCents === cnyCents(order)) order.status = 'REFUND';
  ctx.notify({ refund });
  return { code: '0000', fields: refundFields(refund) };
};

/** refund.query (refund-result-query-api.md): the refund with this no_refund and dt_refund; 8901 (没有记录) otherwise. */
export const refundQuery: Handler = ({ params, state, oidPartner }) => {
  const refund = state.refund(oidPartner, params.no_refund ?? '');
  if (!refund || refund.dtRefund !== params.dt_refund) return { code: '8901' };
  return { code: '0000', fields: refundFields(refund) };
};
