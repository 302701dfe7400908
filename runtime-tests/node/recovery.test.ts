/**
 * Issue 12 §3: after a money-moving call fails in a way that may have reached
 * LianLian, the merchant learns the true state of the order with the call's
 * `…Outcome` (its spec lookup query by order number) and acts on it. One case
 * per fault the sandbox can inject, over real HTTP, with @lianlian-sdk/node as
 * a merchant installs it. Each ends with exactly one transfer and the merchant
 * knowing it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, TEST_CARDS, type Sandbox } from '@lianlian-sdk/sandbox';
import { LianLian, LianLianError, TransportError, lianlianTime, moneyToCents, type InstantPaymentApplyParams } from '@lianlian-sdk/node';
import { createClient, instantPaymentApply, instantPaymentApplyOutcome } from '@lianlian-sdk/node/functions';
import { testMerchantKeys } from './_flow.ts';

const OID = '201304121000001004';
const keys = testMerchantKeys();
let sandbox: Sandbox;
let ll: LianLian;
let seq = 0;

// A sandbox per case: LianLian asks to confirm a second transfer to the same account within 24 h (4002).
beforeEach(async () => {
  sandbox = await startSandbox();
  sandbox.registerMerchant(OID, keys.publicKey);
  ll = new LianLian({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url, timeout: 1_000 });
});
afterEach(() => sandbox.close());

/** A fresh transfer of 1.00 to a debit card the sandbox knows. */
function transfer(): InstantPaymentApplyParams {
  return {
    no_order: `RECOVER${Date.now()}${++seq}`,
    dt_order: lianlianTime(),
    money_order: '1.00',
    flag_card: '0',
    card_no: TEST_CARDS.ccbDebit,
    acct_name: '张三',
    info_order: 'recovery test',
    memo: '代付',
    notify_url: 'https://merchant.example/notify',
  };
}

const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('the call succeeded'), (e: unknown) => e as TransportError);

describe('recovery after an ambiguous instantPayment.apply', () => {
  it('drop-answer-after-acting: the transfer went through; the outcome finds it paid, so nothing is resent', async () => {
    sandbox.armFault({ kind: 'drop-answer-after-acting', operation: 'instantPayment.apply' });
    const params = transfer();
    const err = await failure(ll.instantPayment.apply(params));
    expect(err).toBeInstanceOf(TransportError);
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['network', true]);
    const outcome = await ll.instantPayment.applyOutcome(params);
    expect(outcome.found).toBe(true);
    if (outcome.found) expect(outcome.answer).toMatchObject({ no_order: params.no_order, result_pay: 'SUCCESS', money_order: '1.00' });
    // Resending would have been refused as a duplicate: the merchant was right not to.
    await expect(ll.instantPayment.apply(params)).rejects.toMatchObject({ name: 'LianLianError', code: '1002' });
  });

  it('unavailable-before-acting (503): nothing happened; the outcome says not found, and the resend under the same number pays once', async () => {
    sandbox.armFault({ kind: 'unavailable-before-acting', operation: 'instantPayment.apply', retryAfter: '1' });
    const params = transfer();
    const err = await failure(ll.instantPayment.apply(params));
    expect([err.kind, err.status, err.mayHaveBeenProcessed]).toEqual(['http', 503, true]);
    const outcome = await ll.instantPayment.applyOutcome(params);
    expect(outcome).toEqual({ found: false, code: '8901', signed: expect.any(Boolean) });
    expect(await ll.instantPayment.apply(params)).toMatchObject({ ret_code: '0000', no_order: params.no_order });
    expect(await ll.instantPayment.applyOutcome(params)).toMatchObject({ found: true, answer: { result_pay: 'SUCCESS' } });
  });

  it('delay past the timeout: not found at first; the resend and the late original make one transfer, and the outcome then finds it', async () => {
    sandbox.armFault({ kind: 'delay', operation: 'instantPayment.apply', delayMs: 1_500 });
    const before = await balanceCents();
    const params = transfer();
    const err = await failure(ll.instantPayment.apply(params));
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['timeout', true]);
    expect(await ll.instantPayment.applyOutcome(params)).toMatchObject({ found: false, code: '8901' });
    // Sent again under the same number: this copy pays; the original, when it lands, is refused as a duplicate.
    expect(await ll.instantPayment.apply(params)).toMatchObject({ ret_code: '0000' });
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    const outcome = await ll.instantPayment.applyOutcome(params);
    expect(outcome).toMatchObject({ found: true, answer: { no_order: params.no_order, result_pay: 'SUCCESS' } });
    // One transfer of 1.00 left the balance, not two.
    expect(before - (await balanceCents())).toBe(100n);
  });

  it('reset-before-acting: nothing happened; the standalone functions find it not found, and the resend pays', async () => {
    sandbox.armFault({ kind: 'reset-before-acting', operation: 'instantPayment.apply' });
    const client = createClient({ oidPartner: OID, privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url, timeout: 1_000 });
    const params = transfer();
    const err = await failure(instantPaymentApply(client, params));
    expect([err.kind, err.mayHaveBeenProcessed]).toEqual(['network', true]);
    expect(await instantPaymentApplyOutcome(client, params)).toMatchObject({ found: false, code: '8901' });
    expect(await instantPaymentApply(client, params)).toMatchObject({ ret_code: '0000' });
    expect(await instantPaymentApplyOutcome(client, params)).toMatchObject({ found: true, answer: { result_pay: 'SUCCESS' } });
  });

  it('a lookup answered with another ret_code is that LianLianError, never "not found"', async () => {
    // The sandbox does not know this merchant: its query fails with another code than 8901.
    const stranger = new LianLian({ oidPartner: '201304121000009999', privateKey: keys.privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
    const err = await stranger.instantPayment.applyOutcome(transfer()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LianLianError);
    expect((err as LianLianError).code).not.toBe('8901');
  });
});

/** The merchant's balance, in cents, as LianLian reports it. */
async function balanceCents(): Promise<bigint> {
  return moneyToCents((await ll.instantPayment.balance({})).amt_balance!);
}
