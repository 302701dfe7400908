/**
 * A redirect payment page (easypay_web_redirect.md, easypay_h5_redirect.md,
 * online-banking-redirect-api.md, aggregate-web-redirect.md): the payer's
 * browser POSTs the merchant's signed form; the sandbox checks it like an
 * API request (1012 unreadable, 3001 merchant, 1001 signature, 1004 rules,
 * timestamp within 30 minutes), opens the order and answers a page showing
 * it, with a "pay" button posting to `{route}/pay` (pay.ts). A refused
 * form gets an error page (400) carrying the ret_code.
 */
import type { OperationDef } from '@lianlian-sdk/node';
import { lookupCard } from '../cards.ts';
import { checkParams } from '../check-request.ts';
import type { SandboxContext } from '../context.ts';
import { maskCard, type PaymentOrder } from '../orders.ts';
import { openOrder } from '../payments.ts';
import { retMsg, type RetCode } from '../ret-codes.ts';
import { PAY_SUFFIX } from '../routes.ts';
import { errorPage, orderPage } from './html.ts';
import { readPageFields } from './read-form.ts';

/** An HTML answer and the ret_code it shows (for the log line). */
export interface PageAnswer {
  readonly status: number;
  readonly html: string;
  readonly retCode: string;
}

/**
 * Online banking and the aggregate web page take an optional pay_type
 * (1 debit / 8 credit / 9 business online banking); without one the payer
 * uses a debit card, `1`.
 */
const DEFAULT_PAY_TYPE: Readonly<Record<string, string>> = { onlineBanking: '1', aggregate: '1' };

/** An error page for `code`. */
export function refusedPage(code: RetCode, field?: string, status = 400): PageAnswer {
  return { status, html: errorPage(code, retMsg(code, field)), retCode: code };
}

/** Serves one POST of a redirect page's form. */
export async function servePaymentPage(op: OperationDef, rawBody: string | undefined, contentType: string | undefined, ctx: SandboxContext): Promise<PageAnswer> {
  const fields = rawBody === undefined ? undefined : readPageFields(op, rawBody, contentType);
  if (!fields) return refusedPage('1012');
  const checked = await checkParams(op, fields, ctx.state);
  if (!checked.ok) return refusedPage(checked.code, checked.field);
  const { oidPartner, params } = checked;
  const payAction = op.route + PAY_SUFFIX;

  const existing = ctx.state.order(oidPartner, params.no_order ?? '');
  if (existing) {
    // The browser posting the same form again (reload, back button) sees the same unpaid order.
    if (existing.createdBy === op.id && existing.status === 'WAITING' && existing.moneyOrder === params.money_order)
      return { status: 200, html: orderPage(existing, payAction), retCode: '0000' };
    return refusedPage('1002');
  }
  if (params.no_agree !== undefined && !ctx.state.user(oidPartner, params.user_id ?? '')?.agreements.some((a) => a.noAgree === params.no_agree))
    return refusedPage('3003');

  const product = op.id.split('.')[0] ?? '';
  const extra: Partial<PaymentOrder> = {};
  const bin = params.card_no === undefined ? undefined : lookupCard(params.card_no);
  if (params.card_no !== undefined) {
    // A card the page is pre-filled with (easypay_web_redirect.md card_no) must be one the sandbox knows.
    if (!bin) return refusedPage('1100');
    Object.assign(extra, { cardMasked: maskCard(params.card_no), bankCode: params.bank_code ?? bin.bankCode, bankName: bin.bankName });
  }
  if (params.pay_type === undefined && DEFAULT_PAY_TYPE[product] !== undefined) Object.assign(extra, { payType: DEFAULT_PAY_TYPE[product] });
  const order = openOrder({ op, oidPartner, channel: 'page', now: ctx.state.now() }, params, extra);
  ctx.state.addOrder(order);
  return { status: 200, html: orderPage(order, payAction), retCode: '0000' };
}
