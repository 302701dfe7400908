/**
 * Issue 9 §1: a payer who gets `&…` into an echoed field (info_order) of a
 * signed message re-splits it into a "paid" message for another order. The
 * genuine message and the re-split one have the same signature source and so
 * the same signature; every path refuses the re-split one and the genuine one
 * that carries the "&", and accepts genuine messages without it.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../packages/web/src/operations.ts';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { SignatureVerificationError } from '../../runtime/1-errors-encoding/errors/signature-verification-error.ts';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';
import { toNodeListener } from '../../runtime/5-client/node-http.ts';
import { assertSignableRequest } from '../../runtime/3-sign-verify/signed-fields.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { lianlianSign, startFakeLianLian, testOnlyKeys, type FakeLianLian } from './_fake-lianlian.ts';
import { resplitProperty, type ResplitStats } from './_resplit.ts';

const OID = '201103171000000000';
const INJECTED = `money_order=9999.00&no_order=B&oid_partner=${OID}&oid_paybill=2099010100000001&pay_type=D&result_pay=SUCCESS&settle_date=20240101&sign_type=RSA`;

let lianlian: ReturnType<typeof testOnlyKeys>;
let merchant: ReturnType<typeof testOnlyKeys>;
let core: LianLianCore;

beforeAll(() => {
  lianlian = testOnlyKeys();
  merchant = testOnlyKeys();
  core = new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey });
});

/** Order A (0.01, paid) as LianLian reports it, with `info` as the payer's info_order, plus `extra`. */
function orderA(info: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    oid_partner: OID,
    sign_type: 'RSA',
    no_order: 'A',
    dt_order: '20240101120000',
    oid_paybill: '2024010100000001',
    money_order: '0.01',
    info_order: info,
    ...extra,
  };
}

/** `fields` with LianLian's signature. */
const signedByLianLian = (fields: Record<string, string>) => ({ ...fields, sign: lianlianSign(fields, lianlian.privateKey) });

/** The paid order's async notification. */
const paidA = (info: string) => signedByLianLian(orderA(info, { result_pay: 'SUCCESS', settle_date: '20240101', pay_type: 'D', bank_code: '01020000' }));

