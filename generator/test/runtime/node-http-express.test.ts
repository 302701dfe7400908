/**
 * toNodeListener mounted in a real Express 5 app on 127.0.0.1, the way a merchant
 * would: behind no body parser, behind express.raw/express.text (raw bytes kept),
 * and behind express.json/express.urlencoded in front of every route, the most
 * common setup: the parsed object cannot be verified, so each delivery is refused
 * (non-0000, LianLian resends it), reported to onError as a typed error naming the
 * fix, and logged once per listener. Keys are TEST-ONLY, made at test time.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotificationError } from '../../runtime/1-errors-encoding/errors/notification-error.ts';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { toNodeListener, type NodeListenerOptions } from '../../runtime/5-client/node-http.ts';
import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

const OID = '201103171000000000';
const field = (name: string): FieldRule => ({ name, presence: 'required', type: 'string' });
/** easypay-asyn-notification.md, trimmed: JSON posted as text/json. */
const op: OperationDef = {
  id: 'easypay.notification', kind: 'notification', endpoint: '', encoding: 'json', route: '', signTypes: ['RSA'], payload: 'none',
  successCodes: ['0000'], response: [], responseGroups: [], doc: 'docs/easypay-asyn-notification.md',
  request: ['oid_partner', 'sign_type', 'sign', 'no_order', 'oid_paybill', 'money_order', 'result_pay'].map(field),
};
/** The synchronous notification posted to url_return as a form (sync-notification.md), trimmed. */
const syncOp: OperationDef = {
  ...op, id: 'easypay.webSyncNotification', encoding: 'form',
  request: ['ret_code', 'ret_msg', 'oid_partner', 'sign_type', 'sign', 'no_order', 'oid_paybill', 'money_order'].map(field),
};

/** Values of the signed notifications; none may appear in an answer, an error or a warning. */
const SECRET_LOOKING = ['2013051500001', '2013051613121201', '210.97'];

let core: LianLianCore;
let body: string;
let form: string;
const servers: Server[] = [];
beforeAll(() => {
  const keys = () => generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const lianlian = keys();
  const merchant = keys();
  core = new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey });
  const sign = (fields: Record<string, string>) => ({ ...fields, sign: createSign('RSA-MD5').update(signatureSource(fields), 'utf8').sign(lianlian.privateKey, 'base64') });
  const common = { oid_partner: OID, sign_type: 'RSA', no_order: '2013051500001', oid_paybill: '2013051613121201', money_order: '210.97' };
  body = JSON.stringify(sign({ ...common, result_pay: 'SUCCESS' }));
  form = new URLSearchParams(sign({ ...common, ret_code: '0000', ret_msg: '交易成功' })).toString();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

interface Served {
  url: string;
  calls: unknown[];
  errors: unknown[];
}

/**
 * An Express app with `setup` applied first (e.g. `app.use(express.json())`), then the
 * notification route; `after` runs once the route is mounted.
 */
