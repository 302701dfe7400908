/**
 * Arming faults: the order calls take them in, `times`, listing and
 * clearing, the same checks over HTTP, the admin client and Node, each
 * refusal naming its field; and a sandbox closed during a delay, which
 * leaves the call unprocessed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LianLian } from '@lianlian-sdk/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxAdmin, SandboxAdminError, type SandboxAdmin } from '../src/admin-client.ts';
import { FaultArmingError, MAX_ARMED_FAULTS, startSandbox, TEST_CARDS, type ArmFault } from '../src/index.ts';
import { easypayParams } from './_flows.ts';
import { plainPost, rejection, signedRequest } from './_faults.ts';
import { OID_PARTNER, startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
let admin: SandboxAdmin;
beforeAll(async () => {
  env = await startTestEnv();
  admin = createSandboxAdmin(env.sandbox.url);
});
afterAll(() => env.sandbox.close());
beforeEach(() => void env.sandbox.clearFaults());

/** POSTs `body` to /_sandbox/faults: status and JSON. */
async function armOverHttp(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${env.sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** What a plain client sees of one call: `reset`, `closed`, an HTTP status, or the ret_code of a 200. */
async function outcome(request: { url: string; body: string }): Promise<string> {
  try {
    const res = await plainPost(request);
    return res.status === 200 ? ((await res.json()) as { ret_code: string }).ret_code : String(res.status);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    return code === 'ECONNRESET' ? 'reset' : code === 'UND_ERR_SOCKET' ? 'closed' : String(error);
  }
}

describe('taking faults', () => {
  it('applies them in the order armed, each for `times` matching calls, and leaves other operations alone', async () => {
    const first = env.sandbox.armFault({ kind: 'reset-before-acting', operation: 'cardBin.query' });
    const second = await admin.armFault({ kind: 'unavailable-before-acting', route: '/queryapi/bankcardbin.htm', times: 2 });
    await admin.armFault({ kind: 'drop-answer-after-acting', operation: 'easypay.apply' });
    expect((await admin.faults()).map((f) => [f.id, f.times_left])).toEqual([
      [first.id, 1],
      [second.id, 2],
      [expect.any(String), 1],
    ]);
    const bin = await signedRequest(env, (client) => client.cardBin.query({ card_no: TEST_CARDS.icbcDebit }));
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await outcome(bin));
    expect(seen).toEqual(['reset', '503', '503', '0000']);
    // The easypay.apply fault is still armed: no cardBin.query took it.
    expect(env.sandbox.faults()).toMatchObject([{ kind: 'drop-answer-after-acting', operation: 'easypay.apply', times_left: 1 }]);
    expect(await outcome(await signedRequest(env, (client) => client.easypay.apply(easypayParams('arming-1'))))).toBe('closed');
    expect(env.sandbox.faults()).toEqual([]);
  });

  it('lists and clears faults by id or all at once, over HTTP, the admin client and Node', async () => {
    const a = await admin.armFault({ kind: 'delay', operation: 'refund.apply', delayMs: 50, times: 3 });
    const b = env.sandbox.armFault({ kind: 'unavailable-before-acting', operation: 'refund.apply', retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' });
    const c = (await armOverHttp({ kind: 'reset-before-acting', operation: 'cardBind.apply' })).json;
    const listed = await (await fetch(`${env.sandbox.url}/_sandbox/faults`)).json();
    expect(listed).toEqual({
      faults: [
        { id: a.id, kind: 'delay', operation: 'refund.apply', times_left: 3, delay_ms: 50 },
        { id: b.id, kind: 'unavailable-before-acting', operation: 'refund.apply', times_left: 1, retry_after: 'Wed, 21 Oct 2015 07:28:00 GMT' },
        { id: c.id, kind: 'reset-before-acting', operation: 'cardBind.apply', times_left: 1 },
      ],
    });
    expect(await admin.faults()).toEqual(env.sandbox.faults());

    expect(await admin.clearFaults(a.id)).toBe(1);
    const missing = await rejection(admin.clearFaults(a.id));
    expect(missing).toBeInstanceOf(SandboxAdminError);
    expect(missing).toMatchObject({ route: `DELETE faults/${a.id}`, status: 404 });
    expect(env.sandbox.clearFaults(b.id)).toBe(1);
    const cleared = await fetch(`${env.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ cleared: 1 });
    expect(await admin.clearFaults()).toBe(0);
  });
});

describe('checking what arms a fault', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['not JSON', '{kind: delay}', 'body', /must be JSON, like \{"kind"/],
    ['not an object', '[1]', 'body', /must be an object like \{"kind".*, got an array/],
    ['no kind', { operation: 'easypay.apply' }, 'kind', /must be one of drop-answer-after-acting, unavailable-before-acting, delay, reset-before-acting; got nothing/],
    ['unknown kind', { kind: 'timeout', operation: 'easypay.apply' }, 'kind', /got "timeout"/],
    ['no target', { kind: 'delay', delay_ms: 5 }, 'operation', /required: an api operation id \(e\.g\. "easypay\.apply"\), or else route/],
    ['both targets', { kind: 'reset-before-acting', operation: 'easypay.apply', route: '/traderapi/easypay.htm' }, 'route', /give operation or route, not both/],
    ['unknown operation', { kind: 'reset-before-acting', operation: 'easypay.pay' }, 'operation', /no api operation "easypay\.pay"/],
    ['a payment page', { kind: 'reset-before-acting', operation: 'easypay.webPayment' }, 'operation', /is a payment page, not an api call/],
    ['a notification', { kind: 'reset-before-acting', operation: 'refund.notification' }, 'operation', /is a notification the sandbox sends/],
    ['an operation answered as another', { kind: 'reset-before-acting', operation: 'mpay.query' }, 'operation', /arm easypay\.query or "\/queryapi\/orderquery\.htm"/],
    ['unknown route', { kind: 'reset-before-acting', route: '/traderapi/nothing.htm' }, 'route', /no api route "\/traderapi\/nothing\.htm"/],
    ['a page route', { kind: 'reset-before-acting', route: '/wap/travlepay.htm' }, 'route', /is a payment page, not an api route/],
    ['times 0', { kind: 'reset-before-acting', operation: 'easypay.apply', times: 0 }, 'times', /integer from 1 to 1000 \(matching calls\), got 0/],
    ['times 1.5', { kind: 'reset-before-acting', operation: 'easypay.apply', times: 1.5 }, 'times', /got 1\.5/],
    ['delay without delay_ms', { kind: 'delay', operation: 'easypay.apply' }, 'delay_ms', /required for kind "delay": an integer from 1 to 600000/],
    ['delay_ms too long', { kind: 'delay', operation: 'easypay.apply', delay_ms: 600_001 }, 'delay_ms', /got 600001/],
    ['delay_ms as text', { kind: 'delay', operation: 'easypay.apply', delay_ms: '5000' }, 'delay_ms', /got "5000"/],
    ['delay_ms on another kind', { kind: 'reset-before-acting', operation: 'easypay.apply', delay_ms: 5 }, 'delay_ms', /applies only to kind "delay"/],
    ['retry_after on another kind', { kind: 'delay', operation: 'easypay.apply', delay_ms: 5, retry_after: 1 }, 'retry_after', /applies only to kind "unavailable-before-acting"/],
    ['negative retry_after', { kind: 'unavailable-before-acting', operation: 'easypay.apply', retry_after: -1 }, 'retry_after', /seconds \(an integer of 0 or more\) or an HTTP date/],
    ['retry_after words', { kind: 'unavailable-before-acting', operation: 'easypay.apply', retry_after: 'soon' }, 'retry_after', /got "soon"/],
    ['retry_after no such date', { kind: 'unavailable-before-acting', operation: 'easypay.apply', retry_after: 'Wed, 31 Feb 2015 07:28:00 GMT' }, 'retry_after', /HTTP date/],
    ['retry_after with a line break', { kind: 'unavailable-before-acting', operation: 'easypay.apply', retry_after: '5\r\nx-evil: 1' }, 'retry_after', /HTTP date/],
    ['a camelCase name over HTTP', { kind: 'delay', operation: 'easypay.apply', delayMs: 5 }, 'delayMs', /unknown field; a fault takes kind, operation, route, times, delay_ms, retry_after/],
  ];

  it.each(cases)('answers 400 over HTTP for %s, naming the field', async (_name, body, field, message) => {
    const { status, json } = await armOverHttp(body);
    expect(status).toBe(400);
    expect(json.field).toBe(field);
    expect(json.error).toMatch(new RegExp(`^${field}: `));
    expect(json.error).toMatch(message);
    expect(env.sandbox.faults()).toEqual([]);
  });

  it('throws FaultArmingError in Node and SandboxAdminError from the admin client, naming the field as each caller spells it', async () => {
    const bad = { kind: 'delay', operation: 'easypay.apply', delayMs: 0 } as ArmFault;
    const thrown = (() => {
      try {
        env.sandbox.armFault(bad);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(FaultArmingError);
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).toMatchObject({ name: 'FaultArmingError', field: 'delayMs', message: expect.stringMatching(/^delayMs: required for kind "delay"/) });

    const remote = await rejection(admin.armFault(bad));
    expect(remote).toBeInstanceOf(SandboxAdminError);
    expect(remote).toMatchObject({ route: 'POST faults', status: 400, body: { field: 'delay_ms' }, reason: expect.stringMatching(/^delay_ms: required for kind "delay"/) });
    expect(env.sandbox.faults()).toEqual([]);
  });

  it(`answers 409 beyond ${MAX_ARMED_FAULTS} armed faults`, async () => {
    for (let i = 0; i < MAX_ARMED_FAULTS; i++) env.sandbox.armFault({ kind: 'reset-before-acting', operation: 'cardBind.apply' });
    const { status, json } = await armOverHttp({ kind: 'reset-before-acting', operation: 'cardBind.apply' });
    expect(status).toBe(409);
    expect(json).toMatchObject({ field: 'faults', error: expect.stringContaining('clear some first') });
    expect(env.sandbox.clearFaults()).toBe(MAX_ARMED_FAULTS);
  });
});

describe('closing during a delay', () => {
  it('drops the call unprocessed and closes at once: restarted on the same data, the sandbox has no such order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lianlian-sandbox-faults-'));
    const stores = { dataDir: join(dir, 'data'), keyFile: join(dir, 'sandbox-test-key.pem') };
    try {
      const first = await startTestEnv(stores);
      const params = easypayParams('arming-close');
      first.sandbox.armFault({ kind: 'delay', operation: 'easypay.apply', delayMs: 60_000 });
      const request = await signedRequest(first, (client) => client.easypay.apply(params));
      const pending = plainPost(request).then(
        () => 'answered',
        (error: { cause?: { code?: string } }) => error.cause?.code,
      );
      // The call has reached the sandbox once its fault is taken.
      while (first.sandbox.faults().length > 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const started = Date.now();
      await first.sandbox.close();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await pending).toBe('UND_ERR_SOCKET');

      const again = await startSandbox(stores);
      try {
        const client = new LianLian({ oidPartner: OID_PARTNER, privateKey: first.merchantPrivateKeyPem, lianlianPublicKey: again.publicKeyPem, baseUrl: again.url });
        await expect(client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order })).rejects.toMatchObject({ code: '8901' });
        expect(again.faults()).toEqual([]); // faults live in memory only
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
