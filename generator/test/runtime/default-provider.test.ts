// The default provider: signatures on node:crypto where the runtime gives it out (process.getBuiltinModule), else
// WebCrypto with BigInt MD5withRSA. On Node it must pick node:crypto; both paths must sign byte for byte what
// node:crypto signs; and the runtime's feature detection must fall back when getBuiltinModule is missing or has no
// node:crypto that signs (tested by replacing process.getBuiltinModule: the runtime's feature, not our code).
import * as nodeCrypto from 'node:crypto';
import { Crypto } from '@peculiar/webcrypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCryptoProvider, selectCryptoProvider } from '../../runtime/2-crypto-keys/default-crypto-provider.ts';
import { importPrivateKey, importPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import { nodeCryptoProvider } from '../../runtime/2-crypto-keys/node-crypto-provider.ts';
import { createWebCryptoProvider, webCryptoProvider } from '../../runtime/2-crypto-keys/web-crypto-provider.ts';
import { decryptPayload, encryptPayload } from '../../runtime/3-sign-verify/pay-load.ts';
import { sign, signBytes, verify } from '../../runtime/3-sign-verify/sign.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { createCore } from '../../runtime/4-operations/core.ts';
import { generateRsaKey, makeTempDir, removeTempDir, type TestKeyPair } from './_helpers.ts';

const BITS = [1024, 2048] as const;
const SIGN_TYPES = [
  ['RSA', 'md5'],
  ['SHA256withRSA', 'sha256'],
] as const;

let dir: string;
const keys = new Map<number, TestKeyPair>();
beforeAll(() => {
  dir = makeTempDir();
  for (const bits of BITS) keys.set(bits, generateRsaKey(dir, bits));
}, 60_000);
afterAll(() => removeTempDir(dir));

const request = (signType: string) => ({
  oid_partner: '201304121000001004',
  user_id: 'u-20180828153543',
  acct_name: '李天增',
  risk_item: '{"frms_ware_category":"1009","user_info_dt_register":"20131030122130"}',
  money_order: '31.68',
  sign_type: signType,
});

/** Runs `fn` with process.getBuiltinModule replaced (a runtime without it, or with a broken one), then puts it back. */
function withGetBuiltinModule<T>(replacement: unknown, fn: () => T): T {
  const proc = process as unknown as { getBuiltinModule: unknown };
  const original = proc.getBuiltinModule;
  proc.getBuiltinModule = replacement;
  try {
    return fn();
  } finally {
    proc.getBuiltinModule = original;
  }
}

describe('picking', () => {
  it('picks node:crypto on Node, found through process.getBuiltinModule', () => {
    expect(typeof process.getBuiltinModule).toBe('function');
    expect(defaultCryptoProvider.name).toBe('node');
    expect(selectCryptoProvider().name).toBe('node');
  });

  it('falls back to WebCrypto without process.getBuiltinModule, or when it has no node:crypto that signs', () => {
    expect(withGetBuiltinModule(undefined, () => selectCryptoProvider())).toBe(webCryptoProvider);
    // getBuiltinModule answers undefined for a module the runtime does not have.
    expect(withGetBuiltinModule(() => undefined, () => selectCryptoProvider())).toBe(webCryptoProvider);
    expect(selectCryptoProvider(() => undefined)).toBe(webCryptoProvider);
    const { sign: _missing, ...withoutSign } = nodeCrypto;
    expect(selectCryptoProvider(() => withoutSign)).toBe(webCryptoProvider);
  });

  it('falls back to WebCrypto on a node:crypto without MD5 (a FIPS build), where sign_type RSA would fail', () => {
    // The module as a FIPS build reports it: its own functions, a hash list without md5.
    const fips = { ...nodeCrypto, getHashes: () => nodeCrypto.getHashes().filter((h) => !/md5/i.test(h)) };
    expect(selectCryptoProvider(() => fips)).toBe(webCryptoProvider);
    expect(selectCryptoProvider(() => nodeCrypto).name).toBe('node');
  });

  it('on node:crypto, signs there and leaves the pay_load primitives to WebCrypto', () => {
    const picked = selectCryptoProvider(() => nodeCrypto);
    expect(picked.name).toBe('node');
    expect(picked.sign).not.toBe(webCryptoProvider.sign);
    expect(picked.verify).not.toBe(webCryptoProvider.verify);
    for (const m of ['oaepEncrypt', 'oaepDecrypt', 'aesCtr', 'hmacSha256'] as const) expect(picked[m], m).toBe(webCryptoProvider[m]);
  });

  it('is what a client uses unless crypto or subtle is set', () => {
    const config = { oidPartner: '201304121000001004', privateKey: 'k', lianlianPublicKey: 'k' };
    expect(createCore(config).crypto).toBe(defaultCryptoProvider);
    expect(createCore({ ...config, crypto: webCryptoProvider }).crypto).toBe(webCryptoProvider);
    expect(createCore({ ...config, subtle: new Crypto().subtle as SubtleCrypto }).crypto.name).toBe('web (injected SubtleCrypto)');
  });
});

describe.each(BITS)('%i-bit key: the default and WebCrypto sign the same bytes as node:crypto', (bits) => {
  describe.each(SIGN_TYPES)('%s', (signType, hash) => {
    it('sign(), with PKCS#8, PKCS#1 and an imported handle, and verify() both ways', async () => {
      const pair = keys.get(bits)!;
      const params = request(signType);
      const expected = nodeCrypto.sign(hash, Buffer.from(signatureSource(params), 'utf8'), pair.pkcs8Pem).toString('base64');
      const handle = await importPrivateKey(pair.pkcs8Pem);
      const peculiarHandle = await importPrivateKey(pair.pkcs1Pem, new Crypto().subtle as SubtleCrypto);
      for (const provider of [undefined, defaultCryptoProvider, webCryptoProvider]) {
        const which = provider?.name ?? 'default parameter';
        expect(await sign(params, pair.pkcs8Pem, signType, provider), `${which}, PKCS#8`).toBe(expected);
        expect(await sign(params, pair.pkcs1Pem, signType, provider), `${which}, PKCS#1`).toBe(expected);
        expect(await sign(params, handle, signType, provider), `${which}, handle`).toBe(expected);
        expect(await sign(params, peculiarHandle, signType, provider), `${which}, handle from another SubtleCrypto`).toBe(expected);
        expect(await verify({ ...params, sign: expected }, pair.spkiPem, provider), `${which} verifies`).toBe(true);
        expect(await verify({ ...params, money_order: '31.69', sign: expected }, pair.spkiPem, provider), `${which} refuses a change`).toBe(false);
      }
      const publicHandle = await importPublicKey(pair.pkcs1PublicPem);
      expect(await verify({ ...params, sign: await sign(params, handle, signType) }, publicHandle, webCryptoProvider)).toBe(true);
      expect(await verify({ ...params, sign: await sign(params, handle, signType, webCryptoProvider) }, publicHandle)).toBe(true);
    });
  });

  it('pay_load made on one path opens on the other', async () => {
    const pair = keys.get(bits)!;
    const plaintext = JSON.stringify({ acct_name: '王五', note: '💳 $1' });
    expect(await decryptPayload(await encryptPayload(plaintext, pair.spkiPem), pair.pkcs8Pem, webCryptoProvider)).toBe(plaintext);
    expect(await decryptPayload(await encryptPayload(plaintext, pair.spkiPem, webCryptoProvider), pair.pkcs1Pem)).toBe(plaintext);
  });
});

describe('the opt-in node:crypto provider', () => {
  it('needs no Buffer global (Workers before compatibility date 2024-09-23 have none)', async () => {
    const pair = keys.get(1024)!;
    const key = await importPrivateKey(pair.pkcs8Pem);
    const pub = await importPublicKey(pair.spkiPem);
    const data = new TextEncoder().encode(signatureSource(request('RSA')));
    const g = globalThis as { Buffer?: unknown };
    const saved = g.Buffer;
    // Each provider method does its work before its first await, so every call below runs while the global is gone.
    delete g.Buffer;
    let calls: Promise<Uint8Array>[];
    try {
      calls = [
        nodeCryptoProvider.sign(data, key, 'RSA'),
        nodeCryptoProvider.oaepEncrypt(new Uint8Array(32), pub),
        nodeCryptoProvider.aesCtr(new Uint8Array(32), new Uint8Array(16), data),
        nodeCryptoProvider.hmacSha256(new Uint8Array(32), data),
      ];
    } finally {
      g.Buffer = saved;
    }
    const [signature, wrapped, ciphertext, mac] = await Promise.all(calls);
    expect(await signBytes(data, key, 'RSA', webCryptoProvider)).toBe(Buffer.from(signature!).toString('base64'));
    expect(await webCryptoProvider.oaepDecrypt(wrapped!, key)).toEqual(new Uint8Array(32));
    expect(await webCryptoProvider.aesCtr(new Uint8Array(32), new Uint8Array(16), ciphertext!)).toEqual(data);
    expect(mac).toEqual(await webCryptoProvider.hmacSha256(new Uint8Array(32), data));
    for (const out of [signature, wrapped, ciphertext, mac]) expect(Object.getPrototypeOf(out)).toBe(Uint8Array.prototype);
  });

  it('works on keys imported through another SubtleCrypto', async () => {
    const pair = keys.get(2048)!;
    const subtle = new Crypto().subtle as SubtleCrypto;
    const key = await importPrivateKey(pair.pkcs8Pem, subtle);
    const data = new TextEncoder().encode('x');
    const provider = createWebCryptoProvider(subtle);
    expect(await nodeCryptoProvider.sign(data, key, 'SHA256withRSA')).toEqual(await provider.sign(data, key, 'SHA256withRSA'));
  });
});