async function serve(
  setup: (app: express.Express) => void = () => undefined,
  { notification = op, listenerOptions, after }: { notification?: OperationDef; listenerOptions?: NodeListenerOptions; after?: (app: express.Express) => void } = {},
): Promise<Served> {
  const calls: unknown[] = [];
  const errors: unknown[] = [];
  const app = express();
  setup(app);
  app.post('/notify', toNodeListener(core.notificationHandler(notification, (n) => void calls.push(n), { onError: (e) => errors.push(e) }), listenerOptions));
  after?.(app);
  const server = await new Promise<Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`, calls, errors };
}

const post = (url: string, text: string, contentType = 'text/json;charset=utf-8') =>
  fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: text });

describe('toNodeListener in a real Express app', () => {
  it.each([
    ['no body parser', undefined],
    ['express.raw', express.raw({ type: '*/*' })],
    ['express.text', express.text({ type: '*/*' })],
    // body-parser 2 leaves a content-type it does not parse alone: LianLian's text/json is not application/json.
    ['express.json() (skips text/json)', express.json()],
  ])('acknowledges a valid notification behind %s, and refuses a tampered one', async (_, parser) => {
    const { url, calls, errors } = await serve((app) => parser && app.use(parser));
    const ok = await post(url, body);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ret_code: '0000', ret_msg: 'ok' });
    const tampered = await post(url, body.replace('210.97', '999.99'));
    expect(tampered.status).toBe(401);
    expect((await tampered.json()).ret_code).not.toBe('0000');
    expect(calls).toHaveLength(1);
    expect(errors).toHaveLength(1); // the tampered one
  });

  it('acknowledges when the route is registered before app.use(express.json())', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { url, calls, errors } = await serve(undefined, { after: (app) => app.use(express.json({ type: '*/*' })) });
    const res = await post(url, body, 'application/json');
    expect(await res.json()).toEqual({ ret_code: '0000', ret_msg: 'ok' });
    expect(calls).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('toNodeListener behind a parser that consumed the body', () => {
  it.each([
    ['app.use(express.json()), posted as application/json', express.json(), op, () => body, 'application/json'],
    ["app.use(express.json({ type: ['application/json', 'text/json'] })), LianLian's text/json", express.json({ type: ['application/json', 'text/json'] }), op, () => body, 'text/json;charset=utf-8'],
    ['app.use(express.urlencoded()), the url_return form', express.urlencoded(), syncOp, () => form, 'application/x-www-form-urlencoded'],
  ])('%s: refuses every delivery, reports each to onError, warns once with the fix', async (_, parser, notification, text, contentType) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { url, calls, errors } = await serve((app) => app.use(parser), { notification });
    for (let delivery = 0; delivery < 2; delivery++) {
      const res = await post(url, text(), contentType);
      expect(res.status).toBe(500);
      const answer = await res.text();
      expect(JSON.parse(answer).ret_code).not.toBe('0000');
      expect(answer).toContain("express.raw({ type: '*/*' })");
      for (const value of SECRET_LOOKING) expect(answer).not.toContain(value);
    }
    expect(calls).toEqual([]);
    expect(errors).toHaveLength(2);
    for (const error of errors) {
      expect(error).toBeInstanceOf(NotificationError);
      expect(error).toMatchObject({ code: 'body-consumed', status: 500, operation: notification.id });
      expect((error as Error).message).toMatch(/parsed into an object/);
      expect((error as Error).message).toContain("express.raw({ type: '*/*' })");
      expect((error as Error).message).toMatch(/before express\.json\(\)/);
      for (const value of SECRET_LOOKING) expect((error as Error).message).not.toContain(value);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0]!;
    expect(message).toContain(notification.id);
    expect(message).toContain("express.raw({ type: '*/*' })");
    for (const value of SECRET_LOOKING) expect(message).not.toContain(value);
  });

  it('refuses, instead of waiting forever, a body a middleware read and dropped', async () => {
    const warnings: string[] = [];
    const drain: express.RequestHandler = (req, _res, next) => {
      req.on('end', () => next());
      req.resume();
    };
    const { url, calls, errors } = await serve((app) => app.use(drain), { listenerOptions: { warn: (m) => warnings.push(m) } });
    const res = await post(url, body, 'application/json');
    expect(res.status).toBe(500);
    expect((await res.json()).ret_code).not.toBe('0000');
    expect(calls).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'body-consumed' });
    expect((errors[0] as Error).message).toMatch(/left no raw body/);
    expect(warnings).toHaveLength(1);
  });

  it("uses toNodeListener's own onError and warn when given, e.g. for a wrapped handler", async () => {
    const seen: unknown[] = [];
    const warnings: string[] = [];
    const calls: unknown[] = [];
    const handler = core.notificationHandler(op, (n) => void calls.push(n));
    const wrapped = (request: Request) => handler(request); // a wrapper hides the handler's own onError
    const app = express();
    app.use(express.json());
    app.post('/notify', toNodeListener(wrapped, { onError: (e) => seen.push(e), warn: (m) => warnings.push(m) }));
    const server = await new Promise<Server>((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
    await post(url, body, 'application/json');
    await post(url, body, 'application/json');
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeInstanceOf(NotificationError);
    expect(seen[0]).toMatchObject({ code: 'body-consumed', operation: 'toNodeListener' });
    expect(warnings).toHaveLength(1);
    expect(calls).toEqual([]);
  });
});
