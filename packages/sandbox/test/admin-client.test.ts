import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LianLian, lianlianTime } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxAdmin, SandboxAdminError, type SandboxAdmin } from '../src/admin-client.ts';
import { startSandbox, TEST_CARDS, type Sandbox } from '../src/index.ts';
import { aggregateParams, NOTIFY_URL, orderNo, paidEasypay, unifiedParams } from './_flows.ts';
import { bindParams, OID_PARTNER, startTestEnv, testKeyPair, type TestEnv } from './_helpers.ts';

let env: TestEnv;
let admin: SandboxAdmin;
beforeAll(async () => {
  env = await startTestEnv();
  admin = createSandboxAdmin(env.sandbox.url);
});
afterAll(() => env.sandbox.close());

/** The rejection of `promise`, which must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

/** A node:http server on 127.0.0.1 that counts requests and answers each with `handle`. */
async function countingServer(handle: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    handle(req, res, seen.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on (it was free a moment ago). */
async function freePort(): Promise<number> {
  const probe: Server = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('createSandboxAdmin against a real sandbox', () => {
  it('reads the public key and registers a merchant whose signed requests then pass', async () => {
    expect(await admin.publicKey()).toBe(env.sandbox.publicKeyPem);
    const merchant = testKeyPair();
    await expect(admin.registerMerchant('201408071000001543', merchant.publicKeyPem)).resolves.toBeUndefined();
    const ll = new LianLian({ oidPartner: '201408071000001543', privateKey: merchant.privateKeyPem, lianlianPublicKey: await admin.publicKey(), baseUrl: env.sandbox.url });
    await expect(ll.cardBin.query({ card_no: TEST_CARDS.icbcDebit })).resolves.toMatchObject({ ret_code: '0000' });
  });

  it('reads the SMS code by user_id and by token, and a card bind verifies with it', async () => {
    const applied = await env.client.cardBind.apply(bindParams('admin-client-u1', TEST_CARDS.icbcDebit));
    const byUser = await admin.smsCode({ userId: 'admin-client-u1' });
    expect(byUser).toBe(env.sandbox.smsCode('admin-client-u1'));
    expect(await admin.smsCode({ token: applied.token! })).toBe(byUser);
    const verified = await env.client.cardBind.verify({ user_id: 'admin-client-u1', token: applied.token!, verify_code: byUser });
    expect(verified.no_agree).toMatch(/^\d{16}$/);
  });

  it('pays a page order, and refuses to pay it twice with the ret_code in the message', async () => {
    const params = aggregateParams('admin-client-w1');
    const applied = await env.client.aggregate.apply(params);
    expect(await admin.pay({ oidPartner: OID_PARTNER, noOrder: params.no_order })).toEqual({
      oid_partner: OID_PARTNER,
      no_order: params.no_order,
      oid_paybill: applied.oid_paybill,
      result_pay: 'SUCCESS',
    });
    const again = await rejection(admin.pay({ oidPartner: OID_PARTNER, noOrder: params.no_order }));
    expect(again).toBeInstanceOf(SandboxAdminError);
    expect(again).toMatchObject({ route: 'POST pay', status: 409, reason: 'the order cannot be paid now (ret_code 2007)', body: { ret_code: '2007' } });
    expect((again as Error).message).toBe('POST pay: 409 the order cannot be paid now (ret_code 2007)');
  });

  it('gives back the signed sync notification of an order with url_return', async () => {
    const params = unifiedParams('admin-client-w2', { flag_pay_product: '2', card_type: '8', url_return: 'https://merchant.example/return' });
    await env.client.unified.createBill(params);
    const paid = await admin.pay({ oidPartner: OID_PARTNER, noOrder: params.no_order });
    expect(paid.sync_notification?.action).toBe('https://merchant.example/return');
    const sync = await env.client.onlineBanking.parseSyncNotification(new URLSearchParams(paid.sync_notification!.fields));
    expect(sync).toMatchObject({ no_order: params.no_order, result_pay: 'SUCCESS' });
  });

  it('serves the checkout page of a unified bill, and a 404 SandboxAdminError for an unknown token', async () => {
    const params = unifiedParams('admin-client-w3');
    const bill = await env.client.unified.createBill(params);
    const html = await admin.checkoutPage(bill.token!);
    expect(html).toContain(params.no_order);
    expect(html).toContain('action="/_sandbox/pay"');
    const missing = await rejection(admin.checkoutPage('NOPE'));
    expect(missing).toMatchObject({ name: 'SandboxAdminError', route: 'GET checkout?token=NOPE', status: 404 });
    expect(String((missing as SandboxAdminError).body)).toContain('data-ret-code="8901"');
  });

  it('re-sends an order and a refund notification and lists every attempt', async () => {
    const { params } = await paidEasypay(env, 'admin-client-n1');
    const refund = await env.client.refund.apply({ no_refund: orderNo('RF'), dt_refund: lianlianTime(), money_refund: '5.00', no_order: params.no_order, notify_url: NOTIFY_URL });
    // The tests' notify_url is a placeholder off this machine, so each delivery is recorded as skipped.
    expect(await admin.resendNotification({ oidPartner: OID_PARTNER, noOrder: params.no_order })).toMatchObject([
      { op: 'easypay.notification', no_order: params.no_order, delivery: 2, outcome: 'skipped' },
    ]);
    expect(await admin.resendNotification({ oidPartner: OID_PARTNER, noRefund: refund.no_refund! })).toMatchObject([
      { op: 'refund.notification', no_refund: refund.no_refund, delivery: 2, outcome: 'skipped' },
    ]);
    const settled = await admin.notifications({ settled: true });
    expect(settled).toEqual(env.sandbox.notifications());
    expect(settled.filter((a) => a.no_order === params.no_order || a.no_refund === refund.no_refund).map((a) => [a.op, a.delivery])).toEqual([
      ['easypay.notification', 1],
      ['refund.notification', 1],
      ['easypay.notification', 2],
      ['refund.notification', 2],
    ]);
    expect(await admin.notifications()).toEqual(settled);
    const unknown = await rejection(admin.resendNotification({ oidPartner: OID_PARTNER, noOrder: 'NOPE' }));
    expect(unknown).toMatchObject({ route: 'POST notify', status: 404, reason: 'no such order' });
  });

  it('turns error answers into SandboxAdminError: route, status and the sandbox reason', async () => {
    const none = await rejection(admin.smsCode({ userId: 'nobody' }));
    expect(none).toBeInstanceOf(SandboxAdminError);
    expect(none).toMatchObject({ route: 'GET sms?user_id=nobody', status: 404, reason: 'no SMS code was sent for that user_id or token' });
    expect((none as Error).message).toBe('GET sms?user_id=nobody: 404 no SMS code was sent for that user_id or token');

    const bad = await rejection(admin.registerMerchant('201304121000001005', 'not a key'));
    expect(bad).toBeInstanceOf(SandboxAdminError);
    expect(bad).toMatchObject({ route: 'POST merchants', status: 400 });
    expect((bad as Error).message).toMatch(/^POST merchants: 400 \S/);
  });

  it('accepts a base URL with a trailing slash, as a URL object too', async () => {
    expect(await createSandboxAdmin(`${env.sandbox.url}/`).publicKey()).toBe(env.sandbox.publicKeyPem);
    expect(await createSandboxAdmin(new URL(env.sandbox.url)).publicKey()).toBe(env.sandbox.publicKeyPem);
  });
});

describe('retries', () => {
  it('retries a GET answered 503 and counts two requests', async () => {
    const server = await countingServer((_req, res, n) => (n === 1 ? res.writeHead(503).end() : res.writeHead(200, { 'content-type': 'text/plain' }).end('PEM')));
    try {
      expect(await createSandboxAdmin(server.url).publicKey()).toBe('PEM');
      expect(server.seen).toEqual(['GET /_sandbox/public-key', 'GET /_sandbox/public-key']);
    } finally {
      await server.close();
    }
  });

  it('gives up on a GET after two retries with a SandboxAdminError', async () => {
    const server = await countingServer((_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"busy"}'));
    try {
      const error = await rejection(createSandboxAdmin(server.url).notifications());
      expect(error).toMatchObject({ name: 'SandboxAdminError', route: 'GET notifications', status: 503, reason: 'busy' });
      expect(server.seen).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('sends a POST once: a 503 is one request and a SandboxAdminError', async () => {
    const server = await countingServer((_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"busy"}'));
    try {
      const error = await rejection(createSandboxAdmin(server.url).pay({ oidPartner: OID_PARTNER, noOrder: 'X' }));
      expect(error).toBeInstanceOf(SandboxAdminError);
      expect(error).toMatchObject({ route: 'POST pay', status: 503 });
      expect(server.seen).toEqual(['POST /_sandbox/pay']);
    } finally {
      await server.close();
    }
  });

  it('retries a GET refused because the sandbox is not listening yet; never a POST', async () => {
    const port = await freePort();
    let sandbox: Sandbox | undefined;
    const outcomes: string[] = [];
    // The platform fetch, watched: after the first refused connection the sandbox starts on that port.
    const watched: typeof fetch = async (input, init) => {
      try {
        const res = await fetch(input, init);
        outcomes.push(String(res.status));
        return res;
      } catch (error) {
        outcomes.push('refused');
        sandbox ??= await startSandbox({ port });
        throw error;
      }
    };
    try {
      const late = createSandboxAdmin(`http://127.0.0.1:${port}`, { fetch: watched });
      const pem = await late.publicKey();
      expect(pem).toBe(sandbox!.publicKeyPem);
      expect(outcomes).toEqual(['refused', '200']);
    } finally {
      await sandbox?.close();
    }

    const closed = await freePort();
    outcomes.length = 0;
    const refused = createSandboxAdmin(`http://127.0.0.1:${closed}`, {
      fetch: async (input, init) => fetch(input, init).catch((error: unknown) => (outcomes.push('refused'), Promise.reject(error))),
    });
    const error = await rejection(refused.registerMerchant(OID_PARTNER, 'pem'));
    expect(error).not.toBeInstanceOf(SandboxAdminError);
    expect(outcomes).toEqual(['refused']);
  });
});

describe('the module', () => {
  it('imports ky and its own types only: no node: built-in, so it runs outside Node', () => {
    const imports = (file: string) =>
      [...readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(imports('admin-client.ts')).toEqual(['ky', './admin-types.ts', './admin-types.ts']);
    expect(imports('admin-types.ts')).toEqual([]);
  });

  it('is the package subpath @lianlian-sdk/sandbox/admin', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./admin']).toEqual({ types: './dist/admin-client.d.ts', default: './dist/admin-client.js' });
  });
});
