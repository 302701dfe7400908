import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lianlianTime, toNodeListener, type EasypayNotification, type InstantPaymentNotification, type NodeListener, type RefundNotification } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS, type DeliveryAttempt } from '../src/index.ts';
import { easypayParams, instantParams, orderNo, pageParams, paidEasypay, postForm, submitRedirect } from './_flows.ts';
import { HOLDER, OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';
import { formAction, hiddenInputs } from './_spec.ts';

const ATTEMPTS = 3;
let env: TestEnv;
let merchant: Server;
let merchantUrl: string;
/** The content-type of every notification the merchant server received. */
const contentTypes: string[] = [];
/** Listeners of the merchant server, by path. */
const routes = new Map<string, NodeListener>();

beforeAll(async () => {
  env = await startTestEnv({ notify: { attempts: ATTEMPTS, intervalMs: 20, timeoutMs: 2000 } });
  // The merchant's notify_url: a real node:http server on 127.0.0.1, as a merchant would run it.
  merchant = createServer((req, res) => {
    contentTypes.push(String(req.headers['content-type']));
    const listener = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (listener) listener(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  merchantUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await env.sandbox.close();
  await new Promise((resolve) => merchant.close(resolve));
});

/** Mounts a notification handler at `path` on the merchant server; returns its notify_url. */
function mount(path: string, handler: (request: Request) => Promise<Response>): string {
  routes.set(path, toNodeListener(handler));
  return merchantUrl + path;
}

function attemptsFor(noOrder: string): DeliveryAttempt[] {
  return env.sandbox.notifications().filter((a) => a.no_order === noOrder || a.no_refund === noOrder);
}

async function resend(body: Record<string, string>): Promise<{ status: number; body: { attempts?: DeliveryAttempt[]; error?: string } }> {
  const res = await fetch(`${env.sandbox.url}/_sandbox/notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { attempts?: DeliveryAttempt[] } };
}

/** Opens an Easy Payment page order with `notifyUrl` and pays it with the page's button. */
async function payOnEasypayPage(user: string, notifyUrl: string): Promise<string> {
  const params = pageParams(user, { userreq_ip: '127.0.0.1', pay_type: 'M', notify_url: notifyUrl } as const);
  const page = await submitRedirect(await env.client.easypay.webPayment(params));
  const paid = await postForm(env.sandbox.url + formAction(page.html)!, hiddenInputs(page.html));
  expect(paid.status).toBe(200);
  return params.no_order;
}

describe('async notifications', () => {
  it('delivers the verified, typed notification once; /_sandbox/notify re-sends it and the handler acknowledges the duplicate', async () => {
    const received: EasypayNotification[] = [];
    const url = mount('/easypay', env.client.easypay.notificationHandler((n) => void received.push(n)));
    const noOrder = await payOnEasypayPage('n1', url);
    await env.sandbox.notificationsSettled();

    const order = await env.client.easypay.query({ no_order: noOrder, dt_order: received[0]?.dt_order ?? lianlianTime() });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      oid_partner: OID_PARTNER,
      no_order: noOrder,
      oid_paybill: order.oid_paybill,
      money_order: '31.68',
      result_pay: 'SUCCESS',
      pay_type: 'M',
      settle_date: lianlianTime().slice(0, 8),
      info_order: 'test order',
      sign_type: 'RSA',
    });
    expect(contentTypes.at(-1)).toBe('text/json;charset=utf-8');
    expect(attemptsFor(noOrder)).toMatchObject([{ op: 'easypay.notification', url, delivery: 1, attempt: 1, outcome: 'acknowledged', status: 200, ret_code: '0000' }]);

    const again = await resend({ oid_partner: OID_PARTNER, no_order: noOrder });
    expect(again).toMatchObject({ status: 200, body: { attempts: [{ delivery: 2, attempt: 1, outcome: 'acknowledged', ret_code: '0000' }] } });
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual(received[0]);

    const listed = (await (await fetch(`${env.sandbox.url}/_sandbox/notifications?settled=1`)).json()) as { attempts: DeliveryAttempt[] };
    expect(listed.attempts.filter((a) => a.no_order === noOrder).map((a) => [a.delivery, a.attempt, a.ret_code])).toEqual([
      [1, 1, '0000'],
      [2, 1, '0000'],
    ]);
  });

  it('retries a notification the merchant did not acknowledge (non-0000), with a bound on the attempts', async () => {
    let calls = 0;
    const flaky = mount('/flaky', env.client.easypay.notificationHandler(() => {
      calls += 1;
      if (calls === 1) throw new Error('database down'); // the handler answers 500 / 9999
    }));
    const first = await payOnEasypayPage('n2', flaky);
    await env.sandbox.notificationsSettled();
    expect(calls).toBe(2);
    expect(attemptsFor(first).map((a) => [a.attempt, a.outcome, a.status, a.ret_code])).toEqual([
      [1, 'rejected', 500, '9999'],
      [2, 'acknowledged', 200, '0000'],
    ]);

    const broken = mount('/broken', env.client.easypay.notificationHandler(() => {
      throw new Error('always down');
    }));
    const second = await payOnEasypayPage('n3', broken);
    await env.sandbox.notificationsSettled();
    expect(attemptsFor(second).map((a) => [a.attempt, a.outcome, a.ret_code])).toEqual(
      Array.from({ length: ATTEMPTS }, (_, i) => [i + 1, 'rejected', '9999']),
    );
  });

  it('counts an unreachable notify_url as failed, and skips hosts that are not loopback', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/notify`;
    await new Promise((resolve) => closed.close(resolve));
    const dead = await payOnEasypayPage('n4', deadUrl);
    await env.sandbox.notificationsSettled();
    expect(attemptsFor(dead).map((a) => [a.attempt, a.outcome])).toEqual(Array.from({ length: ATTEMPTS }, (_, i) => [i + 1, 'failed']));

    const away = await payOnEasypayPage('n5', 'https://merchant.example/notify');
    await env.sandbox.notificationsSettled();
    expect(attemptsFor(away)).toMatchObject([{ url: 'https://merchant.example/notify', attempt: 0, outcome: 'skipped' }]);
  });

  it('notifies API payments, refunds and instant payments with their own typed notifications', async () => {
    const easypay: EasypayNotification[] = [];
    const refunds: RefundNotification[] = [];
    const transfers: InstantPaymentNotification[] = [];
    const easypayUrl = mount('/api-easypay', env.client.easypay.notificationHandler((n) => void easypay.push(n)));
    const refundUrl = mount('/refund', env.client.refund.notificationHandler((n) => void refunds.push(n)));
    const instantUrl = mount('/instant', env.client.instantPayment.notificationHandler((n) => void transfers.push(n)));

    const { params, verified } = await paidEasypay(env, 'n6', 'M', { notify_url: easypayUrl });
    const refund = await env.client.refund.apply({ no_refund: orderNo('RF'), dt_refund: lianlianTime(), money_refund: '5.00', no_order: params.no_order, notify_url: refundUrl });
    const transfer = instantParams('8.00', '6222021234567890037');
    await env.client.instantPayment.apply({ ...transfer, notify_url: instantUrl });
    await env.sandbox.notificationsSettled();

    expect(easypay).toMatchObject([{ no_order: params.no_order, oid_paybill: verified.oid_paybill, result_pay: 'SUCCESS' }]);
    expect(refunds).toMatchObject([{ no_refund: refund.no_refund, oid_refundno: refund.oid_refundno, money_refund: '5.00', sta_refund: '2' }]);
    expect(transfers).toMatchObject([{ no_order: transfer.no_order, money_order: '8.00', result_pay: 'SUCCESS' }]);

    expect((await resend({ oid_partner: OID_PARTNER, no_refund: refund.no_refund })).body.attempts).toMatchObject([{ op: 'refund.notification', delivery: 2, ret_code: '0000' }]);
    expect(refunds).toHaveLength(2);
  });

  it('answers /_sandbox/notify with 404 for an unknown order, 409 for an unpaid one, 400 for a bad body', async () => {
    expect((await resend({ oid_partner: OID_PARTNER, no_order: 'NOPE' })).status).toBe(404);
    const unpaid = easypayParams('n7');
    await env.client.easypay.apply(unpaid);
    expect((await resend({ oid_partner: OID_PARTNER, no_order: unpaid.no_order })).status).toBe(409);
    expect((await resend({ oid_partner: OID_PARTNER })).status).toBe(400);
  });

  it('lists attempts without any personal data', async () => {
    const { params } = await paidEasypay(env, 'n8', 'M', { notify_url: mount('/quiet', env.client.easypay.notificationHandler(() => undefined)) });
    const text = await (await fetch(`${env.sandbox.url}/_sandbox/notifications?settled=1`)).text();
    expect(text).toContain(params.no_order);
    for (const secret of [HOLDER.acct_name, HOLDER.id_no, HOLDER.bind_mob, TEST_CARDS.icbcDebit]) expect(text).not.toContain(secret);
    const keys = new Set((JSON.parse(text) as { attempts: object[] }).attempts.flatMap((a) => Object.keys(a)));
    expect([...keys].every((k) => ['op', 'url', 'oid_partner', 'no_order', 'no_refund', 'delivery', 'attempt', 'outcome', 'status', 'ret_code', 'at'].includes(k))).toBe(true);
  });
});
