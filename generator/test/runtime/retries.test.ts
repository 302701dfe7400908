/**
 * Issue 12 §1–2 over real HTTP: a node:http server on 127.0.0.1 that fails the
 * first attempts as told. Queries (`effect: read`) are retried on a 503 or a
 * reset and honour Retry-After; calls that move money or change state
 * (`effect: write`) are sent exactly once. Every failure is a TransportError
 * whose kind and mayHaveBeenProcessed say what happened, and which survives
 * JSON.stringify. Hooks see every attempt, and never a card number, ID number
 * or phone in full.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operations } from '../../../packages/web/src/operations.ts';
import { TransportError } from '../../runtime/1-errors-encoding/errors/transport-error.ts';
import type { LianLianConfig } from '../../runtime/4-operations/config.ts';
import type { CallEvent, CallFailureEvent } from '../../runtime/4-operations/hooks.ts';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { lianlianSign, testOnlyKeys } from './_fake-lianlian.ts';

const OID = '201103171000000000';
const CARD = '6222021234567890128';
const ID_NO = '330401198001014616';
const PHONE = '13958069593';

type Step = 'ok' | '503' | 'reset' | { status: number; retryAfter?: string } | 'hang';
let script: Step[] = [];
let arrivals: number[] = [];
let server: Server;
let origin: string;
let lianlian: ReturnType<typeof testOnlyKeys>;
let merchant: ReturnType<typeof testOnlyKeys>;

/** A signed cardBin.query answer that also echoes the full card number, as a log-worthy answer might. */
function binAnswer(): string {
  const body = { ret_code: '0000', ret_msg: '交易成功', sign_type: 'RSA', bank_code: '01020000', bank_name: '工商银行', card_type: '2', card_no: CARD };
  return JSON.stringify({ ...body, sign: lianlianSign(body, lianlian.privateKey) });
}

beforeAll(async () => {
  lianlian = testOnlyKeys();
  merchant = testOnlyKeys();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      arrivals.push(Date.now());
      const step = script.shift() ?? 'ok';
      if (step === 'reset') return req.socket.destroy();
      if (step === 'hang') return; // never answers
      if (step === '503' || typeof step === 'object') {
        const status = step === '503' ? 503 : step.status;
        res.writeHead(status, { 'content-type': 'text/plain', ...(typeof step === 'object' && step.retryAfter !== undefined && { 'retry-after': step.retryAfter }) });
        return res.end('unavailable');
      }
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
      res.end(binAnswer());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  script = [];
  arrivals = [];
});

const client = (extra: Partial<LianLianConfig> = {}) =>
  new LianLianCore({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl: origin, timeout: 2_000, ...extra });
const query = (c = client()) => c.request(operations['cardBin.query'], { card_no: CARD });
const apply = (c = client()) =>
  c.request(operations['cardBind.apply'], {
    user_id: 'u1',
    pay_type: 'D',
    risk_item: { frms_ware_category: '1009', user_info_mercht_userno: 'u1', user_info_dt_register: '20220101120000' },
    id_type: '0',
    id_no: ID_NO,
    acct_name: '张三',
    card_no: CARD,
    bind_mob: PHONE,
  });
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('the call succeeded'), (e: unknown) => e as TransportError);

describe('retries follow the operation effect', () => {
  it('the spec marks queries read and money movers write', () => {
    expect([operations['cardBin.query'].effect, operations['easypay.query'].effect, operations['instantPayment.balance'].effect]).toEqual(['read', 'read', 'read']);
    expect([operations['cardBind.apply'].effect, operations['easypay.apply'].effect, operations['refund.apply'].effect, operations['cardBind.unbind'].effect]).toEqual(['write', 'write', 'write', 'write']);
  });

  it('a query succeeds after one 503; the server sees 2 requests', async () => {
    script = ['503', 'ok'];
    expect((await query()).bank_code).toBe('01020000');
    expect(arrivals).toHaveLength(2);
  });

  it('a query succeeds after one connection reset; the server sees 2 requests', async () => {
    script = ['reset', 'ok'];
    expect((await query()).bank_code).toBe('01020000');
    expect(arrivals).toHaveLength(2);
  });

  it('honours Retry-After: the second attempt waits the seconds it asks for', async () => {
    script = [{ status: 503, retryAfter: '1' }, 'ok'];
    await query();
    expect(arrivals).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
  });

  it('gives up after the retry limit, with an http TransportError; retry: 0 sends once', async () => {
    script = ['503', '503', '503', '503'];
    const err = await failure(query());
    expect(err).toBeInstanceOf(TransportError);
    expect([err.kind, err.status, err.mayHaveBeenProcessed]).toEqual(['http', 503, true]);
    expect(err.message).toContain('after 3 attempts');
    expect(arrivals).toHaveLength(3);
    script = ['503', 'ok'];
    arrivals = [];
    await failure(query(client({ retry: 0 })));
    expect(arrivals).toHaveLength(1);
  });

  it('an apply that meets a 503 is sent exactly once', async () => {
    script = ['503', 'ok'];
    const err = await failure(apply());
    expect([err.kind, err.status, err.mayHaveBeenProcessed]).toEqual(['http', 503, true]);
    expect(arrivals).toHaveLength(1);
  });

  it('an apply that meets a reset is sent exactly once, and may have been processed', async () => {
    script = ['reset', 'ok'];
    const err = await failure(apply(client({ retry: 5 })));
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['network', true]);
    expect(arrivals).toHaveLength(1);
  });
});

