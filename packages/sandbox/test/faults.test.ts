/**
 * The four faults, each against a real sandbox on 127.0.0.1: what a plain
 * fetch client sees, and whether the sandbox acted (its own query endpoints
 * answer). This is the situation a merchant recovers from by querying the
 * call's no_order (or no_refund, or the user's cards) before sending it again.
 */
import { lianlianTime, LianLian } from '@lianlian-sdk/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSandboxAdmin, type SandboxAdmin } from '../src/admin-client.ts';
import { TEST_CARDS } from '../src/index.ts';
import { easypayParams, NOTIFY_URL, orderNo, paidEasypay } from './_flows.ts';
import { plainPost, rejection, signedRequest } from './_faults.ts';
import { bindParams, OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
let admin: SandboxAdmin;
const log: string[] = [];
beforeAll(async () => {
  env = await startTestEnv({ log: (line) => log.push(line) });
  admin = createSandboxAdmin(env.sandbox.url);
});
afterAll(() => env.sandbox.close());

describe('drop-answer-after-acting', () => {
  it('creates the order, then closes the connection unanswered; the query finds the order and a resend is 1002', async () => {
    const params = easypayParams('fault-drop');
    const armed = await admin.armFault({ kind: 'drop-answer-after-acting', operation: 'easypay.apply' });
    expect(armed).toEqual({ id: expect.stringMatching(/^f\d+$/), kind: 'drop-answer-after-acting', operation: 'easypay.apply', times_left: 1 });
    const request = await signedRequest(env, (client) => client.easypay.apply(params));

    // (a) fetch fails: the socket closed (FIN) with no HTTP answer.
    const error = await rejection(plainPost(request));
    expect(error).toMatchObject({ name: 'TypeError', cause: { code: 'UND_ERR_SOCKET', message: 'other side closed' } });
    expect(await admin.faults()).toEqual([]);
    expect(log.at(-1)).toBe(`POST /traderapi/easypay.htm easypay.apply → 0000, answer dropped (fault ${armed.id} drop-answer-after-acting)`);

    // (b) it acted: the order is there, waiting for its SMS code, and the same no_order is refused as a duplicate.
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).resolves.toMatchObject({
      ret_code: '0000',
      no_order: params.no_order,
      money_order: params.money_order,
      result_pay: 'WAITING',
    });
    expect(env.sandbox.smsCode('fault-drop')).toMatch(/^\d{6}$/);
    const resent = await plainPost(request);
    expect(resent.status).toBe(200);
    expect(await resent.json()).toMatchObject({ ret_code: '1002', ret_msg: '第三方单号重复' });
  });

  it('is a TransportError for the LianLian client', async () => {
    await admin.armFault({ kind: 'drop-answer-after-acting', operation: 'easypay.apply' });
    const params = easypayParams('fault-drop-client');
    await expect(env.client.easypay.apply(params)).rejects.toMatchObject({ name: 'TransportError', message: expect.stringContaining('failed') });
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).resolves.toMatchObject({ result_pay: 'WAITING' });
  });
});

