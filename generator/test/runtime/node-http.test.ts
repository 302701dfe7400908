/**
 * toNodeListener on a real node:http server on 127.0.0.1: as a plain
 * `http.createServer` listener, and behind Express-style middleware chains.
 * Real Express 5 is tested in node-http-express.test.ts; the middlewares below
 * reproduce the other shapes body parsers leave on `req` (body-parser 1.x's
 * `req._body`, `rawBody` hooks), which Express 5 alone does not produce.
 * Keys are TEST-ONLY, made at test time.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { toNodeListener } from '../../runtime/5-client/node-http.ts';
import type { FieldRule, OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

const OID_PARTNER = '201103171000000000';
const req = (name: string): FieldRule => ({ name, presence: 'required', type: 'string' });

/** A trimmed easypay-asyn-notification.md operation. */
const notifyOp: OperationDef = {
  id: 'easypay.notification',
  kind: 'notification',
  endpoint: '',
  encoding: 'json',
  route: '',
  signTypes: ['RSA'],
  payload: 'none',
  successCodes: ['0000'],
  request: ['oid_partner', 'sign_type', 'sign', 'no_order', 'oid_paybill', 'money_order', 'result_pay'].map(req),
  response: [],
  responseGroups: [],
  doc: 'easypay-asyn-notification.md',
};

type Req = IncomingMessage & { body?: unknown; rawBody?: unknown; _body?: boolean; originalUrl?: string };
type Middleware = (req: Req, res: ServerResponse, next: (error?: unknown) => void) => void;

let lianlianPrivateKey: string;
let core: LianLianCore;
let calls: unknown[];
let notificationBody: string;
const servers: Server[] = [];

beforeAll(() => {
  const keys = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
  const lianlian = keys(); // TEST-ONLY
  const merchant = keys(); // TEST-ONLY
  lianlianPrivateKey = lianlian.privateKey;
  core = new LianLianCore({ oidPartner: OID_PARTNER, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey });
  const fields: Record<string, string> = {
    oid_partner: OID_PARTNER,
    sign_type: 'RSA',
    no_order: '2013051500001',
    oid_paybill: '2013051613121201',
    money_order: '210.97',
    result_pay: 'SUCCESS',
    info_order: '用户购买了3桶羽毛球',
  };
  fields.sign = createSign('RSA-MD5').update(signatureSource(fields), 'utf8').sign(lianlianPrivateKey, 'base64');
  notificationBody = JSON.stringify(fields);
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

function notificationHandler() {
  calls = [];
  return core.notificationHandler(notifyOp, (n) => void calls.push(n));
}

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An Express-like app: runs middlewares in order; `next(error)` lands in an error handler that records it. */
function app(errors: unknown[], ...stack: Middleware[]): Server {
  return createServer((rq, rs) => {
    let i = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined) {
        errors.push(error);
        rs.statusCode = 599;
        rs.end('express error handler');
        return;
      }
      const mw = stack[i++];
      if (mw) mw(rq as Req, rs, next);
      else {
        rs.statusCode = 404;
        rs.end();
      }
    };
    next();
  });
}

function readAll(rq: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    rq.on('data', (c: Buffer) => chunks.push(c));
    rq.on('end', () => resolve(Buffer.concat(chunks)));
    rq.on('error', reject);
  });
}

/** Like body-parser 1.x: `req.body = {}` up front; reads and parses only a matching content-type. */
function bodyParser(type: RegExp, parse: (raw: Buffer) => unknown, verify?: (rq: Req, raw: Buffer) => void): Middleware {
  return (rq, _rs, next) => {
    rq.body ??= {};
    if (!type.test(String(rq.headers['content-type']))) return next();
    readAll(rq).then((raw) => {
      verify?.(rq, raw);
      rq.body = parse(raw);
      rq._body = true;
      next();
    }, next);
  };
}
const raw = bodyParser(/.*/, (b) => b); // express.raw({ type: '*/*' })
const text = bodyParser(/.*/, (b) => b.toString('utf8')); // express.text({ type: '*/*' })
const json = bodyParser(/^application\/json/, (b) => JSON.parse(b.toString('utf8'))); // express.json()
const jsonKeepingRaw = bodyParser(/json/, (b) => JSON.parse(b.toString('utf8')), (rq, b) => (rq.rawBody = b)); // verify hook

const mount = (path: string, mw: Middleware): Middleware => (rq, rs, next) => {
  // Express routers strip the mount path from req.url and keep the original in req.originalUrl.
  rq.originalUrl = rq.url;
  rq.url = rq.url!.slice(path.length) || '/';
  mw(rq, rs, next);
};

async function notify(base: string, contentType = 'text/json;charset=utf-8') {
  const res = await fetch(`${base}/lianlian/notify`, { method: 'POST', body: notificationBody, headers: { 'content-type': contentType } });
  return { status: res.status, json: (await res.json()) as { ret_code: string; ret_msg: string } };
}

