/**
 * Notifications end to end: a real node:http server on 127.0.0.1 (through
 * toNodeListener) and direct Request/Response calls. Notifications are signed
 * with node:crypto using a TEST-ONLY "LianLian" key made at test time; the
 * client under test only knows its public half.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { NotificationError } from '../../runtime/1-errors-encoding/errors/notification-error.ts';
import { SignatureVerificationError } from '../../runtime/1-errors-encoding/errors/signature-verification-error.ts';
import { toNodeListener } from '../../runtime/5-client/node-http.ts';
import type { FieldRule, OperationDef, SignType } from '../../runtime/1-errors-encoding/operation.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

const OID_PARTNER = '201103171000000000';

/** A TEST-ONLY RSA key pair; never a real key. */
function testOnlyKeys(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

const req = (name: string, extra: Partial<FieldRule> = {}): FieldRule => ({ name, presence: 'required', type: 'string', ...extra });
const opt = (name: string, extra: Partial<FieldRule> = {}): FieldRule => ({ name, presence: 'optional', type: 'string', ...extra });

/** easypay-asyn-notification.md, hand-built as the generator would emit it. */
const asyncOp: OperationDef = {
  id: 'easypay.notification',
  kind: 'notification',
  endpoint: '',
  encoding: 'json',
  route: '',
  signTypes: ['RSA', 'SHA256withRSA'],
  payload: 'none',
  successCodes: ['0000'],
  request: [
    req('oid_partner', { maxLength: 18, managed: true }),
    req('sign_type', { maxLength: 3, managed: true }),
    req('sign', { managed: true }),
    req('no_order', { maxLength: 32 }),
    req('dt_order', { format: 'datetime14' }),
    req('oid_paybill', { maxLength: 18 }),
    req('money_order', { format: 'money' }),
    req('result_pay'),
    opt('settle_date', { format: 'date8' }),
    opt('info_order', { maxLength: 255 }),
    req('pay_type'),
    opt('bank_code'),
    opt('no_agree'),
  ],
  response: [],
  responseGroups: [],
  doc: 'easypay-asyn-notification.md',
};

/** The synchronous notification form posted to url_return (easypay_web_redirect.md, sync-notification.md). */
const syncOp: OperationDef = {
  ...asyncOp,
  id: 'easypay.syncNotification',
  encoding: 'form',
  request: [req('ret_code'), req('ret_msg'), ...asyncOp.request.filter((f) => f.name !== 'result_pay' && f.name !== 'pay_type'), opt('pay_type')],
};

/** The docs' sample notification, addressed to our test merchant. */
function sample(): Record<string, string> {
  return {
    oid_partner: OID_PARTNER,
    dt_order: '20130515094013',
    no_order: '2013051500001',
    oid_paybill: '2013051613121201',
    money_order: '210.97',
    result_pay: 'SUCCESS',
    settle_date: '20130516',
    info_order: '用户13958069593购买了3桶羽毛球',
    pay_type: '2',
    bank_code: '01020000',
    sign_type: 'RSA',
  };
}

let lianlian: { privateKey: string; publicKey: string };
let attacker: { privateKey: string; publicKey: string };
let merchant: { privateKey: string; publicKey: string };
let core: LianLianCore;

/** Signs as LianLian does (signature-verify-sign.md): node:crypto over the signature source, by sign_type. */
function signed(fields: Record<string, string>, key = lianlian.privateKey): Record<string, string> {
  const algorithm = (fields.sign_type as SignType | undefined) === 'SHA256withRSA' ? 'RSA-SHA256' : 'RSA-MD5';
  const sign = createSign(algorithm).update(signatureSource(fields), 'utf8').sign(key, 'base64');
  return { ...fields, sign };
}

let server: Server;
let url: string;
/** What the test server runs; each test installs its own handler. */
let current: (request: Request) => Promise<Response>;
let calls: Record<string, unknown>[];
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  lianlian = testOnlyKeys();
  attacker = testOnlyKeys();
  merchant = testOnlyKeys();
  core = new LianLianCore({ oidPartner: OID_PARTNER, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey });
  server = createServer((rq, rs) => toNodeListener(current)(rq, rs));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lianlian/notify`;
}, 60_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  calls = [];
  handler = core.notificationHandler<Record<string, unknown>>(asyncOp, (n) => {
    calls.push(n);
  });
  current = handler;
});

/** POSTs as LianLian does (async-notification-concept.md: text/json;charset=utf-8). */
async function post(body: string, headers: Record<string, string> = { 'content-type': 'text/json;charset=utf-8' }) {
  const res = await fetch(url, { method: 'POST', body, headers });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text, json: JSON.parse(text) as { ret_code: string; ret_msg: string } };
}

describe('notificationHandler over node:http', () => {
  it('acknowledges a valid notification with 0000 after calling back once with the verified fields', async () => {
    const body = signed(sample());
    const answer = await post(JSON.stringify(body));
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.json).toEqual({ ret_code: '0000', ret_msg: 'ok' });
    expect(calls).toEqual([body]);
  });

  it('answers 0000 only after an async callback resolves', async () => {
    const order: string[] = [];
    current = core.notificationHandler(asyncOp, async () => {
      await new Promise((r) => setTimeout(r, 50));
      order.push('callback done');
    });
    const answer = await post(JSON.stringify(signed(sample())));
    order.push('answered');
    expect(answer.json.ret_code).toBe('0000');
    expect(order).toEqual(['callback done', 'answered']);
  });

  it('calls back on every duplicate delivery and answers 0000 each time; the callback must be idempotent', async () => {
    // LianLian may deliver the same notification twice (async-notification-concept.md): the merchant
    // applies it once, keyed on oid_paybill, and still returns normally so LianLian stops resending.
    const applied = new Map<string, number>();
    current = core.notificationHandler<Record<string, string>>(asyncOp, (n) => {
      calls.push(n);
      if (!applied.has(n.oid_paybill!)) applied.set(n.oid_paybill!, applied.size + 1);
    });
    const body = JSON.stringify(signed(sample()));
    const first = await post(body);
    const second = await post(body);
    expect([first.json.ret_code, second.json.ret_code]).toEqual(['0000', '0000']);
    expect(calls).toHaveLength(2);
    expect([...applied.keys()]).toEqual(['2013051613121201']);
  });

  it('accepts a notification signed with SHA256withRSA', async () => {
    const body = signed({ ...sample(), sign_type: 'SHA256withRSA' });
    expect((await post(JSON.stringify(body))).json.ret_code).toBe('0000');
    expect(calls).toEqual([body]);
  });

  it('passes through a field LianLian adds beyond the spec: the signature covers it', async () => {
    const body = signed({ ...sample(), new_field_from_lianlian: 'x' });
    expect((await post(JSON.stringify(body))).json.ret_code).toBe('0000');
    expect(calls[0]).toMatchObject({ new_field_from_lianlian: 'x' });
  });

  it('verifies fields as received, in any key order and whatever the content-type', async () => {
    const body = signed(sample());
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    expect((await post(JSON.stringify(reversed, null, 2), { 'content-type': 'application/json' })).json.ret_code).toBe('0000');
    expect(calls).toHaveLength(1);
  });

  const MARKER = 'MARKER-6222021234567890';

  describe.each([
    ['signed with another key (forged)', () => JSON.stringify(signed({ ...sample(), info_order: MARKER }, attacker.privateKey)), 401],
    ['a field changed after signing', () => JSON.stringify({ ...signed({ ...sample(), info_order: MARKER }), money_order: '99999.00' }), 401],
    ['a field added after signing', () => JSON.stringify({ ...signed(sample()), info_order2: MARKER }), 401],
    ['a signed field removed', () => JSON.stringify({ ...signed({ ...sample(), bank_code: MARKER }), bank_code: undefined }), 401],
    ['no sign', () => JSON.stringify({ ...sample(), info_order: MARKER }), 401],
    ['an empty sign', () => JSON.stringify({ ...sample(), info_order: MARKER, sign: '' }), 401],
    ['sign_type changed to SHA256withRSA after an RSA signature', () => JSON.stringify({ ...signed({ ...sample(), info_order: MARKER }), sign_type: 'SHA256withRSA' }), 401],
    ['not JSON', () => `oid_partner=${OID_PARTNER}&info_order=${MARKER}`, 400],
    ['a JSON array', () => JSON.stringify([signed({ ...sample(), info_order: MARKER })]), 400],
    ['empty', () => '', 400],
    ['addressed to another merchant (validly signed)', () => JSON.stringify(signed({ ...sample(), oid_partner: '201304121000001004', info_order: MARKER })), 403],
    ['lacking a required field (validly signed)', () => JSON.stringify(signed({ ...sample(), no_order: '', info_order: MARKER })), 400],
  ])('a body %s', (_name, body, status) => {
    it(`is refused with ${status} and a non-0000 answer that echoes nothing, without calling back`, async () => {
      const answer = await post(body());
      expect(answer.status).toBe(status);
      expect(answer.json.ret_code).not.toBe('0000');
      expect(answer.json.ret_msg.length).toBeGreaterThan(0);
      expect(answer.text).not.toContain('MARKER');
      expect(answer.text).not.toContain('6222');
      expect(calls).toHaveLength(0);
    });
  });

  it('refuses a body that is not UTF-8 with 400', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const res = await fetch(url, { method: 'POST', body: bytes, headers: { 'content-type': 'text/json' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { ret_code: string }).ret_code).not.toBe('0000');
    expect(calls).toHaveLength(0);
  });

  it('refuses a body over maxBodyBytes that declares its length with 413', async () => {
    current = core.notificationHandler(asyncOp, (n) => void calls.push(n as Record<string, unknown>), { maxBodyBytes: 1024 });
    const body = JSON.stringify(signed({ ...sample(), info_order: 'x'.repeat(2000) }));
    const answer = await post(body);
    expect(answer.status).toBe(413);
    expect(answer.json.ret_code).not.toBe('0000');
    expect(calls).toHaveLength(0);
  });

  it('refuses a body that streams past the default 64 KiB without content-length with 413, before it ends', async () => {
    // A chunked upload that never ends on its own: the answer must come while it is still sending.
    let sent = 0;
    const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      const rq = httpRequest(url, { method: 'POST', headers: { 'content-type': 'text/json', 'transfer-encoding': 'chunked' } });
      const chunk = '{' + ' '.repeat(8191);
      let stopped = false;
      const pump = (): void => {
        while (!stopped && sent < 16 * 1024 * 1024) {
          sent += chunk.length;
          if (!rq.write(chunk)) return void rq.once('drain', pump);
        }
      };
      rq.on('response', (res) => {
        stopped = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, sent });
          rq.destroy();
        });
      });
      rq.on('error', (e) => (stopped ? undefined : reject(e)));
      pump();
    });
    expect(answer.status).toBe(413);
    expect((JSON.parse(answer.body) as { ret_code: string }).ret_code).not.toBe('0000');
    expect(answer.sent).toBeLessThan(16 * 1024 * 1024);
    expect(calls).toHaveLength(0);
  });

  it('answers 500 with a non-0000 code when the callback throws, without leaking the error', async () => {
    const errors: unknown[] = [];
    current = core.notificationHandler(
      asyncOp,
      () => {
        throw new Error('db down while saving card 6222021234567890');
      },
      { onError: (e) => errors.push(e) },
    );
    const answer = await post(JSON.stringify(signed(sample())));
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({ ret_code: '9999', ret_msg: 'merchant handler failed' });
    expect(answer.text).not.toContain('db down');
    expect(answer.text).not.toContain('6222');
    expect(answer.text).not.toContain('2013051500001');
    expect((errors[0] as Error).message).toContain('db down');
  });

  it('refuses other methods with 405', async () => {
    const res = await fetch(url, { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as { ret_code: string }).ret_code).not.toBe('0000');
    expect(calls).toHaveLength(0);
  });

  it('reports rejected notifications to onError with typed errors that hold no body data', async () => {
    const errors: unknown[] = [];
    current = core.notificationHandler(asyncOp, () => void 0, { onError: (e) => errors.push(e) });
    await post(JSON.stringify(signed({ ...sample(), info_order: MARKER }, attacker.privateKey)));
    await post(JSON.stringify(signed({ ...sample(), oid_partner: '201304121000001004', info_order: MARKER })));
    expect(errors[0]).toBeInstanceOf(SignatureVerificationError);
    expect(errors[1]).toBeInstanceOf(NotificationError);
    expect((errors[1] as NotificationError).status).toBe(403);
    for (const e of errors) expect(String((e as Error).message)).not.toContain('MARKER');
  });
});

describe('notificationHandler called directly (Workers, Deno, Bun)', () => {
  const notify = (body: BodyInit | null, init: RequestInit = {}) =>
    handler(new Request('https://merchant.example/notify', { method: 'POST', body, ...init }));

  it('acknowledges a valid notification', async () => {
    const res = await notify(JSON.stringify(signed(sample())));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ret_code: '0000', ret_msg: 'ok' });
    expect(calls).toHaveLength(1);
  });

  it('stops reading an endless body once it passes maxBodyBytes', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 4096;
        controller.enqueue(new Uint8Array(4096).fill(0x20));
      },
    });
    const h = core.notificationHandler(asyncOp, () => void calls.push({}), { maxBodyBytes: 10_000 });
    const res = await h(new Request('https://merchant.example/notify', { method: 'POST', body: endless, duplex: 'half' } as RequestInit));
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(10_000 + 4 * 4096);
    expect(calls).toHaveLength(0);
  });

  it('refuses a forged notification', async () => {
    const res = await notify(JSON.stringify(signed(sample(), attacker.privateKey)));
    expect(res.status).toBe(401);
    expect(calls).toHaveLength(0);
  });

  it('rejects a bad maxBodyBytes and a non-notification operation when the handler is made', () => {
    expect(() => core.notificationHandler(asyncOp, () => 0, { maxBodyBytes: 0 })).toThrow(TypeError);
    expect(() => core.notificationHandler({ ...asyncOp, kind: 'api' }, () => 0)).toThrow(TypeError);
  });
});

describe('form-encoded (synchronous) notifications', () => {
  function syncSample(signType = 'RSA'): Record<string, string> {
    return {
      ret_code: '0000',
      ret_msg: '支付成功',
      oid_partner: OID_PARTNER,
      sign_type: signType,
      dt_order: '20130224120224',
      no_order: '2013099129111111',
      oid_paybill: '2013099129232322',
      money_order: '49.95',
      settle_date: '20140109',
      info_order: '备注 + more=yes%20',
      pay_type: 'M',
      bank_code: '01020000',
    };
  }

  it('parses and verifies the form text and URLSearchParams', async () => {
    const fields = signed(syncSample());
    const form = new URLSearchParams(fields);
    expect(await core.parseNotification(syncOp, form.toString())).toEqual(fields);
    expect(await core.parseNotification(syncOp, form)).toEqual(fields);
  });

  it('treats an empty sign_type as RSA, as the docs sample sends it (sync-notification.md)', async () => {
    const fields = signed(syncSample(''));
    // The empty sign_type is not signed, so it is not handed on either.
    const { sign_type: _empty, ...delivered } = fields;
    expect(await core.parseNotification(syncOp, new URLSearchParams(fields))).toEqual(delivered);
  });

  it('throws SignatureVerificationError for a tampered or forged form', async () => {
    const tampered = new URLSearchParams({ ...signed(syncSample()), money_order: '0.01' });
    await expect(core.parseNotification(syncOp, tampered)).rejects.toBeInstanceOf(SignatureVerificationError);
    const forged = new URLSearchParams(signed(syncSample(), attacker.privateKey));
    await expect(core.parseNotification(syncOp, forged.toString())).rejects.toBeInstanceOf(SignatureVerificationError);
  });

  it('throws NotificationError for a field given twice', async () => {
    const form = new URLSearchParams(signed(syncSample()));
    form.append('money_order', '0.01');
    await expect(core.parseNotification(syncOp, form)).rejects.toBeInstanceOf(NotificationError);
  });

  it('serves a form-encoded notification over HTTP and refuses multipart', async () => {
    current = core.notificationHandler(syncOp, (n) => void calls.push(n as Record<string, unknown>));
    const fields = signed(syncSample());
    const ok = await post(new URLSearchParams(fields).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(ok.json.ret_code).toBe('0000');
    expect(calls).toEqual([fields]);
    const multipart = new FormData();
    for (const [k, v] of Object.entries(fields)) multipart.append(k, v);
    const res = await fetch(url, { method: 'POST', body: multipart });
    expect(res.status).toBe(400);
    expect(calls).toHaveLength(1);
  });

  it('parses an async JSON notification given as text', async () => {
    const fields = signed(sample());
    expect(await core.parseNotification(asyncOp, JSON.stringify(fields))).toEqual(fields);
    await expect(core.parseNotification(asyncOp, 'not json')).rejects.toBeInstanceOf(NotificationError);
  });
});
