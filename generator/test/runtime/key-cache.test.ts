/**
 * Key text is parsed once (issue 13): importPrivateKey / importPublicKey, and so
 * sign, verify, encryptPayload and decryptPayload given text, reuse the handle
 * made from the same text with the same SubtleCrypto. Real WebCrypto throughout;
 * where a test counts parses, it passes a SubtleCrypto that forwards every call
 * to the runtime's own and counts the DER imports (one per parse).
 */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { KEY_CACHE_SIZE } from '../../runtime/2-crypto-keys/_key-cache.ts';
import { importPrivateKey, importPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import { decryptPayload, encryptPayload } from '../../runtime/3-sign-verify/pay-load.ts';
import { sign, verify } from '../../runtime/3-sign-verify/sign.ts';
import { generateRsaKey, makeTempDir, removeTempDir } from './_helpers.ts';
import type { TestKeyPair } from './_helpers.ts';

let dir: string;
let a: TestKeyPair;
let b: TestKeyPair;

beforeAll(() => {
  dir = makeTempDir();
  a = generateRsaKey(dir, 1024);
  b = generateRsaKey(dir, 1024);
});
afterAll(() => removeTempDir(dir));

/**
 * The runtime's SubtleCrypto behind a proxy of its own (so with a cache of its
 * own), counting DER imports, i.e. parses of key text; the first `refusals`
 * of them are refused as a runtime might refuse them.
 */
function countingSubtle(refusals = 0): { subtle: SubtleCrypto; parses: () => number } {
  const real = globalThis.crypto.subtle;
  let parses = 0;
  const subtle = new Proxy(real, {
    get(target, name) {
      const value = Reflect.get(target, name, target) as unknown;
      if (typeof value !== 'function') return value;
      if (name !== 'importKey') return value.bind(target);
      return (format: string, ...rest: unknown[]) => {
        if (format === 'pkcs8' || format === 'spki') {
          parses++;
          if (refusals-- > 0) return Promise.reject(new DOMException('refused for the test', 'OperationError'));
        }
        return (value as (...args: unknown[]) => unknown).apply(target, [format, ...rest]);
      };
    },
  });
  return { subtle, parses: () => parses };
}

/** A card-bind style request with non-ASCII text and a JSON field. */
const params = {
  oid_partner: '201304121000001004',
  user_id: 'key-cache-user',
  acct_name: '李天增',
  risk_item: '{"frms_ware_category":"1009"}',
  time_stamp: '20240611153012',
};

describe('the same text', () => {
  it('gives the same handle on the second call, parsed once', async () => {
    const { subtle, parses } = countingSubtle();
    const first = await importPrivateKey(a.pkcs8Pem, subtle);
    expect(await importPrivateKey(a.pkcs8Pem, subtle)).toBe(first);
    const pub = await importPublicKey(a.spkiPem, subtle);
    expect(await importPublicKey(a.spkiPem, subtle)).toBe(pub);
    expect(parses()).toBe(2);
  });

  it('gives the same handle with the default SubtleCrypto, as sign() and verify() use it', async () => {
    expect(await importPrivateKey(a.pkcs1Pem)).toBe(await importPrivateKey(a.pkcs1Pem));
    expect(await importPublicKey(a.pkcs1PublicPem)).toBe(await importPublicKey(a.pkcs1PublicPem));
  });

  it('gives a frozen handle, so no caller can change it for the others', async () => {
    const key = await importPrivateKey(a.pkcs8Pem);
    expect(Object.isFrozen(key)).toBe(true);
    expect(() => {
      (key as { bits: number }).bits = 512;
    }).toThrow(TypeError);
    expect(key.bits).toBe(1024);
  });
});

describe('different texts', () => {
  it('give different handles: other keys, other forms of one key, other SubtleCryptos', async () => {
    const { subtle } = countingSubtle();
    const keyA = await importPrivateKey(a.pkcs8Pem, subtle);
    const keyB = await importPrivateKey(b.pkcs8Pem, subtle);
    expect(keyB).not.toBe(keyA);
    expect(keyB.n).not.toBe(keyA.n);
    const pkcs1 = await importPrivateKey(a.pkcs1Pem, subtle);
    expect(pkcs1).not.toBe(keyA);
    expect(pkcs1.n).toBe(keyA.n);
    const other = countingSubtle().subtle;
    const elsewhere = await importPrivateKey(a.pkcs8Pem, other);
    expect(elsewhere).not.toBe(keyA);
    expect(elsewhere.subtle).toBe(other);
    expect(keyA.subtle).toBe(subtle);
  });
});

describe('a key that fails', () => {
  it('is not cached: the same text fails twice, parsed twice, and a good key works after', async () => {
    const { subtle, parses } = countingSubtle();
    // TEST-ONLY EC key in PKCS#8: the right shape, so each attempt reaches WebCrypto, which refuses it as RSA.
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const first = await importPrivateKey(ec, subtle).catch((e: unknown) => e);
    const second = await importPrivateKey(ec, subtle).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(KeyFormatError);
    expect(second).toBeInstanceOf(KeyFormatError);
    expect((second as Error).message).toBe((first as Error).message);
    expect((first as Error).message).toMatch(/EC key/);
    expect(second).not.toBe(first);
    expect(parses()).toBe(2);
    const good = await importPrivateKey(a.pkcs8Pem, subtle);
    expect(good.kind).toBe('rsa-private');
    expect(await importPrivateKey(a.pkcs8Pem, subtle)).toBe(good);
    expect(parses()).toBe(3);
  });

  it('is not cached when it fails before WebCrypto either (not a key at all)', async () => {
    const text = 'not a key';
    const first = await importPublicKey(text).catch((e: unknown) => e);
    const second = await importPublicKey(text).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(KeyFormatError);
    expect(second).toBeInstanceOf(KeyFormatError);
    expect(second).not.toBe(first);
  });

  it('is parsed again on the next call: a good key refused once is accepted on the retry, then cached', async () => {
    const { subtle, parses } = countingSubtle(1);
    await expect(importPrivateKey(a.pkcs8Pem, subtle)).rejects.toBeInstanceOf(KeyFormatError);
    const key = await importPrivateKey(a.pkcs8Pem, subtle);
    expect(await importPrivateKey(a.pkcs8Pem, subtle)).toBe(key);
    expect(parses()).toBe(2);
  });
});

describe('the cache', () => {
  it(`is bounded: ${KEY_CACHE_SIZE} texts per kind, least recently used out first`, async () => {
    const { subtle, parses } = countingSubtle();
    // Distinct texts of one key (trailing line breaks are ignored by the parser), so the bound is tested, not key generation.
    const text = (i: number) => a.pkcs8Pem + '\n'.repeat(i);
    const oldest = await importPrivateKey(text(0), subtle);
    for (let i = 1; i < KEY_CACHE_SIZE; i++) await importPrivateKey(text(i), subtle);
    // Full, not past the bound: the first is still there (and now the most recently used).
    expect(await importPrivateKey(text(0), subtle)).toBe(oldest);
    expect(parses()).toBe(KEY_CACHE_SIZE);
    // Public keys have a cache of their own: filling it evicts no private key.
    for (let i = 0; i < KEY_CACHE_SIZE + 1; i++) await importPublicKey(a.spkiPem + '\n'.repeat(i), subtle);
    expect(await importPrivateKey(text(0), subtle)).toBe(oldest);
    const publicParses = KEY_CACHE_SIZE + 1;
    // KEY_CACHE_SIZE new texts push text(0) out; the newest stays.
    for (let i = KEY_CACHE_SIZE; i < 2 * KEY_CACHE_SIZE; i++) await importPrivateKey(text(i), subtle);
    const newest = await importPrivateKey(text(2 * KEY_CACHE_SIZE - 1), subtle);
    expect(parses()).toBe(2 * KEY_CACHE_SIZE + publicParses);
    const again = await importPrivateKey(text(0), subtle);
    expect(again).not.toBe(oldest);
    expect(again.n).toBe(oldest.n);
    expect(parses()).toBe(2 * KEY_CACHE_SIZE + publicParses + 1);
    expect(await importPrivateKey(text(2 * KEY_CACHE_SIZE - 1), subtle)).toBe(newest);
  });

  it('shares one parse between concurrent first calls, and one failure, which the next call retries', async () => {
    const { subtle, parses } = countingSubtle(1);
    const failed = await Promise.allSettled(Array.from({ length: 4 }, () => importPublicKey(b.spkiPem, subtle)));
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(parses()).toBe(1);
    const keys = await Promise.all(Array.from({ length: 8 }, () => importPublicKey(b.spkiPem, subtle)));
    for (const key of keys) expect(key).toBe(keys[0]);
    expect(parses()).toBe(2);
  });
});

describe('signing and pay_load with text keys', () => {
  it.each([
    ['RSA', 'RSA-MD5'],
    ['SHA256withRSA', 'RSA-SHA256'],
  ] as const)('%s: a text key signs as its handle does and as node:crypto %s does, every time', async (signType, nodeAlgorithm) => {
    const fields = { ...params, sign_type: signType };
    const expected = createSign(nodeAlgorithm).update(signatureSource(fields), 'utf8').sign(a.pkcs8Pem, 'base64');
    const handle = await importPrivateKey(a.pkcs8Pem);
    expect(await sign(fields, handle, signType)).toBe(expected);
    for (let i = 0; i < 3; i++) expect(await sign(fields, a.pkcs8Pem, signType)).toBe(expected);
    for (let i = 0; i < 3; i++) expect(await verify({ ...fields, sign: expected }, a.spkiPem)).toBe(true);
    expect(await verify({ ...fields, sign: expected }, b.spkiPem)).toBe(false);
  });

  it('encrypts and decrypts a pay_load with text keys, repeatedly', async () => {
    for (let i = 0; i < 3; i++) {
      const sealed = await encryptPayload('{"no_order":"key-cache"}', a.spkiPem);
      expect(await decryptPayload(sealed, a.pkcs8Pem)).toBe('{"no_order":"key-cache"}');
    }
  });
});
