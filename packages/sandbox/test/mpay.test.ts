import { encryptPayload, lianlianTime, sign } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../src/index.ts';
import { HOLDER, OID_PARTNER, RISK_ITEM, startTestEnv, testKeyPair, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

const APPLY_ROUTE = '/mpayapi/v1/bankcardbind';

function mpayParams(userId: string, cardNo: string, payType: '2' | '3' | 'P') {
  return { user_id: userId, pay_type: payType, risk_item: RISK_ITEM, card_no: cardNo, ...HOLDER };
}

describe('MPAY card bind', () => {
  it('answers 8888 with the token and echoes no_order / dt_order, then verifies', async () => {
    const dtOrder = lianlianTime();
    const applied = await env.client.mpay.cardBindApply({ ...mpayParams('m1', TEST_CARDS.ccbDebit, '2'), no_order: 'BIND-1', dt_order: dtOrder });
    expect(applied).toMatchObject({ ret_code: '8888', ret_msg: '短信已下发，需要再次验证', user_id: 'm1', oid_partner: OID_PARTNER, no_order: 'BIND-1', dt_order: dtOrder });
    const verified = await env.client.mpay.cardBindVerify({ user_id: 'm1', token: applied.token!, verify_code: env.sandbox.smsCode('m1'), no_order: 'BIND-1' });
    expect(verified).toMatchObject({ ret_code: '0000', user_id: 'm1', card_no: '0122', no_order: 'BIND-1' });
    expect(verified.no_agree).toMatch(/^\d{16}$/);
    // Same state as the card-bind API.
    const listed = await env.client.cardBind.query({ user_id: 'm1', offset: '0' });
    expect(listed.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([verified.no_agree]);
  });

  it('signs with SHA256withRSA too', async () => {
    const applied = await env.client.mpay.cardBindApply(mpayParams('m2', TEST_CARDS.cmbCredit, '3'), { signType: 'SHA256withRSA' });
    expect(applied.ret_code).toBe('8888');
    const verified = await env.client.mpay.cardBindVerify({ user_id: 'm2', token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) }, { signType: 'SHA256withRSA' });
    expect(verified.card_no).toBe('7898');
  });

  it('answers 5601 when pay_type 2/3 does not match a debit/credit card', async () => {
    await expect(env.client.mpay.cardBindApply(mpayParams('m3', TEST_CARDS.cmbCredit, '2'))).rejects.toMatchObject({ code: '5601' });
    await expect(env.client.mpay.cardBindApply(mpayParams('m3', TEST_CARDS.ccbDebit, '3'))).rejects.toMatchObject({ code: '5601' });
  });

  it('answers 1012 for a body without a pay_load, or one that does not open', async () => {
    const plain: Record<string, unknown> = { ...mpayParams('m4', TEST_CARDS.ccbDebit, '2'), risk_item: JSON.stringify(RISK_ITEM), oid_partner: OID_PARTNER, api_version: '2.1', sign_type: 'RSA' };
    plain.sign = await sign(plain, env.merchantPrivateKeyPem, 'RSA');
    const unencrypted = await env.raw(APPLY_ROUTE, plain);
    expect(unencrypted.body).toMatchObject({ ret_code: '1012', ret_msg: '请求报文解析失败' });
    expect(await env.verifiesWithSandboxKey(unencrypted.body)).toBe(true);

    const garbled = await env.raw(APPLY_ROUTE, { oid_partner: OID_PARTNER, pay_load: 'lianpay1_0_1$AAAA$BBBB$CCCC$DDDD$EEEE' });
    expect(garbled.body.ret_code).toBe('1012');

    // Encrypted for another key (not the sandbox's): cannot be opened.
    const other = testKeyPair();
    const wrongKey = await env.raw(APPLY_ROUTE, { oid_partner: OID_PARTNER, pay_load: await encryptPayload(JSON.stringify(plain), other.publicKeyPem) });
    expect(wrongKey.body.ret_code).toBe('1012');
  });

  it('checks the signature inside the pay_load', async () => {
    const params: Record<string, unknown> = { ...mpayParams('m5', TEST_CARDS.ccbDebit, '2'), risk_item: JSON.stringify(RISK_ITEM), oid_partner: OID_PARTNER, api_version: '2.1', sign_type: 'RSA' };
    params.sign = await sign(params, env.merchantPrivateKeyPem, 'RSA');
    params.user_id = 'm5-tampered';
    const answer = await env.raw(APPLY_ROUTE, { oid_partner: OID_PARTNER, pay_load: await encryptPayload(JSON.stringify(params), env.sandbox.publicKeyPem) });
    expect(answer.body).toMatchObject({ ret_code: '1001', oid_partner: OID_PARTNER });
  });
});