/** The payer's re-split: the injected pairs become fields and `zz` swallows the genuine rest. */
function resplitForgery(genuine: Record<string, string>): Record<string, string> {
  const source = signatureSource(genuine);
  const cut = source.indexOf('&zz=');
  const forged: Record<string, string> = {};
  for (const pair of source.slice(0, cut).split('&')) forged[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
  forged.zz = source.slice(cut + 4);
  forged.sign = genuine.sign!;
  expect(signatureSource(forged)).toBe(source); // same source, so LianLian's signature verifies on it
  return forged;
}

const genuine = () => paidA('用户13958069593购买了3桶羽毛球');
const carrier = () => paidA(`x&${INJECTED}&zz=`);

describe('notification handler (easypay.notificationHandler)', () => {
  let server: Server;
  let url: string;
  const paid: Record<string, unknown>[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    const handler = core.notificationHandler<Record<string, unknown>>(operations['easypay.notification'], (n) => void paid.push(n), {
      onError: (e) => errors.push(e),
    });
    server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: unknown) =>
    new Promise<{ status: number; retCode: string }>((resolve, reject) => {
      const rq = httpRequest(url, { method: 'POST', headers: { 'content-type': 'text/json;charset=utf-8' } }, (rs) => {
        let text = '';
        rs.on('data', (c: Buffer) => (text += c.toString()));
        rs.on('end', () => resolve({ status: rs.statusCode!, retCode: (JSON.parse(text) as { ret_code: string }).ret_code }));
      });
      rq.on('error', reject);
      rq.end(typeof body === 'string' ? body : JSON.stringify(body));
    });

  it('accepts a genuine notification and hands on exactly its signed fields', async () => {
    const message = genuine();
    expect(await post(message)).toEqual({ status: 200, retCode: '0000' });
    expect(paid).toEqual([message]);
  });

  it('refuses the re-split forgery for order B: the callback never runs, onError gets the reason', async () => {
    paid.length = 0;
    errors.length = 0;
    const answer = await post(resplitForgery(carrier()));
    expect(answer.status).toBe(401);
    expect(answer.retCode).not.toBe('0000');
    expect(paid).toEqual([]);
    expect(errors[0]).toBeInstanceOf(SignatureVerificationError);
    expect(String(errors[0])).toMatch(/contains "&"/);
  });

  it('refuses the genuine carrier too: a signed "&" in info_order cannot be read one way', async () => {
    paid.length = 0;
    expect((await post(carrier())).status).toBe(401);
    expect(paid).toEqual([]);
  });

  it('refuses null, "" and type-confused extras, and JSON-number money', async () => {
    const message = genuine();
    expect((await post(JSON.stringify(message).replace('{', '{"__proto__":"x",'))).status).toBe(401);
    const { money_order: _, ...rest } = message;
    const numeric = { ...rest, money_order: 0.01 };
    expect((await post(numeric)).status).toBe(401); // 0.01 signs as "0.01", but money is a decimal string
    paid.length = 0;
    expect(await post({ ...message, memo: null, extra: '' })).toEqual({ status: 200, retCode: '0000' });
    expect(paid).toEqual([message]); // the empty extras were not signed, so they are not handed on
  });
});

describe('sync-notification parser (easypay.parseWebSyncNotification)', () => {
  const op = operations['easypay.webSyncNotification'];
  const sync = (info: string) => signedByLianLian(orderA(info, { settle_date: '20240101', pay_type: 'D', bank_code: '01020000' }));

  it('accepts the genuine form and refuses the re-split one and its carrier', async () => {
    const message = sync('备注');
    expect(await core.parseNotification(op, new URLSearchParams(message).toString())).toEqual(message);
    const carried = sync(`x&${INJECTED}&zz=`);
    await expect(core.parseNotification(op, new URLSearchParams(resplitForgery(carried)))).rejects.toBeInstanceOf(SignatureVerificationError);
    await expect(core.parseNotification(op, new URLSearchParams(carried))).rejects.toBeInstanceOf(SignatureVerificationError);
  });
});

describe("client's answer path (easypay.query)", () => {
  let fake: FakeLianLian;
  let client: LianLianCore;
  beforeAll(async () => {
    fake = await startFakeLianLian();
    client = new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl: fake.url });
  });
  afterAll(() => fake.close());

  const answerFor = (info: string) => signedByLianLian(orderA(info, { ret_code: '0000', ret_msg: '交易成功', result_pay: 'SUCCESS' }));
  const query = () => client.request(operations['easypay.query'], { no_order: 'A', dt_order: '20240101120000' });

  it('returns a genuine answer and refuses the re-split one', async () => {
    const message = answerFor('备注');
    fake.answer(() => message);
    expect(await query()).toEqual(message);
    const carried = answerFor(`x&${INJECTED.replace('no_order=B', 'no_order=A').replace('settle_date', 'ret_code=0000&ret_msg=ok&settle_date')}&zz=`);
    fake.answer(() => resplitForgery(carried));
    await expect(query()).rejects.toThrow(SignatureVerificationError);
    await expect((fake.answer(() => resplitForgery(carried)), query())).rejects.toThrow(/contains "&"/);
  });

  it('refuses to sign a request whose echoed text holds "&", naming the field only', () => {
    const op = operations['easypay.apply'];
    const error = (() => {
      try {
        assertSignableRequest(op, { info_order: `x&${INJECTED}` });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('info_order');
    expect(String(error)).not.toContain('9999');
    // JSON text and a merchant URL's query keep their "&".
    expect(() => assertSignableRequest(op, { risk_item: '{"a":"x&b=1"}', notify_url: 'https://m.example/n?a=1&b=2' })).not.toThrow();
  });
});

describe('re-split property', () => {
  it('any two maps with one signature source are never both accepted with different meanings (5,000 cases here; bench/resplit.property.ts runs ≥ 100,000)', () => {
    const stats: ResplitStats = { cases: 0, sameSource: 0, bothAccepted: 0 };
    fc.assert(resplitProperty(stats), { numRuns: 5_000, seed: 9 });
    expect(stats.cases).toBe(5_000);
    // The property must actually meet pairs that both pass, or it proves nothing.
    expect(stats.sameSource).toBeGreaterThan(500);
    expect(stats.bothAccepted).toBeGreaterThan(100);
  });
});
