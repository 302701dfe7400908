import { lianlianTime } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../src/index.ts';
import { easypayParams, paidEasypay } from './_flows.ts';
import { bindParams, OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

describe('Easy Payment', () => {
  it('runs apply → SMS → verify → query, by no_order or by oid_paybill', async () => {
    const params = easypayParams('e1');
    const applied = await env.client.easypay.apply(params);
    expect(applied).toMatchObject({ ret_code: '0000', oid_partner: OID_PARTNER, no_order: params.no_order, money_order: '31.68', name_goods: 'badminton', bank_code: '01020000' });
    expect(applied).not.toHaveProperty('result_pay');
    expect(applied.token).toMatch(/^[0-9A-F]{32}$/);

    const waiting = await env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order });
    expect(waiting.result_pay).toBe('WAITING');

    const verified = await env.client.easypay.verify({
      no_order: params.no_order,
      dt_order: params.dt_order,
      money_order: '31.68',
      token: applied.token!,
      verify_code: env.sandbox.smsCode(applied.token!),
    });
    expect(verified).toMatchObject({ ret_code: '0000', result_pay: 'SUCCESS', currency_order: 'CNY', oid_paybill: applied.oid_paybill, settle_date: lianlianTime().slice(0, 8) });

    const byNo = await env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order });
    expect(byNo).toMatchObject({ result_pay: 'SUCCESS', oid_paybill: applied.oid_paybill, money_order: '31.68', pay_type: 'M', info_order: 'test order' });
    const byPaybill = await env.client.easypay.query({ oid_paybill: applied.oid_paybill!, dt_order: params.dt_order });
    expect(byPaybill.no_order).toBe(params.no_order);
  });

  it('answers 8901 (没有记录) for an unknown order and 9092 when no_order and oid_paybill disagree', async () => {
    await expect(env.client.easypay.query({ no_order: 'NOPE', dt_order: lianlianTime() })).rejects.toMatchObject({ code: '8901', retMsg: '没有记录' });
    const a = await paidEasypay(env, 'e2');
    const b = await paidEasypay(env, 'e2');
    await expect(env.client.easypay.query({ no_order: a.params.no_order, oid_paybill: b.verified.oid_paybill!, dt_order: a.params.dt_order })).rejects.toMatchObject({ code: '9092' });
    // dt_order is part of the key.
    await expect(env.client.easypay.query({ no_order: a.params.no_order, dt_order: '20200101000000' })).rejects.toMatchObject({ code: '8901' });
  });

  it('refuses a verify with another amount (7017), a spent token (1000) and a duplicate no_order (1002)', async () => {
    const params = easypayParams('e3');
    const applied = await env.client.easypay.apply(params);
    const code = env.sandbox.smsCode(applied.token!);
    const verify = { no_order: params.no_order, dt_order: params.dt_order, token: applied.token!, verify_code: code };
    await expect(env.client.easypay.verify({ ...verify, money_order: '31.69' })).rejects.toMatchObject({ code: '7017', retMsg: '金额不正确' });
    await env.client.easypay.verify({ ...verify, money_order: '31.68' });
    await expect(env.client.easypay.verify({ ...verify, money_order: '31.68' })).rejects.toMatchObject({ code: '1000' });
    await expect(env.client.easypay.apply(params)).rejects.toMatchObject({ code: '1002' });
  });

  it('pays with a bound card (no_agree) and otherwise needs the card fields', async () => {
    const applied = await env.client.cardBind.apply(bindParams('e4', TEST_CARDS.ccbDebit));
    const { no_agree } = await env.client.cardBind.verify({ user_id: 'e4', token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) });
    const { card_no: _c, bind_mob: _b, id_type: _t, id_no: _i, ...withAgreement } = easypayParams('e4', 'M', { no_agree: no_agree! });
    const paid = await env.client.easypay.apply(withAgreement);
    expect(paid).toMatchObject({ ret_code: '0000', bank_code: '01050000' });

    const { card_no: _card, ...noCard } = easypayParams('e5');
    await expect(env.client.easypay.apply(noCard)).rejects.toMatchObject({ code: '1004', retMsg: '商户请求参数校验错误（card_no）' });
    await expect(env.client.easypay.apply(easypayParams('e5', 'M', { no_agree: '1234567890123456' }))).rejects.toMatchObject({ code: '3003' });
  });

  it('answers 5601 for a credit card with pay_type M (debit card)', async () => {
    await expect(env.client.easypay.apply(easypayParams('e6', 'M', { card_no: TEST_CARDS.cmbCredit }))).rejects.toMatchObject({ code: '5601' });
  });
});

