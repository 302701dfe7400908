import { LianLian, operations, type OperationDef, type RedirectForm } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS, TEST_CARDS } from '../src/index.ts';
import { pageParams, postForm, submitRedirect } from './_flows.ts';
import { HOLDER, startTestEnv, testKeyPair, type TestEnv } from './_helpers.ts';
import { formAction, hiddenInputs, pageRetCode } from './_spec.ts';

let clock = Date.now();
let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv({ now: () => clock });
});
afterAll(() => env.sandbox.close());

type Params = Record<string, string | number | object>;

interface Page {
  params(user: string): Params;
  build(ll: LianLian, p: Params): Promise<RedirectForm>;
  /** The client's parser of the page's synchronous notification. */
  parseSync(ll: LianLian, form: URLSearchParams): Promise<Record<string, unknown>>;
}

/** Valid params, the client's builder and sync-notification parser for each redirect page. */
const PAGES: Readonly<Record<string, Page>> = {
  'aggregate.payment': {
    params: (u) => pageParams(u, { userreq_ip: '127.0.0.1' }),
    build: (ll, p) => ll.aggregate.payment(p as never),
    parseSync: (ll, f) => ll.aggregate.parseSyncNotification(f),
  },
  'easypay.h5Payment': {
    params: (u) => pageParams(u, { app_request: '3', pay_type: 'M' }),
    build: (ll, p) => ll.easypay.h5Payment(p as never),
    parseSync: (ll, f) => ll.easypay.parseH5SyncNotification(f),
  },
  'easypay.webPayment': {
    params: (u) => pageParams(u, { userreq_ip: '127.0.0.1', pay_type: 'M' }),
    build: (ll, p) => ll.easypay.webPayment(p as never),
    parseSync: (ll, f) => ll.easypay.parseWebSyncNotification(f),
  },
  'onlineBanking.payment': {
    params: (u) => pageParams(u, { charset_name: 'UTF-8' }),
    build: (ll, p) => ll.onlineBanking.payment(p as never),
    parseSync: (ll, f) => ll.onlineBanking.parseSyncNotification(f),
  },
};

const redirectOps = (Object.values(operations) as OperationDef[]).filter((op) => op.kind === 'redirect');

/** The product's own result query, to see what paying did. */
function query(opId: string, params: Params) {
  const keys = { no_order: params.no_order as string, dt_order: params.dt_order as string };
  return opId.startsWith('easypay.') ? env.client.easypay.query(keys) : env.client.aggregate.query(keys);
}

