import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPay, aggregateParams, easypayParams, postForm, unifiedParams } from './_flows.ts';
import { startTestEnv, type TestEnv } from './_helpers.ts';
import { formAction, hiddenInputs, pageRetCode } from './_spec.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

describe('aggregate payment', () => {
  it('runs apply → query (WAITING) → payer pays → query (SUCCESS), through both operations of the shared query route', async () => {
    const params = aggregateParams('w1', 'I');
    const applied = await env.client.aggregate.apply(params);
    expect(applied).toMatchObject({ ret_code: '0000', user_id: 'w1', no_order: params.no_order, money_order: '31.68', pay_type: 'I' });
    expect(applied.payLoad).toMatch(new RegExp(`^${env.sandbox.url}/_sandbox/checkout\\?token=[0-9A-F]{32}$`));
    await expect(env.client.aggregate.query({ no_order: params.no_order })).resolves.toMatchObject({ result_pay: 'WAITING' });

    const paid = await adminPay(env, params.no_order);
    expect(paid).toMatchObject({ status: 200, body: { no_order: params.no_order, oid_paybill: applied.oid_paybill, result_pay: 'SUCCESS' } });
    const byAggregate = await env.client.aggregate.query({ no_order: params.no_order, dt_order: params.dt_order });
    expect(byAggregate).toMatchObject({ result_pay: 'SUCCESS', oid_paybill: applied.oid_paybill, pay_type: 'I', money_order: '31.68' });
    const byOnlineBanking = await env.client.onlineBanking.query({ oid_paybill: applied.oid_paybill! });
    expect(byOnlineBanking).toMatchObject({ result_pay: 'SUCCESS', no_order: params.no_order });

    expect(await adminPay(env, params.no_order)).toMatchObject({ status: 409, body: { ret_code: '2007' } });
  });

  it('answers a JSON payLoad naming the checkout page for in-app payments, and 1002 for a reused no_order', async () => {
    const params = aggregateParams('w2', 'Y');
    const applied = await env.client.aggregate.apply(params);
    expect(JSON.parse(applied.payLoad!)).toMatchObject({ checkout_url: expect.stringContaining('/_sandbox/checkout?token=') });
    await expect(env.client.aggregate.apply(params)).rejects.toMatchObject({ code: '1002' });
    await expect(env.client.aggregate.query({ no_order: 'NOPE' })).rejects.toMatchObject({ code: '8901' });
  });
});

describe('unified payment', () => {
  it('creates a bill whose gateway_url page pays it', async () => {
    const params = unifiedParams('w3');
    const bill = await env.client.unified.createBill(params);
    expect(bill).toMatchObject({ ret_code: '0000', no_order: params.no_order, dt_order: params.dt_order, money_order: '31.68' });
    expect(bill.gateway_url).toBe(`${env.sandbox.url}/_sandbox/checkout?token=${bill.token}`);

    const page = await fetch(bill.gateway_url!);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(pageRetCode(html)).toBe('0000');
    expect(html).toContain(params.no_order);
    expect(formAction(html)).toBe('/_sandbox/pay');

    const result = await postForm(`${env.sandbox.url}${formAction(html)}`, hiddenInputs(html));
    expect(result.status).toBe(200);
    expect(result.html).toContain('SUCCESS');
    await expect(env.client.aggregate.query({ no_order: params.no_order })).resolves.toMatchObject({ result_pay: 'SUCCESS', pay_type: '2' });
    const again = await postForm(`${env.sandbox.url}/_sandbox/pay`, hiddenInputs(html));
    expect(again.status).toBe(409);
    expect(pageRetCode(again.html)).toBe('2007');
  });

  it('hands back the signed synchronous notification for an online banking bill with url_return', async () => {
    const params = unifiedParams('w4', { flag_pay_product: '2', card_type: '8', url_return: 'https://merchant.example/return' });
    await env.client.unified.createBill(params);
    const paid = await adminPay(env, params.no_order);
    const sync = paid.body.sync_notification as { action: string; fields: Record<string, string> };
    expect(sync.action).toBe('https://merchant.example/return');
    const notification = await env.client.onlineBanking.parseSyncNotification(new URLSearchParams(sync.fields));
    expect(notification).toMatchObject({ no_order: params.no_order, result_pay: 'SUCCESS', pay_type: '8', money_order: '31.68' });
  });

  it('answers 404 for an unknown checkout token and 409 when paying an order that is paid through its API', async () => {
    const missing = await fetch(`${env.sandbox.url}/_sandbox/checkout?token=NOPE`);
    expect(missing.status).toBe(404);
    expect(pageRetCode(await missing.text())).toBe('8901');
    expect((await adminPay(env, 'NOPE')).status).toBe(404);
    const sms = easypayParams('w5');
    await env.client.easypay.apply(sms);
    expect(await adminPay(env, sms.no_order)).toMatchObject({ status: 409, body: { error: expect.stringContaining('easypay.apply') } });
  });
});
