/**
 * Issue 10 §3: fields the spec does not know. `RequestOptions.extraFields`
 * sends named extra request fields, signed (and sealed into pay_load where the
 * operation does that), after checks that name the field and never its value;
 * unknown answer fields stay covered by the signature and come back as text.
 * A fake LianLian on 127.0.0.1 checks what was sent with node:crypto. Keys are
 * TEST-ONLY, made at test time.
 */
import { createVerify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../packages/web/src/operations.ts';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import type { RequestOptions } from '../../runtime/4-operations/config.ts';
import { SignatureVerificationError } from '../../runtime/1-errors-encoding/errors/signature-verification-error.ts';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';
import { decryptPayload } from '../../runtime/3-sign-verify/pay-load.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { lianlianSign, startFakeLianLian, testOnlyKeys, type FakeLianLian } from './_fake-lianlian.ts';

const OID = '201103171000000000';
let lianlian: ReturnType<typeof testOnlyKeys>;
let merchant: ReturnType<typeof testOnlyKeys>;
let fake: FakeLianLian;
let client: LianLianCore;

beforeAll(async () => {
  lianlian = testOnlyKeys();
  merchant = testOnlyKeys();
  fake = await startFakeLianLian();
  client = new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl: fake.url });
});
afterAll(() => fake.close());

/** Whether the merchant's (test-only) key signed `fields`, checked by node:crypto, not our verifier. */
function merchantSigned(fields: Record<string, unknown>): boolean {
  return createVerify('RSA-MD5').update(signatureSource(fields), 'utf8').verify(merchant.publicKey, String(fields.sign), 'base64');
}

/** Queues an answer signed by LianLian's (test-only) key, plus `afterSigning` added once signed. */
function answers(fields: Record<string, unknown>, afterSigning: Record<string, unknown> = {}): void {
  fake.answer(() => {
    const body = { sign_type: 'RSA', ...fields };
    return { ...body, sign: lianlianSign(body, lianlian.privateKey), ...afterSigning };
  });
}

const QUERY = { no_order: 'A1', dt_order: '20240101120000' };
const ORDER_ANSWER = {
  ret_code: '0000',
  ret_msg: '交易成功',
  oid_partner: OID,
  no_order: 'A1',
  dt_order: '20240101120000',
  oid_paybill: '2024010100000001',
  money_order: '0.01',
  result_pay: 'SUCCESS',
};
const query = (options?: RequestOptions) => client.request<Record<string, unknown>>(operations['easypay.query'], QUERY, options);

const CARD_NO = '6217000010012345678';
const INSTANT = {
  no_order: 'IP1',
  dt_order: '20240101120000',
  money_order: '10.00',
  flag_card: '0',
  card_no: CARD_NO,
  acct_name: '测试用户',
  info_order: 'payout',
  memo: '代付',
  notify_url: 'https://merchant.example/notify',
};

