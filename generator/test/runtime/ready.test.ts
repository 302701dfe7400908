/**
 * Issue 12 §4: a client's keys can be checked at startup. The constructor stays
 * synchronous and accepts any key text; `ready()` parses both keys and rejects
 * with a KeyFormatError naming the setting (never its text), and after it a call
 * works against a fake LianLian on 127.0.0.1. Keys are TEST-ONLY, made at test time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LianLian } from '../../../packages/web/src/client.ts';
// The generated client carries its own copy of the runtime, so its errors are that copy's classes.
import { KeyFormatError as PackageKeyFormatError } from '../../../packages/web/src/index.ts';
import { clientReady, createClient, cardBindVerify } from '../../../packages/web/src/functions.ts';
import { operations } from '../../../packages/web/src/operations.ts';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import { pemBody } from './_helpers.ts';
import { lianlianSign, startFakeLianLian, testOnlyKeys, type FakeLianLian } from './_fake-lianlian.ts';

const OID = '201103171000000000';
let merchant: ReturnType<typeof testOnlyKeys>;
let lianlian: ReturnType<typeof testOnlyKeys>;
let fake: FakeLianLian;

beforeAll(async () => {
  merchant = testOnlyKeys();
  lianlian = testOnlyKeys();
  fake = await startFakeLianLian();
});
afterAll(() => fake.close());

const config = (over: Record<string, unknown> = {}) => ({
  oidPartner: OID,
  privateKey: merchant.privateKey,
  lianlianPublicKey: lianlian.publicKey,
  baseUrl: fake.url,
  ...over,
});

/** The KeyFormatError `promise` rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>, type: typeof KeyFormatError = KeyFormatError): Promise<KeyFormatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as KeyFormatError;
}

/** Asserts no 12-character run of the key's base64 body shows in `text`. */
function expectNoKeyText(text: string, pem: string): void {
  const body = pemBody(pem);
  for (let i = 0; i + 12 <= body.length; i += 4) expect(text).not.toContain(body.slice(i, i + 12));
}

/** Queues a signed success answer to cardBind.verify. */
function answerVerify(): void {
  fake.answer(() => {
    const body = { ret_code: '0000', ret_msg: '交易成功', oid_partner: OID, user_id: 'u1', card_no: '6216', no_agree: '2024010100000011', sign_type: 'RSA' };
    return { ...body, sign: lianlianSign(body, lianlian.privateKey) };
  });
}

describe('ready()', () => {
  it('rejects a garbage privateKey naming privateKey; the constructor did not', async () => {
    const core = new LianLianCore(config({ privateKey: 'garbage' }));
    const error = await rejection(core.ready());
    expect(error.setting).toBe('privateKey');
    expect(error.message).toMatch(/^LianLian: privateKey: got /);
    expect(error.message).not.toContain('garbage');
  });

  it('rejects a garbage lianlianPublicKey naming lianlianPublicKey, not publicKey, with no key text', async () => {
    // Damaged base64 of a real public key: the text that must never reach a message.
    const damaged = lianlian.publicKey.replace(/(-----\n)(.{40})/, (_m, head: string, run: string) => head + run.split('').reverse().join(''));
    for (const bad of [damaged, 'garbage', merchant.privateKey]) {
      const error = await rejection(new LianLianCore(config({ lianlianPublicKey: bad })).ready());
      expect(error.setting).toBe('lianlianPublicKey');
      expect(error.message).toMatch(/^LianLian: lianlianPublicKey: got /);
      expect(error.message).not.toMatch(/\bpublicKey/);
      expectNoKeyText(error.message, bad === 'garbage' ? lianlian.publicKey : bad);
    }
  });

  it('names privateKey when both keys are bad', async () => {
    const error = await rejection(new LianLianCore(config({ privateKey: 'garbage', lianlianPublicKey: 'garbage' })).ready());
    expect(error.setting).toBe('privateKey');
  });

  it('a call on a client with a bad key fails the same way', async () => {
    const core = new LianLianCore(config({ lianlianPublicKey: 'garbage' }));
    const error = await rejection(core.request(operations['cardBind.verify'], { token: 'T1', user_id: 'u1', verify_code: '123456' }));
    expect(error.message).toMatch(/^LianLian: lianlianPublicKey: /);
  });

  it('resolves for good keys, and then a call works', async () => {
    const core = new LianLianCore(config());
    await expect(core.ready()).resolves.toBeUndefined();
    answerVerify();
    await expect(core.request(operations['cardBind.verify'], { token: 'T1', user_id: 'u1', verify_code: '123456' })).resolves.toMatchObject({ no_agree: '2024010100000011' });
  });

  it('LianLian#ready() resolves with the client itself', async () => {
    const ll = new LianLian(config());
    const same = await ll.ready();
    expect(same).toBe(ll);
    answerVerify();
    await expect(same.cardBind.verify({ token: 'T1', user_id: 'u1', verify_code: '123456' })).resolves.toMatchObject({ user_id: 'u1' });
    const error = await rejection(new LianLian(config({ lianlianPublicKey: 'garbage' })).ready(), PackageKeyFormatError);
    expect(error.setting).toBe('lianlianPublicKey');
  });

  it('clientReady() (functions entry) resolves with the client, or rejects naming the setting', async () => {
    const client = createClient(config());
    expect(await clientReady(client)).toBe(client);
    answerVerify();
    await expect(cardBindVerify(client, { token: 'T1', user_id: 'u1', verify_code: '123456' })).resolves.toMatchObject({ user_id: 'u1' });
    const error = await rejection(clientReady(createClient(config({ privateKey: lianlian.publicKey }))), PackageKeyFormatError);
    expect(error.setting).toBe('privateKey');
    expect(error.message).toMatch(/^LianLian: privateKey: got an RSA public key/);
    expectNoKeyText(error.message, lianlian.publicKey);
    await expect(clientReady({ oidPartner: OID })).rejects.toBeInstanceOf(TypeError);
  });
});
