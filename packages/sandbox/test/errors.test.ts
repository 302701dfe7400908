import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../src/index.ts';
import { OID_PARTNER, startTestEnv, testKeyPair, timeStamp, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

const BIN_ROUTE = '/queryapi/bankcardbin.htm';
const VERIFY_ROUTE = '/traderapi/bankcardbindverfy.htm';
const UNBIND_ROUTE = '/traderapi/bankcardunbind.htm';
const EXCHANGE_VERIFY_ROUTE = '/fe-pay/exchange/v1/bankcardpayverify';

describe('request checks, in order: 1012, 3001, 1001, 1004', () => {
  it('answers 1012 (请求报文解析失败) for a body that is not a JSON object', async () => {
    for (const body of ['not json', '[1,2]', '"text"', 'null', '']) {
      const answer = await env.raw(BIN_ROUTE, body);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ ret_code: '1012', ret_msg: '请求报文解析失败', sign_type: 'RSA' });
      expect(answer.body).not.toHaveProperty('oid_partner');
      expect(await env.verifiesWithSandboxKey(answer.body)).toBe(true);
    }
  });

  it('answers 3001 (非法商户) for an unknown or missing oid_partner', async () => {
    const stranger = testKeyPair();
    const answer = await env.signedRaw(BIN_ROUTE, { oid_partner: '201999999999999999', card_no: TEST_CARDS.icbcDebit }, stranger.privateKeyPem);
    expect(answer).toMatchObject({ ret_code: '3001', ret_msg: '非法商户', oid_partner: '201999999999999999' });
    expect(await env.verifiesWithSandboxKey(answer)).toBe(true);
    expect((await env.signedRaw(BIN_ROUTE, { card_no: TEST_CARDS.icbcDebit })).ret_code).toBe('3001');
  });

  it('answers 1001 (商户请求签名错误) for a bad signature, and that answer verifies with the sandbox key', async () => {
    const stranger = testKeyPair();
    const answer = await env.signedRaw(BIN_ROUTE, { oid_partner: OID_PARTNER, card_no: TEST_CARDS.icbcDebit }, stranger.privateKeyPem);
    expect(answer).toMatchObject({ ret_code: '1001', ret_msg: '商户请求签名错误', oid_partner: OID_PARTNER, sign_type: 'RSA' });
    expect(Object.keys(answer).sort()).toEqual(['oid_partner', 'ret_code', 'ret_msg', 'sign', 'sign_type']);
    expect(await env.verifiesWithSandboxKey(answer)).toBe(true);
    expect(await env.verifiesWithSandboxKey({ ...answer, ret_code: '0000' })).toBe(false);

    // A field changed after signing.
    const tampered = await env.raw(BIN_ROUTE, { oid_partner: OID_PARTNER, card_no: TEST_CARDS.cmbCredit, sign_type: 'RSA', sign: 'AAAA' });
    expect(tampered.body.ret_code).toBe('1001');
  });

  it('answers 1004 naming a missing required field', async () => {
    const answer = await env.signedRaw(BIN_ROUTE, { oid_partner: OID_PARTNER });
    expect(answer).toMatchObject({ ret_code: '1004', ret_msg: '商户请求参数校验错误（card_no）', oid_partner: OID_PARTNER });
    expect(await env.verifiesWithSandboxKey(answer)).toBe(true);
  });

  it('answers 1004 naming a bad enum, a too-long value, a bad sign_type or api_version (unknown fields are signed, then ignored: extra-fields.test.ts)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ card_no: TEST_CARDS.icbcDebit, api_version: '2.0' }, 'api_version'],
      [{ card_no: TEST_CARDS.icbcDebit, sign_type: 'SHA256withRSA' }, 'sign_type'],
      [{ card_no: 12345 }, 'card_no'],
    ];
    for (const [params, field] of cases) {
      const answer = await env.signedRaw(BIN_ROUTE, { oid_partner: OID_PARTNER, ...params });
      expect(answer, field).toMatchObject({ ret_code: '1004', ret_msg: `商户请求参数校验错误（${field}）` });
    }
    const base = { oid_partner: OID_PARTNER, user_id: 'u1', no_agree: '1' };
    expect((await env.signedRaw(UNBIND_ROUTE, { ...base, pay_type: 'Z' })).ret_msg).toBe('商户请求参数校验错误（pay_type）');
    expect((await env.signedRaw(UNBIND_ROUTE, { ...base, user_id: 'u'.repeat(33) })).ret_msg).toBe('商户请求参数校验错误（user_id）');
  });

  it('answers 1004 (time_stamp) when time_stamp is missing, malformed or more than 30 minutes off', async () => {
    const base = { oid_partner: OID_PARTNER, api_version: '1.0', user_id: 'u1', token: 'T', verify_code: '123456', no_order: 'O1' };
    for (const ts of [undefined, '2024-01-01', timeStamp(-31 * 60_000), timeStamp(31 * 60_000)]) {
      const answer = await env.signedRaw(EXCHANGE_VERIFY_ROUTE, { ...base, ...(ts !== undefined && { time_stamp: ts }) });
      expect(answer, String(ts)).toMatchObject({ ret_code: '1004', ret_msg: '商户请求参数校验错误（time_stamp）' });
    }
    // Within the window the checks pass and the business answer comes back (an unknown token).
    expect((await env.signedRaw(EXCHANGE_VERIFY_ROUTE, { ...base, time_stamp: timeStamp(-29 * 60_000) })).ret_code).toBe('1000');
    expect((await env.signedRaw(EXCHANGE_VERIFY_ROUTE, { ...base, time_stamp: timeStamp(), api_version: '2.1' })).ret_msg).toBe('商户请求参数校验错误（api_version）');
  });

  it('answers 1900 for a wrong SMS code and 3003 for an unknown no_agree, signed', async () => {
    const applied = await env.client.cardBind.apply({
      user_id: 'raw1',
      pay_type: 'D',
      risk_item: { frms_ware_category: '1009' },
      id_type: '0',
      id_no: '110101199001010011',
      acct_name: '测试用户',
      card_no: TEST_CARDS.icbcDebit,
      bind_mob: '13958069593',
    });
    const code = env.sandbox.smsCode(applied.token!);
    const wrong = await env.signedRaw(VERIFY_ROUTE, { oid_partner: OID_PARTNER, user_id: 'raw1', token: applied.token, verify_code: code === '000000' ? '111111' : '000000' });
    expect(wrong).toMatchObject({ ret_code: '1900', ret_msg: '短信码校验错误', oid_partner: OID_PARTNER });
    expect(await env.verifiesWithSandboxKey(wrong)).toBe(true);

    const unknown = await env.signedRaw(UNBIND_ROUTE, { oid_partner: OID_PARTNER, user_id: 'raw1', no_agree: '9999999999999999' });
    expect(unknown).toMatchObject({ ret_code: '3003', ret_msg: '签约信息不存在' });
    expect(await env.verifiesWithSandboxKey(unknown)).toBe(true);
  });
});

