/**
 * A sandbox with `--data-dir` and `--key-file`, run as the real CLI, keeps
 * what it was told across restarts: after SIGTERM (clean stop) and SIGKILL
 * (no chance to flush anything), the same client, with the same
 * `lianlianPublicKey` and `baseUrl`, finds its card, its order and its
 * refund, finishes an SMS verify it started before the restart, and every
 * answer verifies (the client throws SignatureVerificationError otherwise).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LianLian, lianlianTime } from '@lianlian-sdk/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxAdmin } from '../src/admin-client.ts';
import { TEST_CARDS } from '../src/index.ts';
import { startCli, type CliSandbox } from './_cli-process.ts';
import { easypayParams, NOTIFY_URL, orderNo } from './_flows.ts';
import { bindParams, OID_PARTNER, testKeyPair } from './_helpers.ts';

let dir: string;
let running: CliSandbox | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lianlian-sandbox-restart-'));
});
afterEach(async () => {
  await running?.stop('SIGKILL');
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('lianlian-sandbox --data-dir --key-file', () => {
  it('keeps merchants, cards, orders, refunds, SMS challenges and its key across SIGTERM and SIGKILL', async () => {
    const dataDir = join(dir, 'data');
    const keyFile = join(dir, 'keys', 'sandbox-test-key.pem');
    const first = (running = await startCli(['--port', '0', '--data-dir', dataDir, '--key-file', keyFile]));
    const args = ['--port', String(first.port), '--data-dir', dataDir, '--key-file', keyFile];

    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^TEST KEY of @lianlian-sdk\/sandbox[^\n]*\n[\s\S]*-----BEGIN PRIVATE KEY-----\n/);

    const merchant = testKeyPair();
    const admin = createSandboxAdmin(first.url);
    await admin.registerMerchant(OID_PARTNER, merchant.publicKeyPem);
    const client = new LianLian({ oidPartner: OID_PARTNER, privateKey: merchant.privateKeyPem, lianlianPublicKey: first.publicKeyPem, baseUrl: first.url });

    const bindApplied = await client.cardBind.apply(bindParams('restart-u1', TEST_CARDS.icbcDebit));
    const bound = await client.cardBind.verify({ user_id: 'restart-u1', token: bindApplied.token!, verify_code: await admin.smsCode({ token: bindApplied.token! }) });
    const order = easypayParams('restart-u1');
    const payApplied = await client.easypay.apply(order);
    const payCode = await admin.smsCode({ token: payApplied.token! });

    // 1. Clean stop.
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    const second = (running = await startCli(args));
    expect(second.url).toBe(first.url);
    expect(second.publicKeyPem).toBe(first.publicKeyPem);

    const listed = await client.cardBind.query({ user_id: 'restart-u1', offset: '0' });
    expect(listed.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([bound.no_agree]);
    // The SMS challenge issued before the restart still pays the order.
    const paid = await client.easypay.verify({ no_order: order.no_order, dt_order: order.dt_order, money_order: order.money_order, token: payApplied.token!, verify_code: payCode });
    expect(paid.result_pay).toBe('SUCCESS');
    const refund = { no_refund: orderNo('RF'), dt_refund: lianlianTime(), money_refund: '1.00', no_order: order.no_order, dt_order: order.dt_order, notify_url: NOTIFY_URL };
    expect((await client.refund.apply(refund)).sta_refund).toBe('2');
    const second2 = await client.cardBind.apply(bindParams('restart-u1', TEST_CARDS.ccbDebit));
    const bound2 = await client.cardBind.verify({ user_id: 'restart-u1', token: second2.token!, verify_code: await admin.smsCode({ token: second2.token! }) });

    // 2. Killed right after its last answer: what it answered was committed.
    expect(await second.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    running = await startCli(args);

    const again = await client.cardBind.query({ user_id: 'restart-u1', offset: '0' });
    expect(again.unverified?.agreement_list?.map((a) => a.no_agree)).toEqual([bound2.no_agree, bound.no_agree]);
    expect(await client.easypay.query({ no_order: order.no_order, dt_order: order.dt_order })).toMatchObject({ result_pay: 'SUCCESS', oid_paybill: paid.oid_paybill });
    expect(await client.refund.query({ no_refund: refund.no_refund, dt_refund: refund.dt_refund })).toMatchObject({ sta_refund: '2', money_refund: '1.00' });
    expect(await client.instantPayment.balance({})).toMatchObject({ amt_unsettle: '30.68' });
    // A used no_order stays used, and the same merchant is still known with the same key.
    await expect(client.easypay.apply(order)).rejects.toMatchObject({ code: '1002' });
  });

  it('refuses a key file that is not an RSA private key: exit 1, naming the file and not its content', async () => {
    const keyFile = join(dir, 'not-a-key.pem');
    writeFileSync(keyFile, 'secret-looking text that is no key\n');
    const err = await startCli(['--port', '0', '--key-file', keyFile]).then(
      () => new Error('started'),
      (e: Error) => e,
    );
    expect(err.message).toMatch(/^CLI exited \(1\)[\s\S]*keyFile: .*not-a-key\.pem must hold an RSA private key in PEM/);
    expect(err.message).not.toContain('secret-looking');
  });
});
