/**
 * Request parameters and multi-step flows the tests share: valid params for
 * each product, an order paid by SMS, a redirect form posted like a browser
 * would, an order paid on its page. All data is test data.
 */
import { lianlianTime, type EasypayApplyParams, type MpayApplyDirectParams, type RedirectForm, type UnifiedCreateBillParams } from '@lianlian-sdk/node';
import { TEST_CARDS } from '../src/index.ts';
import { HOLDER, OID_PARTNER, RISK_ITEM, type TestEnv } from './_helpers.ts';

/** A placeholder notify_url: not loopback, so the sandbox records its notifications as skipped and never leaves the machine. */
export const NOTIFY_URL = 'https://merchant.example/notify';

let seq = 0;
/** A fresh no_order / no_refund. */
export function orderNo(tag: string): string {
  return `${tag}-${++seq}-${Date.now()}`;
}

/** Order fields every payment product shares. */
export function orderBase(tag: string, money = '31.68') {
  return { no_order: orderNo(tag), dt_order: lianlianTime(), busi_partner: '101001', name_goods: 'badminton', info_order: 'test order', money_order: money, notify_url: NOTIFY_URL } as const;
}

/** easypay.apply params with a card number. */
export function easypayParams(userId: string, payType: 'M' | 'F' = 'M', extra: Partial<EasypayApplyParams> = {}) {
  return { ...orderBase('EP'), user_id: userId, risk_item: RISK_ITEM, pay_type: payType, card_no: TEST_CARDS.icbcDebit, ...HOLDER, ...extra };
}

/** easypay apply → SMS → verify; returns the params and both answers. */
export async function paidEasypay(env: TestEnv, userId: string, payType: 'M' | 'F' = 'M', extra: Partial<EasypayApplyParams> = {}) {
  const params = easypayParams(userId, payType, extra);
  const applied = await env.client.easypay.apply(params);
  const verified = await env.client.easypay.verify({
    no_order: params.no_order,
    dt_order: params.dt_order,
    money_order: params.money_order,
    token: applied.token!,
    verify_code: env.sandbox.smsCode(applied.token!),
  });
  return { params, applied, verified };
}

/** mpay.applyDirect params (pay_type 2: debit card). */
export function mpayDirectParams(userId: string, extra: Partial<MpayApplyDirectParams> = {}): MpayApplyDirectParams {
  return { ...orderBase('MP'), user_id: userId, risk_item: RISK_ITEM, pay_type: '2', card_no: TEST_CARDS.ccbDebit, ...HOLDER, ...extra };
}

/** exchangePayment.apply params. */
export function exchangeParams(userId: string, money = '31.68', currency = 'USD') {
  return {
    ...orderBase('EX', money),
    user_id: userId,
    risk_item: RISK_ITEM,
    pay_type: 'D',
    currency_order: currency,
    currency_settle: currency,
    card_no: TEST_CARDS.icbcDebit,
    acct_name: HOLDER.acct_name,
    id_type: HOLDER.id_type,
    id_no: HOLDER.id_no,
    bind_mob: HOLDER.bind_mob,
  } as const;
}

/** instantPayment.apply params: a personal debit card (flag_card 0). */
export function instantParams(money = '10.00', cardNo: string = TEST_CARDS.ccbDebit, acctName: string = HOLDER.acct_name) {
  const { no_order, dt_order, info_order, notify_url } = orderBase('IP');
  return { no_order, dt_order, info_order, notify_url, money_order: money, flag_card: '0', card_no: cardNo, acct_name: acctName, memo: '代付' } as const;
}

/** aggregate.apply params. */
export function aggregateParams(userId: string, payType: 'I' | 'L' | 'Y' | 'W' = 'I') {
  return { ...orderBase('AG'), user_id: userId, pay_type: payType, risk_item: RISK_ITEM } as const;
}

/** unified.createBill params (card payment unless told otherwise). */
export function unifiedParams(userId: string, extra: Partial<UnifiedCreateBillParams> = {}): UnifiedCreateBillParams & { no_order: string; dt_order: string } {
  return { ...orderBase('UN'), user_id: userId, risk_item: RISK_ITEM, flag_pay_product: '0', flag_chnl: '2', ...extra };
}

/** Page params shared by the redirect pages. */
export function pageParams<E extends object>(userId: string, extra: E = {} as E) {
  return { ...orderBase('PG'), user_id: userId, risk_item: RISK_ITEM, ...extra };
}

/** What a browser gets back from a POST. */
export interface PageResponse {
  readonly status: number;
  readonly html: string;
  readonly contentType: string | null;
}

/** POSTs `fields` as an application/x-www-form-urlencoded form, as a browser submitting the page would. */
export async function postForm(action: string, fields: Readonly<Record<string, string>>): Promise<PageResponse> {
  const res = await fetch(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  return { status: res.status, html: await res.text(), contentType: res.headers.get('content-type') };
}

/** Submits a redirect form built by the client. */
export function submitRedirect(form: RedirectForm): Promise<PageResponse> {
  return postForm(form.action, form.fields);
}

/** `POST /_sandbox/pay` with JSON: pays a page order as its payer. */
export async function adminPay(env: TestEnv, noOrder: string, oidPartner = OID_PARTNER): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${env.sandbox.url}/_sandbox/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ oid_partner: oidPartner, no_order: noOrder }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** An online banking order opened on its page and paid there; returns its params. */
export async function paidOnlineBanking(env: TestEnv, userId: string) {
  const params = pageParams(userId, { charset_name: 'UTF-8' } as const);
  const page = await submitRedirect(await env.client.onlineBanking.payment(params));
  if (page.status !== 200) throw new Error(`online banking page answered ${page.status}`);
  const paid = await adminPay(env, params.no_order);
  if (paid.status !== 200) throw new Error(`pay answered ${paid.status}`);
  return { params, paid: paid.body };
}