describe('routes', () => {
  it('answers 404 JSON for an unknown route and 405 for a GET on an API route', async () => {
    const missing = await fetch(`${env.sandbox.url}/traderapi/nothing.htm`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toHaveProperty('error');
    const get = await fetch(env.sandbox.url + BIN_ROUTE);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    await get.body?.cancel();
  });

  it('serves the admin routes', async () => {
    const pem = await fetch(`${env.sandbox.url}/_sandbox/public-key`);
    expect(await pem.text()).toBe(env.sandbox.publicKeyPem);

    const merchant = testKeyPair();
    const registered = await fetch(`${env.sandbox.url}/_sandbox/merchants`, {
      method: 'POST',
      body: JSON.stringify({ oid_partner: '201408071000001543', public_key: merchant.publicKeyPem }),
    });
    expect(registered.status).toBe(201);
    const answer = await env.signedRaw(BIN_ROUTE, { oid_partner: '201408071000001543', card_no: TEST_CARDS.icbcDebit }, merchant.privateKeyPem);
    expect(answer.ret_code).toBe('0000');

    const bad = await fetch(`${env.sandbox.url}/_sandbox/merchants`, { method: 'POST', body: JSON.stringify({ oid_partner: 'x', public_key: 'nope' }) });
    expect(bad.status).toBe(400);
    await bad.body?.cancel();

    const applied = await env.client.cardBind.apply({
      user_id: 'admin-sms',
      pay_type: 'D',
      risk_item: '{}',
      id_type: '0',
      id_no: '110101199001010011',
      acct_name: '测试用户',
      card_no: TEST_CARDS.icbcDebit,
      bind_mob: '13958069593',
    });
    const byUser = await (await fetch(`${env.sandbox.url}/_sandbox/sms?user_id=admin-sms`)).json();
    const byToken = await (await fetch(`${env.sandbox.url}/_sandbox/sms?token=${applied.token}`)).json();
    expect(byUser).toEqual({ verify_code: env.sandbox.smsCode('admin-sms') });
    expect(byToken).toEqual(byUser);
    const none = await fetch(`${env.sandbox.url}/_sandbox/sms?user_id=nobody`);
    expect(none.status).toBe(404);
    await none.body?.cancel();
    expect(() => env.sandbox.smsCode('nobody')).toThrow(/no SMS code/);
  });

  it('registers merchants through the API: SPKI or PKCS#1 PEM, nothing else', async () => {
    expect(() => env.sandbox.registerMerchant('abc', testKeyPair().publicKeyPem)).toThrow(TypeError);
    expect(() => env.sandbox.registerMerchant('201304121000001005', 'not a key')).toThrow(TypeError);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => env.sandbox.registerMerchant('201304121000001005', ec)).toThrow(TypeError);

    const merchant = testKeyPair();
    const pkcs1 = createPublicKey(merchant.publicKeyPem).export({ type: 'pkcs1', format: 'pem' }).toString();
    env.sandbox.registerMerchant('201304121000001006', pkcs1);
    const answer = await env.signedRaw(BIN_ROUTE, { oid_partner: '201304121000001006', card_no: TEST_CARDS.icbcDebit }, merchant.privateKeyPem);
    expect(answer.ret_code).toBe('0000');
  });
});
