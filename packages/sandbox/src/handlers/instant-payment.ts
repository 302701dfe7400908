/**
 * Instant payment (instant-payment.md): transfers from the merchant's
 * balance to a bank account. The apply pays at once (0000), unless the
 * transfer looks like a duplicate (4002: the same account was paid within
 * 24h), the payee name does not match the card (4003: the card is bound in
 * the sandbox under another name), or both (4004); then it waits (CHECK)
 * for the confirm call with the confirm_code, "within 24h", else it is
 * CLOSED. The balance query answers the merchant's two balances.
 */
import { centsToMoney, moneyToCents } from '@lianlian-sdk/node';
import { lookupCard, type CardBin } from '../cards.ts';
import { maskCard, orderFields, type PaymentOrder } from '../orders.ts';
import { completeTransfer, CONFIRM_WINDOW_MS, openOrder, refreshStatus } from '../payments.ts';
import { randomDigits } from '../random.ts';
import { orderQuery } from './order-query.ts';
import type { Handler } from './types.ts';

/** flag_card `1`: a business settlement account (erratum instant-apply-flag-card-values), which needs bank_code. */
const BUSINESS_ACCOUNT = '1';

/**
 * instantPayment.apply (instant-payment-apply-API.md): 1004 for a business
 * account without bank_code ("Required for business bank settlement
 * accounts"), 1002 for a used no_order, 1100 for an unknown personal card,
 * 5502 (信用卡不支持提现) for a credit card, 5006 (商户账户余额不足) when the
 * balance does not cover the amount; then 0000 (paid) or 4002/4003/4004
 * with a confirm_code.
 */
export const instantPaymentApply: Handler = (ctx) => {
  const { op, params, state, oidPartner } = ctx;
  const cardNo = params.card_no ?? '';
  const business = params.flag_card === BUSINESS_ACCOUNT;
  if (business && params.bank_code === undefined) return { code: '1004', field: 'bank_code' };
  if (state.order(oidPartner, params.no_order ?? '')) return { code: '1002' };
  let bin: CardBin | undefined;
  if (!business) {
    bin = lookupCard(cardNo);
    if (!bin) return { code: '1100' };
    if (bin.cardType === '3') return { code: '5502' };
  }
  if (state.ledger(oidPartner).balanceCents < moneyToCents(params.money_order ?? '')) return { code: '5006' };

  const now = state.now();
  const duplicate = [...state.orders(oidPartner)].some((o) => o.instant?.cardNo === cardNo && now - o.createdAt <= CONFIRM_WINDOW_MS && isLive(o, now));
  const holder = state.holderName(oidPartner, cardNo);
  const nameMismatch = holder !== undefined && holder !== params.acct_name;
  const order = openOrder({ op, oidPartner, channel: 'transfer', now }, params, {
    cardMasked: maskCard(cardNo),
    instant: { cardNo },
    ...(bin && { bankCode: params.bank_code ?? bin.bankCode, bankName: bin.bankName }),
  });
  state.addOrder(order);
  if (duplicate || nameMismatch) {
    const confirmCode = randomDigits(6);
    order.status = 'CHECK';
    order.instant!.confirmCode = confirmCode;
    return { code: duplicate && nameMismatch ? '4004' : duplicate ? '4002' : '4003', fields: { no_order: order.noOrder, confirm_code: confirmCode } };
  }
  completeTransfer(order, ctx);
  return { code: '0000', fields: orderFields(order) };
};

/** A transfer that counts towards "suspected duplicate": not closed or failed. */
function isLive(order: PaymentOrder, now: number): boolean {
  refreshStatus(order, now);
  return order.status !== 'CLOSED' && order.status !== 'FAILURE';
}

/**
 * instantPayment.confirm (instant-payment-confirm-API.md): 4001
 * (该订单不存在或非复核状态) unless the order waits for confirmation with this
 * confirm_code; 5006 when the balance no longer covers it. Pays, notifying the
 * confirm call's notify_url.
 */
export const instantPaymentConfirm: Handler = (ctx) => {
  const { params, state, oidPartner } = ctx;
  const order = state.order(oidPartner, params.no_order ?? '');
  if (order) refreshStatus(order, state.now());
  if (!order || order.status !== 'CHECK' || order.instant?.confirmCode === undefined || order.instant.confirmCode !== params.confirm_code)
    return { code: '4001' };
  if (state.ledger(oidPartner).balanceCents < moneyToCents(order.moneyOrder)) return { code: '5006' };
  delete order.instant.confirmCode;
  if (params.notify_url !== undefined) order.notifyUrl = params.notify_url;
  completeTransfer(order, ctx);
  return { code: '0000', fields: orderFields(order) };
};

/** instantPayment.query (instant-payment-result-query.md): result_pay CHECK, SUCCESS or CLOSED. */
export const instantPaymentQuery: Handler = orderQuery(['instantPayment']);

/** instantPayment.balance (balance-query-api.md): amt_balance pays transfers, amt_unsettle pays refunds. */
export const instantPaymentBalance: Handler = ({ state, oidPartner }) => {
  const ledger = state.ledger(oidPartner);
  return { code: '0000', fields: { amt_balance: centsToMoney(ledger.balanceCents), amt_unsettle: centsToMoney(ledger.unsettledCents) } };
};