describe('unavailable-before-acting', () => {
  it('answers 503 with Retry-After and books no refund; the same request then succeeds once, and a third time is 1002', async () => {
    const { params: order } = await paidEasypay(env, 'fault-503');
    const refund = { no_refund: orderNo('RF'), dt_refund: lianlianTime(), money_refund: '5.00', no_order: order.no_order, dt_order: order.dt_order, notify_url: NOTIFY_URL };
    const balance = async () => (await env.client.instantPayment.balance({})).amt_unsettle;
    const before = await balance();
    // Armed over plain HTTP, by route.
    const arming = await fetch(`${env.sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'unavailable-before-acting', route: '/traderapi/exchangerefund.htm', retry_after: 2 }),
    });
    expect(arming.status).toBe(201);
    expect(await arming.json()).toMatchObject({ kind: 'unavailable-before-acting', route: '/traderapi/exchangerefund.htm', times_left: 1, retry_after: '2' });
    const request = await signedRequest(env, (client) => client.refund.apply(refund));

    // (a) 503 with the Retry-After given when arming.
    const unavailable = await plainPost(request);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('2');
    expect(await unavailable.text()).toContain('not processed');

    // (b) nothing happened: no refund under that no_refund, the balance unchanged.
    await expect(env.client.refund.query({ no_refund: refund.no_refund, dt_refund: refund.dt_refund })).rejects.toMatchObject({ code: '8901' });
    expect(await balance()).toBe(before);
    const retried = await plainPost(request);
    expect(await retried.json()).toMatchObject({ ret_code: '0000', no_refund: refund.no_refund, sta_refund: '2' });
    expect(await (await plainPost(request)).json()).toMatchObject({ ret_code: '1002', ret_msg: '第三方单号重复' });
  });
});

describe('delay', () => {
  it('waits, then books the order: a client that gave up first finds nothing yet, and the order once the delay is over', async () => {
    const params = easypayParams('fault-delay');
    // Armed from Node, through the Sandbox object.
    const armed = env.sandbox.armFault({ kind: 'delay', operation: 'easypay.apply', delayMs: 1500 });
    expect(armed).toMatchObject({ kind: 'delay', delay_ms: 1500, times_left: 1 });
    const request = await signedRequest(env, (client) => client.easypay.apply(params));
    const started = Date.now();

    // (a) the client's own timeout fires first.
    const error = await rejection(plainPost(request, AbortSignal.timeout(200)));
    expect(error).toMatchObject({ name: 'TimeoutError' });

    // (b) the sandbox acts after the delay: not yet…
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).rejects.toMatchObject({ code: '8901' });
    expect(Date.now() - started).toBeLessThan(1500);
    // …then it does, though nobody is there to read the answer.
    await vi.waitFor(() => expect(log).toContain(`POST /traderapi/easypay.htm easypay.apply → 0000 (fault ${armed.id} delay)`), { timeout: 5000, interval: 50 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    await expect(env.client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).resolves.toMatchObject({ no_order: params.no_order, result_pay: 'WAITING' });
  });

  it('is "no answer within" the timeout for a LianLian client with a shorter timeout, and a plain answer for one that waits', async () => {
    env.sandbox.armFault({ kind: 'delay', operation: 'easypay.apply', delayMs: 400, times: 2 });
    const impatient = new LianLian({ oidPartner: OID_PARTNER, privateKey: env.merchantPrivateKeyPem, lianlianPublicKey: env.sandbox.publicKeyPem, baseUrl: env.sandbox.url, timeout: 100 });
    await expect(impatient.easypay.apply(easypayParams('fault-delay-2'))).rejects.toMatchObject({ name: 'TransportError', message: expect.stringContaining('within 100 ms') });
    const started = Date.now();
    await expect(env.client.easypay.apply(easypayParams('fault-delay-3'))).resolves.toMatchObject({ ret_code: '0000' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });
});

describe('reset-before-acting', () => {
  it('resets the connection without binding the card; the same SMS code then binds it', async () => {
    const user = 'fault-reset';
    const applied = await env.client.cardBind.apply(bindParams(user, TEST_CARDS.icbcDebit));
    const verify = { user_id: user, token: applied.token!, verify_code: env.sandbox.smsCode(applied.token!) };
    await admin.armFault({ kind: 'reset-before-acting', route: '/traderapi/bankcardbindverfy.htm' });
    const request = await signedRequest(env, (client) => client.cardBind.verify(verify));

    // (a) fetch fails: connection reset (TCP RST).
    const error = await rejection(plainPost(request));
    expect(error).toMatchObject({ name: 'TypeError', cause: { code: 'ECONNRESET' } });

    // (b) nothing happened: no card is bound, and the code is still good.
    await expect(env.client.cardBind.query({ user_id: user, offset: '0' })).rejects.toMatchObject({ code: '3007' });
    const bound = await env.client.cardBind.verify(verify);
    expect(bound.no_agree).toMatch(/^\d{16}$/);
    const listed = await env.client.cardBind.query({ user_id: user, offset: '0' });
    expect(listed).toMatchObject({ ret_code: '0000', user_id: user });
    expect(JSON.stringify(listed)).toContain(bound.no_agree); // agreement_list is unsigned, so the client returns it apart
  });
});
