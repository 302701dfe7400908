/**
 * Exchange payment (exchange-payment-overview.md): apply creates the order
 * and texts an SMS code; verify checks the code and "charges" the card,
 * answering the amounts in the order, settle and pay (CNY) currencies.
 */
import { lianlianTime } from '@lianlian-sdk/node';
import { lookupCard } from '../cards.ts';
import { CNY_RATES, convertMoney, isSupportedCurrency, PAY_CURRENCY } from '../exchange-rates.ts';
import { randomPaybill } from '../random.ts';
import type { ExchangeOrder } from '../state.ts';
import type { Handler } from './types.ts';

/**
 * exchangePayment.apply (exchange-payment-apply-api.md). Fails with 1004 for a
 * currency the sandbox has no rate for, 1002 (第三方单号重复) for a no_order
 * the merchant used before, 1100 for an unknown card, 1108 when the user_id
 * belongs to someone else, 3003 for a no_agree the user does not have.
 * Success: `0000` with the order, its oid_paybill and the SMS token.
 */
export const exchangePaymentApply: Handler = ({ params, state, oidPartner }) => {
  const userId = params.user_id ?? '';
  const noOrder = params.no_order ?? '';
  for (const field of ['currency_order', 'currency_settle'] as const)
    if (!isSupportedCurrency(params[field] ?? '')) return { code: '1004', field };
  if (state.order(oidPartner, noOrder)) return { code: '1002' };
  if (!lookupCard(params.card_no ?? '')) return { code: '1100' };
  const user = state.user(oidPartner, userId);
  const identity = user?.identity;
  if (identity && (identity.acctName !== params.acct_name || (params.id_no !== undefined && identity.idNo !== params.id_no))) return { code: '1108' };
  if (params.no_agree !== undefined && !user?.agreements.some((a) => a.noAgree === params.no_agree)) return { code: '3003' };

  const order: ExchangeOrder = {
    userId,
    noOrder,
    dtOrder: params.dt_order ?? '',
    oidPaybill: randomPaybill(state.now()),
    moneyOrder: params.money_order ?? '',
    currencyOrder: params.currency_order ?? '',
    currencySettle: params.currency_settle ?? '',
    payType: params.pay_type ?? '',
    ...(params.info_order !== undefined && { infoOrder: params.info_order }),
    ...(params.no_agree !== undefined && { noAgree: params.no_agree }),
    status: 'awaiting-sms',
  };
  state.addOrder(oidPartner, order);
  const challenge = state.sms.issue('exchange', oidPartner, userId, { noOrder });
  return {
    code: '0000',
    fields: {
      no_order: order.noOrder,
      dt_order: order.dtOrder,
      oid_paybill: order.oidPaybill,
      currency_order: order.currencyOrder,
      money_order: order.moneyOrder,
      token: challenge.token,
    },
  };
};

/**
 * exchangePayment.verify (exchange-payment-verify-api.md): 1000 for a token
 * that is bad or not this user's order, 1900 for a wrong code; then the
 * payment succeeds (`result_pay` SUCCESS, settled today in UTC+8) and the
 * answer carries money_settle and money_pay converted with BigInt cents.
 */
export const exchangePaymentVerify: Handler = ({ params, state, oidPartner }) => {
  const userId = params.user_id ?? '';
  const noOrder = params.no_order ?? '';
  const redeemed = state.sms.redeem<{ noOrder: string }>('exchange', oidPartner, userId, params.token ?? '', params.verify_code ?? '', (d) => d.noOrder === noOrder);
  if (!redeemed.ok) return { code: redeemed.code };
  const order = state.order(oidPartner, noOrder);
  if (!order || order.status !== 'awaiting-sms') return { code: '1000' };
  order.status = 'paid';
  return {
    code: '0000',
    fields: {
      no_order: order.noOrder,
      dt_order: order.dtOrder,
      oid_paybill: order.oidPaybill,
      result_pay: 'SUCCESS',
      settle_date: lianlianTime(new Date(state.now())).slice(0, 8),
      info_order: order.infoOrder,
      pay_type: order.payType,
      currency_order: order.currencyOrder,
      money_order: order.moneyOrder,
      currency_settle: order.currencySettle,
      money_settle: convertMoney(order.moneyOrder, order.currencyOrder, order.currencySettle),
      currency_pay: PAY_CURRENCY,
      money_pay: convertMoney(order.moneyOrder, order.currencyOrder, PAY_CURRENCY),
      exchange_rate: CNY_RATES[order.currencyOrder],
      no_agree: order.noAgree,
    },
  };
};
