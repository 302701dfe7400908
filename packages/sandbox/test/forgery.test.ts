/**
 * Issue 9 §1 end to end: the sandbox, like LianLian, signs whatever info_order
 * a merchant's page carried, "&" included. A payer who pays a 0.01 order whose
 * info_order holds `x&money_order=9999.00&no_order=B&…` takes the signed sync
 * notification from the browser and re-splits it into a "paid" notification
 * for order B. The client refuses it (and the carrier itself); the sandbox
 * still says B is unpaid.
 */
import { signatureSource, sign, SignatureVerificationError } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPay, orderNo, pageParams, postForm } from './_flows.ts';
import { OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

/** The web payment page's fields with `info` as info_order, signed as a merchant that does not use our client would. */
async function pageWithInfo(info: string): Promise<{ action: string; fields: Record<string, string>; noOrder: string }> {
  const params = { ...pageParams('payer-1', { userreq_ip: '127.0.0.1', pay_type: 'M' }), money_order: '0.01', url_return: 'http://127.0.0.1/return' };
  const form = await env.client.easypay.webPayment(params as never);
  const fields: Record<string, string> = { ...form.fields, info_order: info };
  delete fields.sign;
  fields.sign = await sign(fields, env.merchantPrivateKeyPem, 'RSA');
  return { action: form.action, fields, noOrder: params.no_order };
}

describe('re-split forgery of a paid sync notification', () => {
  it('the sandbox signs the "&"; the client refuses the re-split notification for order B and the carrier', async () => {
    const victim = orderNo('B');
    const injected = `money_order=9999.00&no_order=${victim}&oid_partner=${OID_PARTNER}&oid_paybill=2099010100000001&pay_type=M&result_pay=SUCCESS&settle_date=20240101&sign_type=RSA`;
    const page = await pageWithInfo(`x&${injected}&zz=`);
    expect((await postForm(page.action, page.fields)).status).toBe(200);
    const paid = await adminPay(env, page.noOrder);
    expect(paid.status).toBe(200);
    const sync = (paid.body.sync_notification as { fields: Record<string, string> }).fields;
    expect(sync.info_order).toContain('&no_order='); // signed as LianLian may sign it

    const source = signatureSource(sync);
    const cut = source.indexOf('&zz=');
    expect(cut).toBeGreaterThan(0);
    const forged: Record<string, string> = {};
    for (const pair of source.slice(0, cut).split('&')) forged[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
    forged.zz = source.slice(cut + 4);
    forged.sign = sync.sign!;
    expect(signatureSource(forged)).toBe(source);
    expect(forged.no_order).toBe(victim);
    expect(forged.money_order).toBe('9999.00');

    await expect(env.client.easypay.parseWebSyncNotification(new URLSearchParams(forged))).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(env.client.easypay.parseWebSyncNotification(new URLSearchParams(sync))).rejects.toThrow(/contains "&"/);
    // LianLian's own record: order B was never paid.
    await expect(env.client.easypay.query({ no_order: victim, dt_order: '20240101120000' })).rejects.toMatchObject({ code: '8901' });
  });

  it('passes the genuine sync notification of an order without "&"', async () => {
    const page = await pageWithInfo('用户13958069593购买了3桶羽毛球');
    await postForm(page.action, page.fields);
    const sync = ((await adminPay(env, page.noOrder)).body.sync_notification as { fields: Record<string, string> }).fields;
    expect(await env.client.easypay.parseWebSyncNotification(new URLSearchParams(sync))).toMatchObject({ no_order: page.noOrder, money_order: '0.01' });
  });
});