describe('TransportError says what happened', () => {
  it('connection refused: network, provably not processed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await failure(apply(client({ baseUrl: `http://127.0.0.1:${port}` })));
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['network', false]);
  });

  it('timeout: no answer in time, may have been processed; a query is not retried after a timeout', async () => {
    script = ['hang', 'hang'];
    const err = await failure(query(client({ timeout: 300 })));
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['timeout', true]);
    expect(arrivals).toHaveLength(1);
  });

  it('aborted before sending: nothing left, so not processed', async () => {
    const err = await failure(client().request(operations['cardBin.query'], { card_no: CARD }, { signal: AbortSignal.abort() }));
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['aborted', false]);
    expect(arrivals).toHaveLength(0);
  });

  it('aborted while waiting for the answer: may have been processed, and not retried', async () => {
    script = ['hang', 'hang'];
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const err = await failure(client().request(operations['cardBin.query'], { card_no: CARD }, { signal: controller.signal }));
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['aborted', true]);
    expect(arrivals).toHaveLength(1);
  });

  it('JSON.stringify keeps name, message, operation, kind, mayHaveBeenProcessed and status', async () => {
    script = ['503'];
    const err = await failure(apply());
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'TransportError',
      message: `cardBind.apply: HTTP 503 from ${origin}/traderapi/bankcardbind.htm`,
      operation: 'cardBind.apply',
      kind: 'http',
      mayHaveBeenProcessed: true,
      status: 503,
    });
  });
});

describe('hooks', () => {
  /** Records every hook call as the JSON a logger would write (errors through their toJSON). */
  function recorder() {
    const seen: { hook: string; event: CallEvent | CallFailureEvent }[] = [];
    const hooks = Object.fromEntries(
      (['onRequest', 'onResponse', 'onRetry', 'onError'] as const).map((hook) => [hook, (event: CallEvent | CallFailureEvent) => void seen.push({ hook, event })]),
    );
    return { seen, hooks, text: () => JSON.stringify(seen) };
  }

  it('see each attempt of a retried query: operation, effect, attempt, duration, status and ret_code', async () => {
    const r = recorder();
    script = ['503', 'ok'];
    await query(client({ hooks: r.hooks }));
    expect(r.seen.map(({ hook, event }) => [hook, event.operation, event.effect, event.attempt, event.status, event.retCode])).toEqual([
      ['onRequest', 'cardBin.query', 'read', 1, undefined, undefined],
      ['onResponse', 'cardBin.query', 'read', 1, 503, undefined],
      ['onRetry', 'cardBin.query', 'read', 1, 503, undefined],
      ['onRequest', 'cardBin.query', 'read', 2, undefined, undefined],
      ['onResponse', 'cardBin.query', 'read', 2, 200, '0000'],
    ]);
    for (const { event } of r.seen) expect(event.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('onError gets the failed call with its attempts and the error', async () => {
    const r = recorder();
    script = ['503'];
    await failure(apply(client({ hooks: r.hooks })));
    const last = r.seen.at(-1)!;
    expect(last.hook).toBe('onError');
    expect([last.event.operation, last.event.effect, last.event.attempt, last.event.status]).toEqual(['cardBind.apply', 'write', 1, 503]);
    expect((last.event as CallFailureEvent).error).toBeInstanceOf(TransportError);
  });

  it('never receive a full card number, ID number or phone, in any hook', async () => {
    const r = recorder();
    // A query whose request and answer both carry the card number, retried once, then an apply with all three that fails.
    script = ['reset', 'ok', '503'];
    await query(client({ hooks: r.hooks }));
    await failure(apply(client({ hooks: r.hooks })));
    expect(new Set(r.seen.map((s) => s.hook))).toEqual(new Set(['onRequest', 'onResponse', 'onRetry', 'onError']));
    const text = r.text();
    // The hooks did get the bodies (redacted), so the check below is not vacuous.
    expect(text).toContain('"card_no":"');
    expect(text).toContain('"user_id":"u1"');
    for (const secret of [CARD, ID_NO, PHONE, '张三', merchant.privateKey.slice(40, 80)]) expect(text).not.toContain(secret);
  });

  it("a hook that throws does not change the call's result", async () => {
    script = ['ok'];
    const thrown: unknown[] = [];
    const onUncaught = (e: unknown) => void thrown.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      const answer = await query(client({ hooks: { onResponse: () => { throw new Error('logger broke'); } } }));
      expect(answer.bank_code).toBe('01020000');
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(thrown).toHaveLength(1);
    expect((thrown[0] as Error).message).toBe('logger broke');
  });
});

describe('retry and hooks settings are checked when the client is made', () => {
  it.each([-1, 1.5, 11, Number.NaN])('retry %s is a ValidationError naming it', (retry) => {
    expect(() => client({ retry })).toThrow(/^LianLian: retry must be a whole number from 0 \(no retries\) to 10$/);
  });

  it('an unknown hook, or one that is not a function, is a ValidationError naming it', () => {
    expect(() => client({ hooks: { onRequst: () => {} } as never })).toThrow('LianLian: hooks.onRequst must be one of onRequest, onResponse, onRetry, onError, a function');
    expect(() => client({ hooks: { onError: 'log' } as never })).toThrow('LianLian: hooks.onError must be');
  });
});
