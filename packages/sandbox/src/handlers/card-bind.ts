/**
 * Card binding (card-bind-overview.md): apply texts an SMS code and returns a
 * token; verify checks the code and creates the agreement (`no_agree`);
 * unbind removes one; query lists them. MPAY's card bind (mpay.ts) shares
 * this logic and this state: a card bound through either shows up in both.
 */
import { last4, lookupCard, maskMobile, type CardBin } from '../cards.ts';
import type { Outcome } from '../answer.ts';
import { randomId, randomPaybill } from '../random.ts';
import type { Agreement, CardUser } from '../state.ts';
import type { Handler, HandlerContext } from './types.ts';

/** Agreements per page of cardBind.query; `offset` is the page number (card-bind-query-api.md: "Possible value: 0, 1, 2, 3, ..."). */
export const QUERY_PAGE_SIZE = 10;

/** What verify needs from apply. */
interface BindData {
  readonly cardNo: string;
  readonly bin: CardBin;
  readonly idNo: string;
  readonly acctName: string;
  readonly bindMob: string;
  readonly noOrder?: string;
  readonly dtOrder?: string;
}

/**
 * Shared apply step. Fails with 1100 (unknown card), 5601 (MPAY pay_type
 * 2/3 not matching a debit/credit card), 1108 (the user_id already belongs to
 * someone else) or 3009 (card already bound to this user); else issues a token.
 * @param successCode - `0000` for cardBind.apply, `8888` ("SMS sent, verify next") for mpay.cardBindApply
 */
export function applyBind(ctx: HandlerContext, successCode: '0000' | '8888'): Outcome {
  const { params, state, oidPartner } = ctx;
  const userId = params.user_id ?? '';
  const cardNo = params.card_no ?? '';
  const bin = lookupCard(cardNo);
  if (!bin) return { code: '1100' };
  // MPAY pay_type: 2 = debit card, 3 = credit card (MPAY-card-bind-apply.md).
  if (successCode === '8888' && (params.pay_type === '2' || params.pay_type === '3') && params.pay_type !== bin.cardType) return { code: '5601' };
  const data: BindData = {
    cardNo,
    bin,
    idNo: params.id_no ?? '',
    acctName: params.acct_name ?? '',
    bindMob: params.bind_mob ?? '',
    ...(params.no_order !== undefined && { noOrder: params.no_order }),
    ...(params.dt_order !== undefined && { dtOrder: params.dt_order }),
  };
  const user = state.user(oidPartner, userId);
  const conflict = user && bindConflict(user, data);
  if (conflict) return { code: conflict };
  const challenge = state.sms.issue('cardBind', oidPartner, userId, data);
  return {
    code: successCode,
    fields: { user_id: userId, token: challenge.token, no_order: data.noOrder, dt_order: data.dtOrder },
  };
}

/**
 * Shared verify step: 1000 for a bad token, 1900 for a wrong code; then the
 * apply checks again (the user may have bound the card meanwhile), and the
 * agreement is created. Answers the card's last four digits and the new no_agree.
 */
export function verifyBind(ctx: HandlerContext): Outcome {
  const { params, state, oidPartner } = ctx;
  const userId = params.user_id ?? '';
  const redeemed = state.sms.redeem<BindData>('cardBind', oidPartner, userId, params.token ?? '', params.verify_code ?? '');
  if (!redeemed.ok) return { code: redeemed.code };
  const data = redeemed.challenge.data;
  const user = state.userOrNew(oidPartner, userId);
  const conflict = bindConflict(user, data);
  if (conflict) return { code: conflict };
  user.identity ??= { idNo: data.idNo, acctName: data.acctName };
  const agreement: Agreement = { noAgree: newNoAgree(user), cardNo: data.cardNo, bin: data.bin, bindMob: data.bindMob };
  user.agreements.push(agreement);
  return {
    code: '0000',
    fields: { user_id: userId, card_no: last4(data.cardNo), no_agree: agreement.noAgree, no_order: params.no_order ?? data.noOrder },
  };
}

/** 1108 when the user is someone else; 3009 (重复签约) when this card is already bound to them. */
function bindConflict(user: CardUser, data: BindData): '1108' | '3009' | undefined {
  if (user.identity && (user.identity.idNo !== data.idNo || user.identity.acctName !== data.acctName)) return '1108';
  if (user.agreements.some((a) => a.cardNo === data.cardNo)) return '3009';
  return undefined;
}

/** 16 random digits (no_agree is String(16), card-bind-verify-api.md), unique within the user. */
function newNoAgree(user: CardUser): string {
  let id = randomId(16);
  while (user.agreements.some((a) => a.noAgree === id)) id = randomId(16);
  return id;
}

/** cardBind.apply (card-bind-apply-api.md): `0000` with user_id and token. */
export const cardBindApply: Handler = (ctx) => applyBind(ctx, '0000');

/** cardBind.verify (card-bind-verify-api.md). */
export const cardBindVerify: Handler = verifyBind;

/** cardBind.unbind (card-bind-unbind-api.md): 3003 (签约信息不存在) when the user has no such no_agree. */
export const cardBindUnbind: Handler = ({ params, state, oidPartner }) => {
  const user = state.user(oidPartner, params.user_id ?? '');
  const index = user ? user.agreements.findIndex((a) => a.noAgree === params.no_agree) : -1;
  if (!user || index < 0) return { code: '3003' };
  user.agreements.splice(index, 1);
  return { code: '0000' };
};

/**
 * cardBind.query (card-bind-query-api.md): the user's agreements newest
 * first, filtered by no_agree / card_no / pay_type (2 debit, 3 credit) and
 * paged by `offset`. 3007 when the user has no agreements at all.
 */
export const cardBindQuery: Handler = ({ params, state, oidPartner }) => {
  if (!/^\d+$/.test(params.offset ?? '')) return { code: '1004', field: 'offset' };
  const userId = params.user_id ?? '';
  const user = state.user(oidPartner, userId);
  if (!user || user.agreements.length === 0) return { code: '3007' };
  const page = Number(params.offset);
  const cardType = params.pay_type === '2' || params.pay_type === '3' ? params.pay_type : undefined;
  const matching = [...user.agreements]
    .reverse()
    .filter((a) => params.no_agree === undefined || a.noAgree === params.no_agree)
    .filter((a) => params.card_no === undefined || a.cardNo === params.card_no)
    .filter((a) => cardType === undefined || a.bin.cardType === cardType);
  const list = matching.slice(page * QUERY_PAGE_SIZE, (page + 1) * QUERY_PAGE_SIZE).map((a) => ({
    no_agree: a.noAgree,
    card_no: last4(a.cardNo),
    bank_code: a.bin.bankCode,
    bank_name: a.bin.bankName,
    card_type: a.bin.cardType,
    bind_mobile: maskMobile(a.bindMob),
  }));
  return {
    code: '0000',
    fields: {
      user_id: userId,
      oid_paybill: randomPaybill(state.now()),
      count: String(matching.length),
      agreement_list: list.length > 0 ? list : undefined,
    },
  };
};