describe('extraFields on a request', () => {
  it('signs and sends them with the typed fields', async () => {
    answers(ORDER_ANSWER);
    await query({ extraFields: { platform: 'shop-7', payLoadVersion: '2' } });
    const sent = fake.received.at(-1)!;
    expect(sent).toMatchObject({ ...QUERY, platform: 'shop-7', payLoadVersion: '2', oid_partner: OID });
    expect(merchantSigned(sent)).toBe(true);
    // The signature covers them: the same body without the extra field does not verify.
    const { platform: _, ...without } = sent;
    expect(merchantSigned(without)).toBe(false);
  });

  it('seals them into pay_load, signed, for lianpay1_0_1 operations', async () => {
    fake.answer(() => ({ ret_code: '1001', ret_msg: '商户请求签名错误' })); // LianLian's unsigned refusal; only the request matters here
    const call = client.request(operations['instantPayment.apply'], INSTANT, { extraFields: { platform: 'shop-7' } });
    await expect(call).rejects.toMatchObject({ name: 'LianLianError', code: '1001' });
    const sent = fake.received.at(-1)!;
    expect(Object.keys(sent).sort()).toEqual(['oid_partner', 'pay_load']);
    const inner = JSON.parse(await decryptPayload(String(sent.pay_load), lianlian.privateKey)) as Record<string, unknown>;
    expect(inner).toMatchObject({ no_order: 'IP1', platform: 'shop-7' });
    expect(merchantSigned(inner)).toBe(true);
  });

  it('adds them to a redirect form, signed, and to the JSON req_data of an H5 page', async () => {
    const page = {
      user_id: 'u1',
      busi_partner: '101001',
      no_order: 'W1',
      dt_order: '20240101120000',
      name_goods: 'goods',
      money_order: '1.00',
      notify_url: 'https://merchant.example/notify',
      userreq_ip: '127.0.0.1',
      pay_type: 'M',
      risk_item: { frms_ware_category: '1009' },
    };
    // The redirect pages already type `platform`; shop_channel stands for a field they do not know.
    const extraFields = { shop_channel: 'app' };
    const web = await client.redirectForm(operations['easypay.webPayment'], page, { extraFields });
    expect(web.fields.shop_channel).toBe('app');
    expect(merchantSigned({ ...web.fields })).toBe(true);
    expect(web.html()).toContain('name="shop_channel" value="app"');

    const { userreq_ip: _, ...h5Params } = page;
    const h5 = await client.redirectForm(operations['easypay.h5Payment'], { ...h5Params, app_request: '3' }, { extraFields });
    const reqData = JSON.parse(h5.fields.req_data!) as Record<string, unknown>;
    expect(reqData.shop_channel).toBe('app');
    expect(merchantSigned(reqData)).toBe(true);
  });

  it('refuses, before anything is sent, each name or value that breaks a rule, naming the field', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ Platform: 'x' }, 'extraFields.Platform', /not a LianLian field name/],
      [{ _platform: 'x' }, 'extraFields._platform', /not a LianLian field name/],
      [{ ['a'.repeat(65)]: 'x' }, 'extraFields', /has a 65-character key that is not a LianLian field name/],
      [{ '1abc': 'x' }, 'extraFields', /has a 4-character key that is not a LianLian field name/],
      [{ 'plat-form': 'x' }, 'extraFields', /has a 9-character key that is not/],
      [{ [CARD_NO]: 'x' }, 'extraFields', /has a 19-character key that is not/],
      [{ dt_order: '20240101120000' }, 'extraFields.dt_order', /is a request field of easypay\.query: pass it in params/],
      [{ Dt_order: 'x' }, 'extraFields.Dt_order', /not a LianLian field name/],
      [{ dt_Order: 'x' }, 'extraFields.dt_Order', /differs from the field dt_order only in case/],
      [{ oid_partner: OID }, 'extraFields.oid_partner', /filled in by the client/],
      [{ sign: 'x' }, 'extraFields.sign', /filled in by the client/],
      [{ sign_type: 'RSA' }, 'extraFields.sign_type', /filled in by the client/],
      [{ api_version: '1.0' }, 'extraFields.api_version', /filled in by the client/],
      [{ version: '1.0' }, 'extraFields.version', /filled in by the client/],
      [{ time_stamp: '20240101120000' }, 'extraFields.time_stamp', /filled in by the client/],
      [{ timestamp: '20240101120000' }, 'extraFields.timestamp', /filled in by the client/],
      [{ pay_load: 'x' }, 'extraFields.pay_load', /filled in by the client/],
      [{ time_Stamp: 'x' }, 'extraFields.time_Stamp', /differs from the field time_stamp only in case/],
      [{ platform: 'a', plaTform: 'b' }, 'extraFields.plaTform', /differs from the field platform only in case/],
      [{ constructor: 'x' }, 'extraFields.constructor', /not allowed/],
      [{ platform: 7 }, 'extraFields.platform', /must be a string, got number/],
      [{ platform: { id: 'x' } }, 'extraFields.platform', /must be a string, got object/],
      [{ platform: ['x'] }, 'extraFields.platform', /must be a string, got a list/],
      [{ platform: null }, 'extraFields.platform', /must be a string, got null/],
      [{ platform: '' }, 'extraFields.platform', /must not be empty/],
      [{ platform: 'a&no_order=B2' }, 'extraFields.platform', /must not contain "&"/],
      ['platform=x', 'extraFields', /must be an object/],
      [['x'], 'extraFields', /must be an object/],
      [null, 'extraFields', /must be an object/],
    ];
    const before = fake.received.length;
    for (const [extraFields, field, rule] of cases) {
      const error = await query({ extraFields } as unknown as RequestOptions).catch((e: unknown) => e);
      expect(error, JSON.stringify(extraFields)).toBeInstanceOf(ValidationError);
      expect(error, JSON.stringify(extraFields)).toMatchObject({ operation: 'easypay.query', field, message: expect.stringMatching(rule) });
    }
    expect(fake.received.length).toBe(before);
  });

  it('never quotes a refused value, nor a key that could be data', async () => {
    for (const extraFields of [{ holder_note: `${CARD_NO}&x` }, { holder_note: Number(CARD_NO) }, { [CARD_NO]: 'x' }]) {
      const error = (await query({ extraFields } as unknown as RequestOptions).catch((e: unknown) => e)) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).not.toMatch(/6217|\d{7}/);
    }
  });

  it('is the only way to send an unknown name: a typo in params is still refused', async () => {
    const typo = client.request(operations['cardBind.query'], { user_idd: 'u1', offset: '0' });
    await expect(typo).rejects.toThrow(ValidationError);
    await expect(client.request(operations['cardBind.query'], { user_idd: 'u1', offset: '0' })).rejects.toThrow(
      /user_idd is not a request field of cardBind\.query/,
    );
  });
});

describe('answer fields the spec does not know', () => {
  it('come back verified, as their signed text', async () => {
    answers({ ...ORDER_ANSWER, platform: 'shop-7', bank_serial_no: 12345 });
    expect(await query()).toMatchObject({ ...ORDER_ANSWER, platform: 'shop-7', bank_serial_no: '12345' });
  });

  it('fail verification when added after signing', async () => {
    answers(ORDER_ANSWER, { platform: 'shop-7' });
    await expect(query()).rejects.toThrow(SignatureVerificationError);
  });
});
