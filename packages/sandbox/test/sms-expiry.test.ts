/**
 * SMS tokens and codes die after 30 minutes (return-codes.md 1000: "Token
 * expires in half an hour") and are then purged from memory and from the
 * data dir's store: a sandbox restarted 31 minutes later answers 1000, has
 * no code to show, and its LMDB holds no challenge or "phone" entry any
 * more. Wrong-code counts survive a restart too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LianLian } from '@lianlian-sdk/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WRONG_CODES, startSandbox, TEST_CARDS, TOKEN_TTL_MS, type Sandbox } from '../src/index.ts';
import { openLmdbStore } from '../src/lmdb-store.ts';
import { storeKey } from '../src/store.ts';
import { bindParams, OID_PARTNER, testKeyPair } from './_helpers.ts';

let dir: string;
let sandbox: Sandbox | undefined;
/** The sandbox's clock runs `offset` ms from the real one (requests carry real time_stamps, within 30 minutes of it). */
let offset = 0;
const merchant = testKeyPair();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lianlian-sandbox-sms-'));
  offset = 0;
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<{ sandbox: Sandbox; client: LianLian }> {
  sandbox = await startSandbox({ dataDir: join(dir, 'data'), keyFile: join(dir, 'key.pem'), now: () => Date.now() + offset });
  sandbox.registerMerchant(OID_PARTNER, merchant.publicKeyPem);
  const client = new LianLian({ oidPartner: OID_PARTNER, privateKey: merchant.privateKeyPem, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
  return { sandbox, client };
}

/** How many SMS challenges (`s`) and "phone" entries (`i`) the closed sandbox left in its store. */
async function storedSms(): Promise<{ challenges: number; inbox: number }> {
  const store = await openLmdbStore(join(dir, 'data'));
  try {
    return { challenges: [...store.entries(storeKey('s', ''))].length, inbox: [...store.entries(storeKey('i', ''))].length };
  } finally {
    await store.close();
  }
}

describe('SMS challenges in a data dir', () => {
  it('expire after 30 minutes and are purged from memory and the store', async () => {
    offset = -20 * 60 * 1000;
    const first = await start();
    const { token } = await first.client.cardBind.apply(bindParams('late', TEST_CARDS.icbcDebit));
    const code = first.sandbox.smsCode(token!);
    await first.sandbox.close();
    expect(await storedSms()).toEqual({ challenges: 1, inbox: 2 }); // the token, and the code by user and by token

    offset += TOKEN_TTL_MS + 60_000; // 31 minutes later
    // Started and stopped without a request: the start-up purge alone empties the store.
    await (await start()).sandbox.close();
    expect(await storedSms()).toEqual({ challenges: 0, inbox: 0 });

    const third = await start();
    expect(() => third.sandbox.smsCode(token!)).toThrow('no SMS code was sent');
    expect(() => third.sandbox.smsCode('late')).toThrow('no SMS code was sent');
    await expect(third.client.cardBind.verify({ user_id: 'late', token: token!, verify_code: code })).rejects.toMatchObject({ code: '1000' });
  });

  it('keeps a live challenge and its wrong-code count across a restart', async () => {
    const first = await start();
    const { token } = await first.client.cardBind.apply(bindParams('tries', TEST_CARDS.icbcDebit));
    const right = first.sandbox.smsCode(token!);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 1; i < MAX_WRONG_CODES; i++)
      await expect(first.client.cardBind.verify({ user_id: 'tries', token: token!, verify_code: wrong })).rejects.toMatchObject({ code: '1900' });
    await first.sandbox.close();

    const second = await start();
    expect(second.sandbox.smsCode(token!)).toBe(right);
    // The last wrong code allowed kills the token, as it would have without the restart.
    await expect(second.client.cardBind.verify({ user_id: 'tries', token: token!, verify_code: wrong })).rejects.toMatchObject({ code: '1900' });
    await expect(second.client.cardBind.verify({ user_id: 'tries', token: token!, verify_code: right })).rejects.toMatchObject({ code: '1000' });
    await second.sandbox.close();
    expect((await storedSms()).challenges).toBe(0);
  });
});
