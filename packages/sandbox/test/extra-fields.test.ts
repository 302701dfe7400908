/**
 * Fields the spec does not know, through the sandbox: it verifies the
 * merchant's signature over every field it received, then ignores the ones
 * the operation does not know, as LianLian does with fields it enables per
 * merchant. The client sends them only through `extraFields`.
 */
import { lianlianTime, operations, sign } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../src/index.ts';
import { instantParams, pageParams, submitRedirect, unifiedParams } from './_flows.ts';
import { OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';
import { pageRetCode } from './_spec.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

/** POSTs a body signed by the merchant, with `afterSigning` applied once signed, as JSON; returns the answer. */
async function handSigned(route: string, fields: Record<string, string>, afterSigning: Record<string, string> = {}) {
  const body: Record<string, string> = { oid_partner: OID_PARTNER, sign_type: 'RSA', ...fields };
  body.sign = await sign(body, env.merchantPrivateKeyPem, 'RSA');
  const res = await fetch(env.sandbox.url + route, {
    method: 'POST',
    headers: { 'content-type': 'application/json;charset=utf-8' },
    body: JSON.stringify({ ...body, ...afterSigning }),
  });
  return (await res.json()) as Record<string, unknown>;
}

describe('request fields the spec does not know', () => {
  it('are accepted from the client: an API call, a pay_load-sealed call and a redirect page', async () => {
    // Unified-direct-api.md's sample request sends platform, which its field table leaves out.
    await expect(env.client.unified.createBill(unifiedParams('xf-1'), { extraFields: { platform: 'shop-7' } })).resolves.toMatchObject({ ret_code: '0000' });
    await expect(env.client.instantPayment.apply(instantParams(), { extraFields: { platform: 'shop-7' } })).resolves.toMatchObject({ ret_code: '0000' });
    const page = await submitRedirect(await env.client.easypay.webPayment(pageParams('xf-2', { userreq_ip: '127.0.0.1', pay_type: 'M' } as const), { extraFields: { shop_channel: 'app' } }));
    expect([page.status, pageRetCode(page.html)]).toEqual([200, '0000']);
  });

  it('are part of the signature the sandbox verifies: altered after signing, the request is refused (1001)', async () => {
    const route = '/queryapi/bankcardbin.htm';
    const fields = { card_no: TEST_CARDS.icbcDebit, platform_note: 'shop-7' };
    expect(await handSigned(route, fields)).toMatchObject({ ret_code: '0000', bank_code: '01020000' });
    expect(await handSigned(route, fields, { platform_note: 'shop-8' })).toMatchObject({ ret_code: '1001', ret_msg: '商户请求签名错误' });
    expect(await handSigned(route, fields, { added_later: 'x' })).toMatchObject({ ret_code: '1001' });
    // Signed without it, sent with it: also a different signature source.
    const { platform_note: _, ...typed } = fields;
    expect(await handSigned(route, typed, { platform_note: 'shop-7' })).toMatchObject({ ret_code: '1001' });
  });

  it('are ignored once verified, even a managed name the operation does not have', async () => {
    const fields = { card_no: TEST_CARDS.icbcDebit };
    expect(await handSigned('/queryapi/bankcardbin.htm', { ...fields, colour: 'blue' })).toMatchObject({ ret_code: '0000', bank_code: '01020000' });
    // cardBind.unbind has no time_stamp: signed over, then ignored, so the unknown agreement is what is answered.
    const unbind = { user_id: 'xf-4', no_agree: '1', pay_type: 'D' };
    const without = await handSigned('/traderapi/bankcardunbind.htm', unbind);
    expect(without.ret_code).not.toMatch(/^(1001|1004|1012)$/);
    expect(await handSigned('/traderapi/bankcardunbind.htm', { ...unbind, time_stamp: '20240101120000' })).toMatchObject({ ret_code: without.ret_code });
  });

  it('are ignored once verified, on a route shared by two operations too', async () => {
    // easypay.query and mpay.query share one endpoint (dispatch.ts picks by the body); an unknown field must not upset the pick.
    const route = operations['easypay.query'].route;
    expect(operations['mpay.query'].route).toBe(route);
    const query = { no_order: 'xf-5', dt_order: lianlianTime() };
    const without = await handSigned(route, query);
    expect(without.ret_code).not.toMatch(/^(1001|1004|1012)$/);
    const answer = await handSigned(route, { ...query, platform: 'shop-7' });
    expect(answer).toMatchObject({ ret_code: without.ret_code, oid_partner: OID_PARTNER });
    expect(answer).not.toHaveProperty('platform');
  });
});