describe('Easy Payment pre-authorisation', () => {
  it('holds on verify, captures part of the hold, then reports PR11', async () => {
    const { params, verified } = await paidEasypay(env, 'p1', 'F');
    expect(verified.result_pay).toBe('PROCESSING');
    expect(verified).not.toHaveProperty('settle_date');
    const keys = { pay_type: 'F', no_order: params.no_order, dt_order: params.dt_order, oid_paybill: verified.oid_paybill! } as const;
    await expect(env.client.easypay.preauthQuery(keys)).resolves.toMatchObject({ ret_code: '0000', money_order: '31.68', no_order: params.no_order });

    await expect(env.client.easypay.preauthCapture({ ...keys, user_id: 'p1', money_order: '31.69' })).rejects.toMatchObject({ code: '7017' });
    const captured = await env.client.easypay.preauthCapture({ ...keys, user_id: 'p1', money_order: '20.00' });
    expect(captured).toMatchObject({ ret_code: '0000', money_order: '20.00', oid_paybill: verified.oid_paybill, settle_date: lianlianTime().slice(0, 8), info_order: 'test order' });

    await expect(env.client.easypay.preauthQuery(keys)).rejects.toMatchObject({ code: 'PR11' });
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).resolves.toMatchObject({ result_pay: 'SUCCESS', money_order: '20.00', pay_type: 'F' });
    await expect(env.client.easypay.preauthCapture({ ...keys, user_id: 'p1', money_order: '1.00' })).rejects.toMatchObject({ code: '2007' });
  });

  it('cancels a hold, then reports PR14 and refuses a capture (2006)', async () => {
    const { params, verified } = await paidEasypay(env, 'p2', 'F');
    const keys = { pay_type: 'F', no_order: params.no_order, dt_order: params.dt_order, oid_paybill: verified.oid_paybill! } as const;
    const cancelled = await env.client.easypay.preauthCancel({ ...keys, user_id: 'p2', money_order: '31.68' });
    expect(cancelled).toMatchObject({ ret_code: '0000', user_id: 'p2', oid_paybill: verified.oid_paybill });
    await expect(env.client.easypay.preauthQuery(keys)).rejects.toMatchObject({ code: 'PR14' });
    await expect(env.client.easypay.preauthCapture({ ...keys, user_id: 'p2', money_order: '31.68' })).rejects.toMatchObject({ code: '2006' });
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).resolves.toMatchObject({ result_pay: 'FAILURE' });
  });

  it('answers PR08 before the SMS verify, 8114 for a pay_type M order, 5002 for an unknown one', async () => {
    const params = easypayParams('p3', 'F');
    const applied = await env.client.easypay.apply(params);
    const keys = { pay_type: 'F', no_order: params.no_order, dt_order: params.dt_order, oid_paybill: applied.oid_paybill! } as const;
    await expect(env.client.easypay.preauthQuery(keys)).rejects.toMatchObject({ code: 'PR08' });
    await expect(env.client.easypay.preauthCapture({ ...keys, user_id: 'p3', money_order: '1.00' })).rejects.toMatchObject({ code: '5008' });

    const regular = await paidEasypay(env, 'p3');
    const regularKeys = { pay_type: 'F', no_order: regular.params.no_order, dt_order: regular.params.dt_order, oid_paybill: regular.verified.oid_paybill! } as const;
    await expect(env.client.easypay.preauthCapture({ ...regularKeys, user_id: 'p3', money_order: '1.00' })).rejects.toMatchObject({ code: '8114' });
    await expect(env.client.easypay.preauthCancel({ ...keys, no_order: 'NOPE', oid_paybill: undefined, user_id: 'p3', money_order: '1.00' })).rejects.toMatchObject({ code: '5002' });
  });
});
