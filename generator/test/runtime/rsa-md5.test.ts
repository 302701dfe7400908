/**
 * The BigInt MD5withRSA private operation against node:crypto: byte-identical
 * signatures over many signs (so across several blinding-pair refreshes, every
 * 32 uses, and the squaring updates in between), and the self-check, which
 * works mod p and mod q once n = p·q is confirmed, still refuses a faulty key.
 * Keys are TEST-ONLY, generated at run time.
 */
import { createPrivateKey, generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5WithRsaSign, md5WithRsaVerify, modInverse, modPow, rsaPrivate, type RsaPrivateParams } from '../../runtime/2-crypto-keys/_rsa-md5.ts';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';

function fromB64url(s: string): bigint {
  return BigInt('0x' + Buffer.from(s, 'base64url').toString('hex'));
}

function testKey(bits: number): { params: RsaPrivateParams; keyObject: KeyObject } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const j = privateKey.export({ format: 'jwk' }) as Record<string, string>;
  const params: RsaPrivateParams = {
    bits,
    n: fromB64url(j.n!),
    e: fromB64url(j.e!),
    d: fromB64url(j.d!),
    p: fromB64url(j.p!),
    q: fromB64url(j.q!),
    dp: fromB64url(j.dp!),
    dq: fromB64url(j.dq!),
    qi: fromB64url(j.qi!),
  };
  return { params, keyObject: createPrivateKey({ key: j, format: 'jwk' }) };
}

describe.each([1024, 2048])('MD5withRSA-%i', (bits) => {
  const { params, keyObject } = testKey(bits);

  it('gives node:crypto’s signature byte for byte over 100 signs (3 blinding refreshes)', () => {
    for (let i = 0; i < 100; i++) {
      const data = new TextEncoder().encode(`oid_partner=201304121000001004&sign_type=RSA&user_id=u${i}&acct_name=张三`);
      const ours = md5WithRsaSign(data, params);
      expect(Buffer.from(ours).equals(cryptoSign('md5', data, keyObject))).toBe(true);
      expect(md5WithRsaVerify(data, ours, params)).toBe(true);
    }
  });

  it('matches m^d mod n without CRT for random messages', () => {
    for (let i = 0; i < 5; i++) {
      const m = BigInt('0x' + Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bits / 8))).toString('hex')) % params.n;
      expect(rsaPrivate(m, params)).toBe(modPow(m, params.d, params.n));
    }
  });

  it('refuses to sign when a CRT parameter is damaged (the self-check)', () => {
    const data = new TextEncoder().encode('a=1');
    expect(() => md5WithRsaSign(data, { ...params, dp: params.dp ^ 2n })).toThrow(KeyFormatError);
    expect(() => md5WithRsaSign(data, { ...params, dq: params.dq ^ 4n })).toThrow(KeyFormatError);
    expect(() => md5WithRsaSign(data, { ...params, qi: params.qi ^ 1n })).toThrow(KeyFormatError);
  });

  it('refuses a key whose n is not p·q', () => {
    const data = new TextEncoder().encode('a=1');
    expect(() => md5WithRsaSign(data, { ...params, n: params.n + 2n })).toThrow(KeyFormatError);
  });
});

describe('modPow / modInverse', () => {
  it('agree with the definitions on small and large values', () => {
    const m = 1000003n;
    for (const [b, x] of [
      [2n, 10n],
      [7n, 0n],
      [0n, 5n],
      [123456n, 65537n],
      [999999n, (1n << 200n) + 12345n],
    ] as const) {
      let slow = 1n;
      let base = b % m;
      for (let k = x; k > 0n; k >>= 1n) {
        if (k & 1n) slow = (slow * base) % m;
        base = (base * base) % m;
      }
      expect(modPow(b, x, m)).toBe(slow);
    }
    expect(((modInverse(12345n, m) ?? 0n) * 12345n) % m).toBe(1n);
    expect(modInverse(6n, 9n)).toBeUndefined();
  });
});
