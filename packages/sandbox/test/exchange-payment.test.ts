import { lianlianTime, moneyToCents } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CNY_RATES, TEST_CARDS } from '../src/index.ts';
import { convertMoney, divRoundHalfUp } from '../src/exchange-rates.ts';
import { HOLDER, OID_PARTNER, RISK_ITEM, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

let orderSeq = 0;
function order(userId: string, money: string, currency: string, extra: Record<string, string> = {}) {
  return {
    user_id: userId,
    busi_partner: '101001',
    no_order: `ORDER-${++orderSeq}-${Date.now()}`,
    dt_order: lianlianTime(),
    name_goods: 'badminton shuttlecocks',
    info_order: 'test order',
    notify_url: 'https://merchant.example/notify',
    risk_item: RISK_ITEM,
    pay_type: 'D',
    currency_order: currency,
    money_order: money,
    currency_settle: currency,
    card_no: TEST_CARDS.icbcDebit,
    acct_name: HOLDER.acct_name,
    id_type: HOLDER.id_type,
    id_no: HOLDER.id_no,
    bind_mob: HOLDER.bind_mob,
    ...extra,
  } as const;
}

describe('exchange payment', () => {
  it('runs apply → SMS → verify and converts the amount with exact cents', async () => {
    const params = order('x1', '31.68', 'USD');
    const applied = await env.client.exchangePayment.apply(params);
    expect(applied).toMatchObject({
      ret_code: '0000',
      oid_partner: OID_PARTNER,
      no_order: params.no_order,
      dt_order: params.dt_order,
      money_order: '31.68',
      currency_order: 'USD',
    });
    expect(applied.oid_paybill).toMatch(/^\d{16}$/);
    expect(applied.token).toMatch(/^[0-9A-F]{32}$/);
    expect(applied).not.toHaveProperty('result_pay');

    const paid = await env.client.exchangePayment.verify({ user_id: 'x1', token: applied.token!, verify_code: env.sandbox.smsCode('x1'), no_order: params.no_order });
    expect(paid).toMatchObject({
      ret_code: '0000',
      oid_partner: OID_PARTNER,
      no_order: params.no_order,
      dt_order: params.dt_order,
      oid_paybill: applied.oid_paybill,
      result_pay: 'SUCCESS',
      settle_date: lianlianTime().slice(0, 8),
      info_order: 'test order',
      pay_type: 'D',
      currency_order: 'USD',
      money_order: '31.68',
      currency_settle: 'USD',
      money_settle: '31.68',
      currency_pay: 'CNY',
      money_pay: '224.93', // 31.68 × 7.1000 = 224.928 → half up
      exchange_rate: '7.1000',
    });
    // A paid order's token is spent.
    await expect(env.client.exchangePayment.verify({ user_id: 'x1', token: applied.token!, verify_code: env.sandbox.smsCode('x1'), no_order: params.no_order })).rejects.toMatchObject({ code: '1000' });
  });

  it('settles in another currency through CNY', async () => {
    const params = order('x2', '100.00', 'EUR', { currency_settle: 'USD' });
    const applied = await env.client.exchangePayment.apply(params);
    const paid = await env.client.exchangePayment.verify({ user_id: 'x2', token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!), no_order: params.no_order });
    // 100.00 EUR × 7.7500 = 775.00 CNY; / 7.1000 = 109.1549… USD → 109.15
    expect(paid).toMatchObject({ money_pay: '775.00', money_settle: '109.15', currency_settle: 'USD', exchange_rate: '7.7500' });
  });

  it('rounds half up at exactly half a cent, with no float error', () => {
    // 1.25 HKD × 0.9100 = 1.1375 CNY → 1.14
    expect(convertMoney('1.25', 'HKD', 'CNY')).toBe('1.14');
    expect(convertMoney('0.50', 'SEK', 'CNY')).toBe('0.34'); // 0.34 exactly
    expect(convertMoney('0.25', 'USD', 'CNY')).toBe('1.78'); // 1.775 → 1.78 (a float gives 1.7749999…)
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
    expect(convertMoney('100000000.00', 'USD', 'CNY')).toBe('710000000.00');
    expect(moneyToCents(convertMoney('31.68', 'USD', 'USD'))).toBe(3168n);
    expect(Object.keys(CNY_RATES)).toContain('CNY');
  });

  it('answers 1002 for a no_order the merchant already used', async () => {
    const params = order('x3', '10.00', 'USD');
    await env.client.exchangePayment.apply(params);
    await expect(env.client.exchangePayment.apply(params)).rejects.toMatchObject({ code: '1002', retMsg: '第三方单号重复' });
  });

  it('answers 1900 for a wrong code and 1000 for a token quoted with another order', async () => {
    const first = order('x4', '5.00', 'GBP');
    const second = order('x4', '6.00', 'GBP');
    const a = await env.client.exchangePayment.apply(first);
    await env.client.exchangePayment.apply(second);
    const code = env.sandbox.smsCode(a.token!);
    await expect(env.client.exchangePayment.verify({ user_id: 'x4', token: a.token!, verify_code: code === '000000' ? '111111' : '000000', no_order: first.no_order })).rejects.toMatchObject({ code: '1900' });
    await expect(env.client.exchangePayment.verify({ user_id: 'x4', token: a.token!, verify_code: code, no_order: second.no_order })).rejects.toMatchObject({ code: '1000' });
    await expect(env.client.exchangePayment.verify({ user_id: 'x4', token: a.token!, verify_code: code, no_order: first.no_order })).resolves.toMatchObject({ money_pay: '45.25' });
  });

  it('answers 1004 for a currency it has no rate for, and 1100 for an unknown card', async () => {
    await expect(env.client.exchangePayment.apply(order('x5', '1.00', 'XYZ'))).rejects.toMatchObject({ code: '1004', retMsg: '商户请求参数校验错误（currency_order）' });
    await expect(env.client.exchangePayment.apply(order('x5', '1.00', 'USD', { card_no: '4111111111111111' }))).rejects.toMatchObject({ code: '1100' });
  });
});
