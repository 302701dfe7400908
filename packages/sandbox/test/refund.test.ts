import { lianlianTime, moneyToCents } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { easypayParams, exchangeParams, NOTIFY_URL, orderNo, paidEasypay } from './_flows.ts';
import { startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

function refundOf(money: string, order: { no_order?: string; dt_order?: string; oid_paybill?: string }) {
  return { no_refund: orderNo('RF'), dt_refund: lianlianTime(), money_refund: money, notify_url: NOTIFY_URL, ...order };
}

async function unsettled(): Promise<bigint> {
  return moneyToCents((await env.client.instantPayment.balance({})).amt_unsettle!);
}

describe('refund', () => {
  it('refunds part of a paid order, then the rest; the query answers it and the order ends REFUND', async () => {
    const { params, verified } = await paidEasypay(env, 'r1');
    const before = await unsettled();
    const first = await env.client.refund.apply(refundOf('10.00', { no_order: params.no_order, dt_order: params.dt_order }));
    expect(first).toMatchObject({ ret_code: '0000', money_refund: '10.00', money_foreign_refund: '10.00', rate: '1.0000', sta_refund: '2', settle_date: lianlianTime().slice(0, 8) });
    expect(first.oid_refundno).toMatch(/^\d{16}$/);
    expect(await unsettled()).toBe(before - 1000n);
    await expect(env.client.refund.query({ no_refund: first.no_refund, dt_refund: first.dt_refund })).resolves.toMatchObject({
      no_refund: first.no_refund,
      oid_refundno: first.oid_refundno,
      sta_refund: '2',
      money_refund: '10.00',
    });
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).resolves.toMatchObject({ result_pay: 'SUCCESS' });

    await expect(env.client.refund.apply(refundOf('21.69', { oid_paybill: verified.oid_paybill! }))).rejects.toMatchObject({ code: '5007', retMsg: '累计退款金额大于原交易金额' });
    await env.client.refund.apply(refundOf('21.68', { oid_paybill: verified.oid_paybill! }));
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).resolves.toMatchObject({ result_pay: 'REFUND' });
    await expect(env.client.refund.apply(refundOf('0.01', { no_order: params.no_order }))).rejects.toMatchObject({ code: '5007' });
  });

  it('refunds an exchange payment in CNY and answers the amount in the order currency', async () => {
    const params = exchangeParams('r2', '100.00', 'USD');
    const applied = await env.client.exchangePayment.apply(params);
    await env.client.exchangePayment.verify({ user_id: 'r2', token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!), no_order: params.no_order });
    // Paid 710.00 CNY (100.00 USD at 7.1000); refunding 71.00 CNY is 10.00 USD.
    const refund = await env.client.refund.apply(refundOf('71.00', { no_order: params.no_order }));
    expect(refund).toMatchObject({ money_refund: '71.00', money_foreign_refund: '10.00', rate: '7.1000', exchange_bankcode: '01040000', rate_id: '1' });
    await expect(env.client.refund.apply(refundOf('639.01', { no_order: params.no_order }))).rejects.toMatchObject({ code: '5007' });
  });

  it('refuses an unknown order (5002), an unpaid one (5008), a reused no_refund (1002), no order key (1004)', async () => {
    await expect(env.client.refund.apply(refundOf('1.00', { no_order: 'NOPE' }))).rejects.toMatchObject({ code: '5002', retMsg: '原始交易不存在' });
    const unpaid = easypayParams('r3');
    await env.client.easypay.apply(unpaid);
    await expect(env.client.refund.apply(refundOf('1.00', { no_order: unpaid.no_order }))).rejects.toMatchObject({ code: '5008', retMsg: '原交易未成功' });
    const { params } = await paidEasypay(env, 'r3');
    const refund = refundOf('1.00', { no_order: params.no_order });
    await env.client.refund.apply(refund);
    await expect(env.client.refund.apply(refund)).rejects.toMatchObject({ code: '1002' });
    await expect(env.client.refund.apply(refundOf('1.00', {}))).rejects.toMatchObject({ code: '1004', retMsg: '商户请求参数校验错误（no_order）' });
  });

  it('answers 8901 for an unknown refund or the wrong dt_refund', async () => {
    await expect(env.client.refund.query({ no_refund: 'NOPE', dt_refund: lianlianTime() })).rejects.toMatchObject({ code: '8901' });
    const { params } = await paidEasypay(env, 'r4');
    const refund = await env.client.refund.apply(refundOf('1.00', { no_order: params.no_order }));
    await expect(env.client.refund.query({ no_refund: refund.no_refund, dt_refund: '20200101000000' })).rejects.toMatchObject({ code: '8901' });
  });
});