describe('redirect pages', () => {
  it('has valid params for every redirect page of the spec', () => {
    expect(redirectOps.map((op) => op.id).filter((id) => !PAGES[id])).toEqual([]);
  });

  it.each(redirectOps.map((op) => [op.id, op] as const))('%s: the signed form opens a page showing the order, whose pay button pays it', async (id, op) => {
    const params = PAGES[id]!.params(`rd-${id}`);
    const form = await PAGES[id]!.build(env.client, params);
    expect(form.action).toBe(env.sandbox.url + op.route);
    if (op.encoding === 'json') expect(Object.keys(form.fields)).toEqual(['req_data']);

    const page = await submitRedirect(form);
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(pageRetCode(page.html)).toBe('0000');
    expect(page.html).toContain(`data-field="no_order">${params.no_order}<`);
    expect(page.html).toContain('>31.68<');
    expect(page.html).not.toContain(HOLDER.acct_name);
    expect(formAction(page.html)).toBe(`${op.route}/pay`);
    await expect(query(id, params)).resolves.toMatchObject({ result_pay: 'WAITING' });

    const paid = await postForm(env.sandbox.url + formAction(page.html)!, hiddenInputs(page.html));
    expect(paid.status).toBe(200);
    expect(pageRetCode(paid.html)).toBe('0000');
    await expect(query(id, params)).resolves.toMatchObject({ result_pay: 'SUCCESS' });
    const again = await postForm(env.sandbox.url + formAction(page.html)!, hiddenInputs(page.html));
    expect([again.status, pageRetCode(again.html)]).toEqual([409, '2007']);
  });

  it('refuses a tampered form or req_data with an error page (1001)', async () => {
    const form = await env.client.easypay.webPayment(PAGES['easypay.webPayment']!.params('rd-t1') as never);
    const tampered = await postForm(form.action, { ...form.fields, money_order: '0.01' });
    expect(tampered.status).toBe(400);
    expect(pageRetCode(tampered.html)).toBe('1001');
    expect(tampered.html).toContain('商户请求签名错误');

    const h5 = await env.client.easypay.h5Payment(PAGES['easypay.h5Payment']!.params('rd-t2') as never);
    const data = JSON.parse(h5.fields.req_data!) as Record<string, string>;
    const forged = await postForm(h5.action, { req_data: JSON.stringify({ ...data, money_order: '0.01' }) });
    expect([forged.status, pageRetCode(forged.html)]).toEqual([400, '1001']);
  });

  it('refuses an unreadable body (1012), an unknown merchant (3001), a stale timestamp (1004)', async () => {
    const h5 = await env.client.easypay.h5Payment(PAGES['easypay.h5Payment']!.params('rd-t3') as never);
    for (const body of [{ req_data: 'not json' }, { other: 'x' }, { ...h5.fields, extra: '1' }] as Record<string, string>[]) expect(pageRetCode((await postForm(h5.action, body)).html)).toBe('1012');
    const form = await env.client.onlineBanking.payment(PAGES['onlineBanking.payment']!.params('rd-t4') as never);
    const twice = await fetch(form.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `${new URLSearchParams(form.fields)}&no_order=x` });
    expect(pageRetCode(await twice.text())).toBe('1012');

    const stranger = testKeyPair();
    const other = new LianLian({ oidPartner: '201304121000009999', privateKey: stranger.privateKeyPem, lianlianPublicKey: env.sandbox.publicKeyPem, baseUrl: env.sandbox.url });
    const unknown = await submitRedirect(await other.onlineBanking.payment(PAGES['onlineBanking.payment']!.params('rd-t5') as never));
    expect(pageRetCode(unknown.html)).toBe('3001');

    const stale = await env.client.easypay.webPayment(PAGES['easypay.webPayment']!.params('rd-t6') as never);
    clock += MAX_CLOCK_SKEW_MS + 60_000;
    try {
      const refused = await submitRedirect(stale);
      expect([refused.status, pageRetCode(refused.html)]).toEqual([400, '1004']);
      expect(refused.html).toContain('商户请求参数校验错误（timestamp）');
    } finally {
      clock = Date.now();
    }
  });

  it('shows the same order when the browser posts the form again, and 1002 for the no_order with another amount', async () => {
    const params = PAGES['onlineBanking.payment']!.params('rd-t7');
    const form = await env.client.onlineBanking.payment(params as never);
    const first = await submitRedirect(form);
    const second = await submitRedirect(form);
    const paybill = (html: string) => /data-field="oid_paybill">(\d+)</.exec(html)?.[1];
    expect(paybill(second.html)).toBe(paybill(first.html));
    const changed = await submitRedirect(await env.client.onlineBanking.payment({ ...params, money_order: '1.00' } as never));
    expect(pageRetCode(changed.html)).toBe('1002');
  });

  it.each(redirectOps.map((op) => [op.id] as const))('%s: with url_return, paying posts the signed synchronous notification there', async (id) => {
    const params: Params = { ...PAGES[id]!.params(`rd-sync-${id}`), url_return: 'https://merchant.example/return' };
    const page = await submitRedirect(await PAGES[id]!.build(env.client, params));
    const paid = await postForm(env.sandbox.url + formAction(page.html)!, hiddenInputs(page.html));
    expect(paid.status).toBe(200);
    expect(formAction(paid.html)).toBe('https://merchant.example/return');
    expect(paid.html).toContain('HTMLFormElement.prototype.submit.call');
    const sync = await PAGES[id]!.parseSync(env.client, new URLSearchParams(hiddenInputs(paid.html)));
    expect(sync).toMatchObject({ oid_partner: '201304121000001004', no_order: params.no_order, money_order: '31.68', settle_date: expect.stringMatching(/^\d{8}$/) });
  });

  it('says which online banking card paid in the synchronous notification', async () => {
    const params = PAGES['onlineBanking.payment']!.params('rd-t8');
    const page = await submitRedirect(await env.client.onlineBanking.payment({ ...params, url_return: 'https://merchant.example/return', pay_type: '8' } as never));
    const paid = await postForm(env.sandbox.url + formAction(page.html)!, hiddenInputs(page.html));
    const sync = await env.client.onlineBanking.parseSyncNotification(new URLSearchParams(hiddenInputs(paid.html)));
    expect(sync).toMatchObject({ no_order: params.no_order, result_pay: 'SUCCESS', pay_type: '8' });
  });

  it('holds a pre-authorisation paid on the Easy Payment page until it is captured', async () => {
    const params = PAGES['easypay.webPayment']!.params('rd-t9');
    const page = await submitRedirect(await env.client.easypay.webPayment({ ...params, pay_type: 'F', card_no: TEST_CARDS.icbcDebit } as never));
    expect(page.html).not.toContain(TEST_CARDS.icbcDebit);
    await postForm(env.sandbox.url + formAction(page.html)!, hiddenInputs(page.html));
    const order = await env.client.easypay.query({ no_order: params.no_order as string, dt_order: params.dt_order as string });
    expect(order.result_pay).toBe('PROCESSING');
    const keys = { pay_type: 'F', no_order: order.no_order, dt_order: order.dt_order!, oid_paybill: order.oid_paybill! } as const;
    await expect(env.client.easypay.preauthQuery(keys)).resolves.toMatchObject({ ret_code: '0000' });
    await expect(env.client.easypay.preauthCapture({ ...keys, user_id: 'rd-t9', money_order: '31.68' })).resolves.toMatchObject({ ret_code: '0000' });
  });

  it('takes POST only, and 404s a pay button for an unknown order', async () => {
    const get = await fetch(env.sandbox.url + '/payment/payment/bankgateway.htm');
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    await get.body?.cancel();
    const unknown = await postForm(`${env.sandbox.url}/payment/payment/bankgateway.htm/pay`, { oid_partner: '201304121000001004', no_order: 'NOPE' });
    expect([unknown.status, pageRetCode(unknown.html)]).toEqual([404, '8901']);
  });
});