describe('toNodeListener as an http.createServer listener', () => {
  it('hands the handler the method, URL, headers and exact body bytes, and writes status, headers and body back', async () => {
    let seen: { method: string; url: string; header: string | null; bytes: number[] } | undefined;
    const base = await listen(
      createServer(
        toNodeListener(async (request) => {
          seen = { method: request.method, url: request.url, header: request.headers.get('x-test'), bytes: [...new Uint8Array(await request.arrayBuffer())] };
          const headers = new Headers({ 'content-type': 'text/plain;charset=utf-8' });
          headers.append('set-cookie', 'a=1');
          headers.append('set-cookie', 'b=2');
          return new Response('答 ok', { status: 202, headers });
        }),
      ),
    );
    const body = new Uint8Array([0, 0xff, 0xfe, 0x7b, 10, 13]);
    const res = await fetch(`${base}/path/x?q=1&r=%20`, { method: 'PUT', body, headers: { 'x-test': 'yes' } });
    expect(res.status).toBe(202);
    expect(res.headers.get('content-type')).toBe('text/plain;charset=utf-8');
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await res.text()).toBe('答 ok');
    expect(seen).toEqual({ method: 'PUT', url: `${base}/path/x?q=1&r=%20`, header: 'yes', bytes: [...body] });
  });

  it('serves a LianLian notification end to end', async () => {
    const base = await listen(createServer(toNodeListener(notificationHandler())));
    expect(await notify(base)).toEqual({ status: 200, json: { ret_code: '0000', ret_msg: 'ok' } });
    expect(calls).toHaveLength(1);
  });

  it('answers a bare 500 without the error when the handler itself rejects and there is no next', async () => {
    const base = await listen(createServer(toNodeListener(() => Promise.reject(new Error('secret detail 6222021234567890')))));
    const res = await fetch(base, { method: 'POST', body: '{}' });
    expect(res.status).toBe(500);
    const answer = await res.text();
    expect(answer).not.toContain('secret');
    expect(answer).not.toContain('6222');
  });
});

describe('toNodeListener behind Express-style middleware', () => {
  it('uses the raw Buffer from express.raw()', async () => {
    const errors: unknown[] = [];
    const base = await listen(app(errors, raw, toNodeListener(notificationHandler())));
    expect((await notify(base)).json.ret_code).toBe('0000');
    expect(calls).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('uses the string from express.text()', async () => {
    const base = await listen(app([], text, mount('/lianlian', toNodeListener(notificationHandler()))));
    expect((await notify(base)).json.ret_code).toBe('0000');
    expect(calls).toHaveLength(1);
  });

  it('prefers rawBody when a verify hook kept the raw bytes next to the parsed object', async () => {
    const base = await listen(app([], jsonKeepingRaw, toNodeListener(notificationHandler())));
    expect((await notify(base)).json.ret_code).toBe('0000');
    expect(calls).toHaveLength(1);
  });

  it('reads the stream itself when express.json() skipped LianLian\'s text/json body and left req.body = {}', async () => {
    const base = await listen(app([], json, toNodeListener(notificationHandler())));
    expect((await notify(base, 'text/json;charset=utf-8')).json.ret_code).toBe('0000');
    expect(calls).toHaveLength(1);
  });

  it('refuses a body body-parser 1.x already parsed into an object: 500, says to use a raw body parser, no callback, reported', async () => {
    const reported: unknown[] = [];
    const warnings: string[] = [];
    const listener = toNodeListener(notificationHandler(), { onError: (e) => reported.push(e), warn: (m) => warnings.push(m) });
    const base = await listen(app([], json, listener));
    const answer = await notify(base, 'application/json');
    expect(answer.status).toBe(500);
    expect(answer.json.ret_code).not.toBe('0000');
    expect(answer.json.ret_msg).toMatch(/raw body parser/);
    expect(answer.json.ret_msg).toMatch(/express\.raw/);
    expect(JSON.stringify(answer.json)).not.toContain('2013051500001');
    expect(calls).toHaveLength(0);
    expect(reported).toEqual([expect.objectContaining({ name: 'NotificationError', code: 'body-consumed', status: 500 })]);
    expect(warnings).toHaveLength(1);
  });

  it('passes a failure of the handler itself to next(error)', async () => {
    const errors: unknown[] = [];
    const failure = new Error('handler broke');
    const base = await listen(app(errors, raw, toNodeListener(() => Promise.reject(failure))));
    const res = await fetch(base, { method: 'POST', body: '{}' });
    expect(res.status).toBe(599);
    expect(errors).toEqual([failure]);
  });

  it('forwards GET to the handler without a body (405 from a notification handler)', async () => {
    const base = await listen(app([], json, toNodeListener(notificationHandler())));
    const res = await fetch(`${base}/lianlian/notify`);
    expect(res.status).toBe(405);
    expect(calls).toHaveLength(0);
  });
});
