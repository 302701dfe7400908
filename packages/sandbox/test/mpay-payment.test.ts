import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../src/index.ts';
import { mpayDirectParams } from './_flows.ts';
import { OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

/** mpay.applyDirect's endpoint, and mpay.verifyDirect's own (LianLian's M-pay demo posts the verify step to v1/bankcardpay; erratum in mpay.yaml). */
const PREPAY_ROUTE = '/mpayapi/v1/bankcardprepay';
const PAY_ROUTE = '/mpayapi/v1/bankcardpay';

describe('MPAY payment', () => {
  it('runs applyDirect (8888, encrypted) → verifyDirect (plain) → query', async () => {
    const params = mpayDirectParams('mp1');
    const applied = await env.client.mpay.applyDirect(params);
    expect(applied).toMatchObject({ ret_code: '8888', ret_msg: '短信已下发，需要再次验证', no_order: params.no_order, money_order: '31.68', dt_order: params.dt_order });
    expect(applied.token).toMatch(/^[0-9A-F]{32}$/);

    const verified = await env.client.mpay.verifyDirect({ no_order: params.no_order, token: applied.token!, money_order: '31.68', verify_code: env.sandbox.smsCode(applied.token!) });
    expect(verified).toMatchObject({ ret_code: '0000', oid_paybill: applied.oid_paybill, settle_date: expect.stringMatching(/^\d{8}$/) });

    // /queryapi/orderquery.htm is shared with easypay.query and answered as it; both clients verify the answer.
    // bank_name comes with query_version 1.1, outside the signature (MPAY_payment_result_query.md), so apart.
    const queried = await env.client.mpay.query({ no_order: params.no_order, dt_order: params.dt_order, query_version: '1.1' });
    expect(queried).toMatchObject({ result_pay: 'SUCCESS', oid_paybill: applied.oid_paybill, bank_code: '01050000', unverified: { bank_name: '中国建设银行' } });
    expect(queried).not.toHaveProperty('bank_name');
    const plain = await env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order });
    // Without query_version 1.1 only the masked card_no comes back, and it is unsigned on this endpoint (erratum easypay-query-card-no-signature).
    expect(plain).toMatchObject({ result_pay: 'SUCCESS', unverified: { card_no: expect.stringMatching(/^\d{6}\*+\d{4}$/) } });
    expect(plain).not.toHaveProperty('card_no');
    expect((plain as { unverified: object }).unverified).not.toHaveProperty('bank_name');
  });

  it('answers verifyDirect on its own route and names its broken rule; an apply envelope that does not open is unreadable', async () => {
    const answer = await env.signedRaw(PAY_ROUTE, { oid_partner: OID_PARTNER, no_order: 'X', token: 'T', money_order: '1.00' });
    expect(answer).toMatchObject({ ret_code: '1004', ret_msg: '商户请求参数校验错误（verify_code）' });
    expect(await env.verifiesWithSandboxKey(answer)).toBe(true);
    const unknown = await env.signedRaw(PAY_ROUTE, { oid_partner: OID_PARTNER, no_order: 'X', token: 'T', money_order: '1.00', verify_code: '123456' });
    expect(unknown.ret_code).toBe('1000');
    // An envelope that does not open is still the encrypted apply's: unreadable, not unsigned.
    const garbled = await env.raw(PREPAY_ROUTE, { oid_partner: OID_PARTNER, pay_load: 'lianpay1_0_1$AAAA$BBBB$CCCC$DDDD$EEEE' });
    expect(garbled.body).toMatchObject({ ret_code: '1012', ret_msg: '请求报文解析失败' });
  });

  it('answers 5601 for pay_type 3 (credit) with a debit card, and 1000 for an Easy Payment verify of an MPAY order', async () => {
    await expect(env.client.mpay.applyDirect(mpayDirectParams('mp2', { pay_type: '3' }))).rejects.toMatchObject({ code: '5601' });
    await expect(env.client.mpay.applyDirect(mpayDirectParams('mp2', { pay_type: '3', card_no: TEST_CARDS.cmbCredit }))).resolves.toMatchObject({ ret_code: '8888' });
    const params = mpayDirectParams('mp3');
    const applied = await env.client.mpay.applyDirect(params);
    const code = env.sandbox.smsCode(applied.token!);
    await expect(
      env.client.easypay.verify({ no_order: params.no_order, dt_order: params.dt_order, money_order: '31.68', token: applied.token!, verify_code: code }),
    ).rejects.toMatchObject({ code: '1000' });
  });
});
