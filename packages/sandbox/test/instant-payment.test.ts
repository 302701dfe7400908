import { moneyToCents } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIRM_WINDOW_MS, INITIAL_BALANCE_CENTS, TEST_CARDS } from '../src/index.ts';
import { instantParams, NOTIFY_URL } from './_flows.ts';
import { bindParams, startTestEnv, type TestEnv } from './_helpers.ts';

let clock = Date.now();
let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv({ now: () => clock });
});
afterAll(() => env.sandbox.close());

async function balance(): Promise<bigint> {
  return moneyToCents((await env.client.instantPayment.balance({})).amt_balance!);
}

describe('instant payment', () => {
  it('starts every merchant with the documented balance', async () => {
    await expect(env.client.instantPayment.balance({})).resolves.toMatchObject({ ret_code: '0000', amt_unsettle: '0.00' });
    expect(await balance()).toBe(INITIAL_BALANCE_CENTS);
  });

  it('pays at once (0000), debits the balance, and the query says SUCCESS', async () => {
    const before = await balance();
    const params = instantParams('12.34', TEST_CARDS.ccbDebit);
    const paid = await env.client.instantPayment.apply(params);
    expect(paid).toMatchObject({ ret_code: '0000', no_order: params.no_order });
    expect(paid.oid_paybill).toMatch(/^\d{16}$/);
    expect(await balance()).toBe(before - 1234n);
    const queried = await env.client.instantPayment.query({ no_order: params.no_order });
    expect(queried).toMatchObject({ result_pay: 'SUCCESS', money_order: '12.34', dt_order: params.dt_order, oid_paybill: paid.oid_paybill, info_order: 'test order' });
    await expect(env.client.instantPayment.query({ oid_paybill: paid.oid_paybill! })).resolves.toMatchObject({ no_order: params.no_order });
  });

  it('asks to confirm a second transfer to the same account (4002), then pays on confirm', async () => {
    await env.client.instantPayment.apply(instantParams('1.00', TEST_CARDS.icbcDebit));
    const before = await balance();
    const second = instantParams('2.00', TEST_CARDS.icbcDebit);
    const check = await env.client.instantPayment.apply(second);
    expect(check).toMatchObject({ ret_code: '4002', ret_msg: '疑似重复提交订单', no_order: second.no_order });
    expect(check.confirm_code).toMatch(/^\d{6}$/);
    expect(check).not.toHaveProperty('oid_paybill');
    await expect(env.client.instantPayment.query({ no_order: second.no_order })).resolves.toMatchObject({ result_pay: 'CHECK' });
    expect(await balance()).toBe(before);

    const wrong = check.confirm_code === '000000' ? '111111' : '000000';
    await expect(env.client.instantPayment.confirm({ no_order: second.no_order, confirm_code: wrong, notify_url: NOTIFY_URL })).rejects.toMatchObject({ code: '4001' });
    const confirmed = await env.client.instantPayment.confirm({ no_order: second.no_order, confirm_code: check.confirm_code!, notify_url: NOTIFY_URL });
    expect(confirmed).toMatchObject({ ret_code: '0000', no_order: second.no_order });
    expect(await balance()).toBe(before - 200n);
    await expect(env.client.instantPayment.query({ no_order: second.no_order })).resolves.toMatchObject({ result_pay: 'SUCCESS', oid_paybill: confirmed.oid_paybill });
    await expect(env.client.instantPayment.confirm({ no_order: second.no_order, confirm_code: check.confirm_code!, notify_url: NOTIFY_URL })).rejects.toMatchObject({ code: '4001' });
  });

  it('answers 4003 when the name does not match the bound card, 4004 when the transfer also repeats', async () => {
    const applied = await env.client.cardBind.apply(bindParams('i1', TEST_CARDS.ccbDebit));
    await env.client.cardBind.verify({ user_id: 'i1', token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) });
    // ccbDebit was paid to in an earlier test too; use a fresh card for the pure 4003 case.
    const fresh = '6217001234567890015';
    const apply = await env.client.cardBind.apply(bindParams('i2', fresh));
    await env.client.cardBind.verify({ user_id: 'i2', token: apply.token!, verify_code: env.sandbox.smsCode(apply.token!) });
    const mismatch = await env.client.instantPayment.apply(instantParams('3.00', fresh, '另一人'));
    expect(mismatch).toMatchObject({ ret_code: '4003', ret_msg: '收款银行卡和姓名不一致' });
    const both = await env.client.instantPayment.apply(instantParams('3.00', fresh, '另一人'));
    expect(both.ret_code).toBe('4004');
  });

  it('closes an unconfirmed transfer after 24 hours', async () => {
    await env.client.instantPayment.apply(instantParams('1.00', TEST_CARDS.icbcDebit));
    const later = instantParams('1.50', TEST_CARDS.icbcDebit);
    const check = await env.client.instantPayment.apply(later);
    expect(check.ret_code).toBe('4002');
    clock += CONFIRM_WINDOW_MS + 1000;
    try {
      await expect(env.client.instantPayment.query({ no_order: later.no_order })).resolves.toMatchObject({ result_pay: 'CLOSED' });
      await expect(env.client.instantPayment.confirm({ no_order: later.no_order, confirm_code: check.confirm_code!, notify_url: NOTIFY_URL })).rejects.toMatchObject({ code: '4001' });
    } finally {
      clock = Date.now();
    }
  });

  it('refuses a business account without bank_code, a credit card, an unknown card, an amount over the balance, an unknown order', async () => {
    await expect(env.client.instantPayment.apply({ ...instantParams(), flag_card: '1', card_no: '1234567890123' })).rejects.toMatchObject({ code: '1004', retMsg: '商户请求参数校验错误（bank_code）' });
    await expect(env.client.instantPayment.apply({ ...instantParams(), flag_card: '1', card_no: '1234567890123', bank_code: '01020000' })).resolves.toMatchObject({ ret_code: '0000' });
    await expect(env.client.instantPayment.apply(instantParams('1.00', TEST_CARDS.cmbCredit))).rejects.toMatchObject({ code: '5502', retMsg: '信用卡不支持提现' });
    await expect(env.client.instantPayment.apply(instantParams('1.00', '4111111111111111'))).rejects.toMatchObject({ code: '1100' });
    await expect(env.client.instantPayment.apply(instantParams('99999999.00', '6222021234567890011'))).rejects.toMatchObject({ code: '5006', retMsg: '商户账户余额不足' });
    await expect(env.client.instantPayment.query({ no_order: 'NOPE' })).rejects.toMatchObject({ code: '8901' });
    const params = instantParams('1.00', '6222021234567890029');
    await env.client.instantPayment.apply(params);
    await expect(env.client.instantPayment.apply(params)).rejects.toMatchObject({ code: '1002' });
  });
});
