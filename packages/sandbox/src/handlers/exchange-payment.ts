/**
 * Exchange payment (exchange-payment-overview.md): apply creates the order
 * and texts an SMS code; verify checks the code and "charges" the card,
 * answering the amounts in the order, settle and pay (CNY) currencies, and
 * sends the notification (exchange-payment-async-notification.md); the
 * result query answers the order's state.
 */
import { lookupCard } from '../cards.ts';
import { isSupportedCurrency } from '../exchange-rates.ts';
import { maskCard, orderFields } from '../orders.ts';
import { completePayment, openOrder, verifyBlocker } from '../payments.ts';
import { orderQuery } from './order-query.ts';
import type { Handler } from './types.ts';

/**
 * exchangePayment.apply (exchange-payment-apply-api.md). Fails with 1004 for a
 * currency the sandbox has no rate for, 1002 (第三方单号重复) for a no_order
 * the merchant used before, 1100 for an unknown card, 1108 when the user_id
 * belongs to someone else, 3003 for a no_agree the user does not have.
 * Success: `0000` with the order, its oid_paybill and the SMS token.
 */
export const exchangePaymentApply: Handler = (ctx) => {
  const { op, params, state, oidPartner } = ctx;
  const userId = params.user_id ?? '';
  for (const field of ['currency_order', 'currency_settle'] as const)
    if (!isSupportedCurrency(params[field] ?? '')) return { code: '1004', field };
  if (state.order(oidPartner, params.no_order ?? '')) return { code: '1002' };
  const bin = lookupCard(params.card_no ?? '');
  if (!bin) return { code: '1100' };
  const user = state.user(oidPartner, userId);
  const identity = user?.identity;
  if (identity && (identity.acctName !== params.acct_name || (params.id_no !== undefined && identity.idNo !== params.id_no))) return { code: '1108' };
  if (params.no_agree !== undefined && !user?.agreements.some((a) => a.noAgree === params.no_agree)) return { code: '3003' };

  const order = openOrder({ op, oidPartner, channel: 'sms', now: state.now() }, params, {
    bankCode: bin.bankCode,
    bankName: bin.bankName,
    cardMasked: maskCard(params.card_no ?? ''),
    exchange: { currencyOrder: params.currency_order ?? '', currencySettle: params.currency_settle ?? '' },
    ...(params.no_agree !== undefined && { noAgree: params.no_agree }),
  });
  state.addOrder(order);
  const challenge = state.sms.issue('exchange', oidPartner, userId, { noOrder: order.noOrder });
  return { code: '0000', fields: { ...orderFields(order), result_pay: undefined, token: challenge.token } };
};

/**
 * exchangePayment.verify (exchange-payment-verify-api.md): 1000 for a token
 * that is bad or not this user's order, 1900 for a wrong code; then the
 * payment succeeds (`result_pay` SUCCESS, settled today in UTC+8) and the
 * answer carries money_settle and money_pay converted with BigInt cents.
 */
export const exchangePaymentVerify: Handler = (ctx) => {
  const { params, state, oidPartner } = ctx;
  const order = state.order(oidPartner, params.no_order ?? '');
  const blocked = verifyBlocker(order, undefined);
  if (blocked || !order || order.product !== 'exchangePayment') return { code: blocked ?? '1000' };
  const redeemed = state.sms.redeem<{ noOrder: string }>('exchange', oidPartner, params.user_id ?? '', params.token ?? '', params.verify_code ?? '', (d) => d.noOrder === order.noOrder);
  if (!redeemed.ok) return { code: redeemed.code };
  completePayment(order, ctx);
  return { code: '0000', fields: orderFields(order) };
};

/** exchangePayment.query (exchange-payment-result-query.md): exchange orders only; 8901 for an unknown one. */
export const exchangePaymentQuery: Handler = orderQuery(['exchangePayment']);
