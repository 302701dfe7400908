import { LianLianError } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WRONG_CODES, TEST_CARDS } from '../src/index.ts';
import { bindParams, HOLDER, OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

/** apply → read the "texted" code → verify; returns the new no_agree. */
async function bind(userId: string, cardNo: string): Promise<string> {
  const applied = await env.client.cardBind.apply(bindParams(userId, cardNo));
  const verified = await env.client.cardBind.verify({ user_id: userId, token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) });
  return verified.no_agree!;
}

describe('card bind', () => {
  it('runs apply → SMS → verify → query → unbind → query (3007)', async () => {
    const applied = await env.client.cardBind.apply(bindParams('alice', TEST_CARDS.icbcDebit));
    expect(applied).toMatchObject({ ret_code: '0000', ret_msg: '交易成功', user_id: 'alice', oid_partner: OID_PARTNER });
    expect(applied.token).toMatch(/^[0-9A-F]{32}$/);
    const code = env.sandbox.smsCode('alice');
    expect(code).toMatch(/^\d{6}$/);
    expect(env.sandbox.smsCode(applied.token!)).toBe(code);

    const verified = await env.client.cardBind.verify({ user_id: 'alice', token: applied.token!, verify_code: code });
    expect(verified).toMatchObject({ ret_code: '0000', user_id: 'alice', oid_partner: OID_PARTNER, card_no: '0128' });
    expect(verified.no_agree).toMatch(/^\d{16}$/);

    const listed = await env.client.cardBind.query({ user_id: 'alice', offset: '0' });
    expect(listed).toMatchObject({ ret_code: '0000', user_id: 'alice', count: 1 });
    expect(listed.unverified?.agreement_list).toEqual([
      { no_agree: verified.no_agree, card_no: '0128', bank_code: '01020000', bank_name: '中国工商银行', card_type: '2', bind_mobile: '139****9593' },
    ]);

    const unbound = await env.client.cardBind.unbind({ user_id: 'alice', no_agree: verified.no_agree! });
    expect(unbound.ret_code).toBe('0000');
    await expect(env.client.cardBind.query({ user_id: 'alice', offset: '0' })).rejects.toMatchObject({ code: '3007', retMsg: '[user_id]查询不存在' });
  });

  it('lists newest first, filters by no_agree / card_no / pay_type, and pages by 10', async () => {
    const debit = await bind('bob', TEST_CARDS.ccbDebit);
    const credit = await bind('bob', TEST_CARDS.cmbCredit);
    const all = await env.client.cardBind.query({ user_id: 'bob', offset: '0' });
    expect(all.count).toBe(2);
    expect(all.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([credit, debit]);
    expect(all.unverified?.agreement_list?.[0]).toMatchObject({ card_no: '7898', bank_code: '03080000', card_type: '3' });

    const byAgree = await env.client.cardBind.query({ user_id: 'bob', offset: '0', no_agree: debit });
    expect(byAgree.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([debit]);
    const byCard = await env.client.cardBind.query({ user_id: 'bob', offset: '0', card_no: TEST_CARDS.cmbCredit });
    expect(byCard.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([credit]);
    const debitOnly = await env.client.cardBind.query({ user_id: 'bob', offset: '0', pay_type: '2' });
    expect(debitOnly.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([debit]);

    const secondPage = await env.client.cardBind.query({ user_id: 'bob', offset: '1' });
    expect(secondPage).toMatchObject({ ret_code: '0000', count: 2 });
    expect(secondPage.unverified?.agreement_list).toBeUndefined();
  });

  it('answers 3009 for a card already bound to the user', async () => {
    await bind('carol', TEST_CARDS.icbcDebit);
    await expect(env.client.cardBind.apply(bindParams('carol', TEST_CARDS.icbcDebit))).rejects.toMatchObject({ code: '3009', retMsg: '重复签约' });
  });

  it('answers 1108 when a bound user_id is applied for with another person', async () => {
    await bind('dave', TEST_CARDS.icbcDebit);
    await expect(env.client.cardBind.apply(bindParams('dave', TEST_CARDS.ccbDebit, { id_no: '110101199001010022' }))).rejects.toMatchObject({ code: '1108' });
    await expect(env.client.cardBind.apply(bindParams('dave', TEST_CARDS.ccbDebit, { acct_name: '另一人' }))).rejects.toMatchObject({ code: '1108' });
    // The same person may bind another card.
    await expect(env.client.cardBind.apply(bindParams('dave', TEST_CARDS.ccbDebit))).resolves.toMatchObject({ ret_code: '0000' });
  });

  it('answers 1100 for a card number that is not Luhn-valid or has an unknown BIN', async () => {
    await expect(env.client.cardBind.apply(bindParams('erin', '6222021234567890123'))).rejects.toMatchObject({ code: '1100' });
    await expect(env.client.cardBind.apply(bindParams('erin', '4111111111111111'))).rejects.toMatchObject({ code: '1100' });
  });

  it('surfaces a wrong SMS code as LianLianError 1900, and kills the token after three', async () => {
    const { token } = await env.client.cardBind.apply(bindParams('frank', TEST_CARDS.icbcDebit));
    const right = env.sandbox.smsCode(token!);
    const wrong = right === '000000' ? '111111' : '000000';
    const attempt = env.client.cardBind.verify({ user_id: 'frank', token: token!, verify_code: wrong });
    await expect(attempt).rejects.toBeInstanceOf(LianLianError);
    await expect(attempt).rejects.toMatchObject({ code: '1900', retMsg: '短信码校验错误', signed: true });
    for (let i = 1; i < MAX_WRONG_CODES; i++)
      await expect(env.client.cardBind.verify({ user_id: 'frank', token: token!, verify_code: wrong })).rejects.toMatchObject({ code: '1900' });
    await expect(env.client.cardBind.verify({ user_id: 'frank', token: token!, verify_code: right })).rejects.toMatchObject({ code: '1000' });
  });

  it('answers 1000 for an unknown token, another user’s token, or a used one', async () => {
    const { token } = await env.client.cardBind.apply(bindParams('gina', TEST_CARDS.icbcDebit));
    const code = env.sandbox.smsCode(token!);
    await expect(env.client.cardBind.verify({ user_id: 'gina', token: '0'.repeat(32), verify_code: code })).rejects.toMatchObject({ code: '1000' });
    await expect(env.client.cardBind.verify({ user_id: 'hank', token: token!, verify_code: code })).rejects.toMatchObject({ code: '1000' });
    await env.client.cardBind.verify({ user_id: 'gina', token: token!, verify_code: code });
    await expect(env.client.cardBind.verify({ user_id: 'gina', token: token!, verify_code: code })).rejects.toMatchObject({ code: '1000' });
  });

  it('answers 3003 for a no_agree the user does not have', async () => {
    const noAgree = await bind('ivan', TEST_CARDS.icbcDebit);
    await expect(env.client.cardBind.unbind({ user_id: 'ivan', no_agree: '1234567890123456' })).rejects.toMatchObject({ code: '3003', retMsg: '签约信息不存在' });
    await expect(env.client.cardBind.unbind({ user_id: 'judy', no_agree: noAgree })).rejects.toMatchObject({ code: '3003' });
  });

  it('never answers a full card number or phone number', async () => {
    await bind('kate', TEST_CARDS.ccbCredit);
    const answer = JSON.stringify(await env.client.cardBind.query({ user_id: 'kate', offset: '0' }));
    expect(answer).not.toContain(TEST_CARDS.ccbCredit);
    expect(answer).not.toContain(HOLDER.bind_mob);
    expect(answer).not.toContain(HOLDER.id_no);
  });
});
