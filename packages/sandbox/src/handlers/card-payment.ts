/**
 * Direct card payments with an SMS step, as Easy Payment
 * (easypay-apply-direct-API.md, easypay-verify-direct-api.md) and MPAY
 * (MPAY-apply-direct-API.md, MPAY-verify-direct-api.md) run them: apply
 * creates the order and texts a code, verify quotes the token and the code
 * and pays. Both pay with a card number or with a bound card (`no_agree`
 * from card-bind.ts) and share the card-bind state's users.
 */
import type { Outcome } from '../answer.ts';
import { lookupCard, type CardBin, type CardType } from '../cards.ts';
import { maskCard, orderFields } from '../orders.ts';
import { completePayment, holdPreauth, isPreauth, openOrder, verifyBlocker } from '../payments.ts';
import type { HandlerContext } from './types.ts';

/**
 * The card type a pay_type demands: Easy Payment `M` is "Easy payment -
 * Debit card" (easypay-apply-direct-API.md); MPAY `2` / `3` are debit /
 * credit (MPAY-apply-direct-API.md). `F` (pre-authorisation) and `P` take any card.
 */
const PAY_TYPE_CARD: Readonly<Record<string, CardType>> = { M: '2', '2': '2', '3': '3' };

/**
 * Apply: 1004 for a conditional field missing without no_agree ("id_no,
 * bind_mob, id_type, card_no are required if no_agree is NOT present"),
 * 1002 for a used no_order, 3003 for an unknown no_agree, 1100 for an
 * unknown card, 5601 for a pay_type the card cannot take, 1108 when the
 * holder is not the user's. Else a WAITING order and an SMS token.
 * @param successCode - `0000` for Easy Payment, `8888` (短信已下发，需要再次验证) for MPAY
 */
export function applyCardPayment(ctx: HandlerContext, successCode: '0000' | '8888'): Outcome {
  const { op, params, state, oidPartner } = ctx;
  const userId = params.user_id ?? '';
  if (params.no_agree === undefined)
    for (const rule of op.request) if (rule.presence === 'conditional' && params[rule.name] === undefined) return { code: '1004', field: rule.name };
  if (state.order(oidPartner, params.no_order ?? '')) return { code: '1002' };

  const user = state.user(oidPartner, userId);
  let card: { readonly cardNo: string; readonly bin: CardBin };
  if (params.no_agree !== undefined) {
    const agreement = user?.agreements.find((a) => a.noAgree === params.no_agree);
    if (!agreement) return { code: '3003' };
    card = agreement;
  } else {
    const bin = lookupCard(params.card_no ?? '');
    if (!bin) return { code: '1100' };
    card = { cardNo: params.card_no ?? '', bin };
  }
  const demanded = PAY_TYPE_CARD[params.pay_type ?? ''];
  if (demanded !== undefined && demanded !== card.bin.cardType) return { code: '5601' };
  const identity = user?.identity;
  if (identity && (identity.acctName !== params.acct_name || (params.id_no !== undefined && identity.idNo !== params.id_no))) return { code: '1108' };

  const order = openOrder({ op, oidPartner, channel: 'sms', now: state.now() }, params, {
    bankCode: params.bank_code ?? card.bin.bankCode,
    bankName: card.bin.bankName,
    cardMasked: maskCard(card.cardNo),
    ...(params.no_agree !== undefined && { noAgree: params.no_agree }),
  });
  state.addOrder(order);
  const challenge = state.sms.issue('payment', oidPartner, userId, { noOrder: order.noOrder });
  // Not paid yet: no result_pay (the pages return it only with "No SMS Verification Flow").
  return { code: successCode, fields: { ...orderFields(order), result_pay: undefined, token: challenge.token } };
}

/**
 * Verify: 1000 when no order of this product waits for this token, 7017
 * (金额不正确) when money_order differs from the order's, then the token and
 * code (1000 / 1900, sms.ts). Pays the order, or holds it for a pre-authorisation.
 */
export function verifyCardPayment(ctx: HandlerContext): Outcome {
  const { op, params, state, oidPartner } = ctx;
  const order = state.order(oidPartner, params.no_order ?? '');
  const blocked = verifyBlocker(order, params.money_order);
  if (blocked || !order) return { code: blocked ?? '1000' };
  if (order.product !== op.id.split('.')[0]) return { code: '1000' };
  const redeemed = state.sms.redeem<{ noOrder: string }>('payment', oidPartner, order.userId ?? '', params.token ?? '', params.verify_code ?? '', (d) => d.noOrder === order.noOrder);
  if (!redeemed.ok) return { code: redeemed.code };
  if (isPreauth(order)) holdPreauth(order);
  else completePayment(order, ctx);
  return { code: '0000', fields: { ...orderFields(order), token: params.token } };
}
