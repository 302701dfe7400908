/**
 * Issue 9 §2: a signed answer is only accepted for the request it answers.
 * Each case is a fake LianLian on 127.0.0.1 signing a well-formed answer with
 * LianLian's (test-only) key that nonetheless answers something else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../packages/web/src/operations.ts';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { SignatureVerificationError } from '../../runtime/1-errors-encoding/errors/signature-verification-error.ts';
import { lianlianSign, startFakeLianLian, testOnlyKeys, type FakeLianLian } from './_fake-lianlian.ts';

const OID = '201103171000000000';
let lianlian: ReturnType<typeof testOnlyKeys>;
let fake: FakeLianLian;
let client: LianLianCore;

beforeAll(async () => {
  lianlian = testOnlyKeys();
  const merchant = testOnlyKeys();
  fake = await startFakeLianLian();
  client = new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl: fake.url });
});
afterAll(() => fake.close());

/** Queues an answer LianLian signed: `fields(request)` plus sign_type and sign; agreement_list stays out of the signature, as LianLian leaves it. */
function answers(fields: (request: Record<string, string>) => Record<string, unknown>): void {
  fake.answer((request) => {
    const { agreement_list, ...body } = { sign_type: 'RSA', ...fields(request) } as Record<string, unknown>;
    return { ...body, sign: lianlianSign(body, lianlian.privateKey), ...(agreement_list !== undefined && { agreement_list }) };
  });
}

const queryA1 = () => client.request(operations['easypay.query'], { no_order: 'A1', dt_order: '20240101120000' });
const orderAnswer = (no: string, money: string) => ({
  ret_code: '0000',
  ret_msg: '交易成功',
  oid_partner: OID,
  no_order: no,
  dt_order: '20240101120000',
  oid_paybill: '2024010100000001',
  money_order: money,
  result_pay: 'SUCCESS',
});

const refund = () =>
  client.request(operations['refund.apply'], {
    no_refund: 'R1',
    dt_refund: '20240101120000',
    money_refund: '1.00',
    no_order: 'A1',
    dt_order: '20240101120000',
    notify_url: 'https://merchant.example/notify',
  });
const refundAnswer = (no: string) => ({
  ret_code: '0000',
  ret_msg: '交易成功',
  oid_partner: OID,
  no_refund: no,
  money_refund: '1.00',
  oid_refundno: '2024010100000009',
  sta_refund: '2',
});

const cardVerify = () => client.request(operations['cardBind.verify'], { token: 'T1', user_id: 'u1', verify_code: '123456' });
const cardList = () => client.request(operations['cardBind.query'], { user_id: 'u1', offset: '0' });
const cardListAnswer = (user: string) => ({
  ret_code: '0000',
  ret_msg: '交易成功',
  user_id: user,
  count: '1',
  agreement_list: [{ no_agree: '2024010100000011', card_no: '6216', bank_code: '01020000', bank_name: '工商银行', card_type: '2', bind_mobile: '1391' }],
});

describe('answers bound to their request', () => {
  it('accepts the genuine answers', async () => {
    answers(() => orderAnswer('A1', '0.01'));
    expect(await queryA1()).toMatchObject({ no_order: 'A1', money_order: '0.01' });
    answers(() => refundAnswer('R1'));
    expect(await refund()).toMatchObject({ no_refund: 'R1', sta_refund: '2' });
    answers(() => ({ ret_code: '0000', ret_msg: '交易成功', oid_partner: OID, user_id: 'u1', card_no: '6216', no_agree: '2024010100000011' }));
    expect(await cardVerify()).toMatchObject({ user_id: 'u1' });
    answers(() => cardListAnswer('u1'));
    expect(await cardList()).toMatchObject({ user_id: 'u1', count: 1 }); // count: LianLian's SDK types it Integer
  });

  it('refuses a signed answer about another order (query A1 answered with B2, 99999.00)', async () => {
    answers(() => orderAnswer('B2', '99999.00'));
    await expect(queryA1()).rejects.toThrow(SignatureVerificationError);
    answers(() => orderAnswer('B2', '99999.00'));
    await expect(queryA1()).rejects.toThrow(/no_order is not the one this request sent/);
  });

  it('refuses a bare signed {ret_code:"0000"} for easypay.query and refund.apply', async () => {
    answers(() => ({ ret_code: '0000' }));
    await expect(queryA1()).rejects.toThrow(/lacks required field (ret_msg|oid_partner|no_order)/);
    answers(() => ({ ret_code: '0000' }));
    await expect(refund()).rejects.toThrow(/lacks required field/);
  });

  it('refuses an easypay.query answer for cardBind.verify', async () => {
    answers(() => orderAnswer('A1', '0.01'));
    await expect(cardVerify()).rejects.toThrow(/lacks required field (user_id|card_no)/);
  });

  it("refuses another user's card list", async () => {
    answers(() => cardListAnswer('u2'));
    await expect(cardList()).rejects.toThrow(/user_id is not the one this request sent/);
  });

  it('refuses an answer for another refund, and one addressed to another merchant', async () => {
    answers(() => refundAnswer('R2'));
    await expect(refund()).rejects.toThrow(/no_refund is not the one/);
    answers(() => ({ ...refundAnswer('R1'), oid_partner: '201103171000000001' }));
    await expect(refund()).rejects.toThrow(/another oid_partner/);
  });

  it('refuses a success without oid_partner where the operation answers with it', async () => {
    answers(() => {
      const { oid_partner: _, ...rest } = orderAnswer('A1', '0.01');
      return rest;
    });
    await expect(queryA1()).rejects.toThrow(/lacks required field oid_partner/);
  });
});
