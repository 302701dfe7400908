import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Crypto } from '@peculiar/webcrypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { importPrivateKey, importPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import type { SignType } from '../../runtime/1-errors-encoding/operation.ts';
import { sign, signBytes, verify, verifyBytes } from '../../runtime/3-sign-verify/sign.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { flipBase64Char, generateRsaKey, makeTempDir, openssl, pemBody, removeTempDir, wrap, writeTemp } from './_helpers.ts';
import type { TestKeyPair } from './_helpers.ts';

let dir: string;
const keys: Record<number, TestKeyPair> = {};

beforeAll(() => {
  dir = makeTempDir();
  keys[1024] = generateRsaKey(dir, 1024);
  keys[2048] = generateRsaKey(dir, 2048);
});
afterAll(() => removeTempDir(dir));

/** A card-bind style request (MPAY-card-bind-apply.md) with non-ASCII text and a JSON-string field. */
function request(signType: SignType): Record<string, unknown> {
  return {
    acct_name: '李天增',
    bind_mob: '18667341234',
    card_no: '8888888888888888',
    dt_order: '20180828153543',
    id_no: '330401198001014616',
    id_type: '0',
    notify_url: 'http://test.yintong.com.cn/help/notify.php',
    no_order: '20180828153543',
    oid_partner: '201304121000001004',
    pay_type: 'P',
    risk_item: '{"user_info_bind_phone":"13958069593","user_info_dt_register":"20131030122130"}',
    sign_type: signType,
    user_id: '20180828153543',
    money_order: 0.01,
    memo: '',
  };
}

const digestOf = { RSA: 'md5', SHA256withRSA: 'sha256' } as const;
const nodeAlgorithm = { RSA: 'RSA-MD5', SHA256withRSA: 'RSA-SHA256' } as const;

describe.each([1024, 2048])('%i-bit key', (bits) => {
  describe.each(['RSA', 'SHA256withRSA'] as const)('%s', (signType) => {
    it('signs so that openssl dgst -verify accepts it, byte-identical to node:crypto', async () => {
      const pair = keys[bits]!;
      const params = request(signType);
      const signature = await sign(params, pair.pkcs8Pem, signType);
      const source = signatureSource(params);
      const srcPath = writeTemp(dir, `src-${bits}-${signType}.txt`, source);
      const sigPath = writeTemp(dir, `sig-${bits}-${signType}.bin`, Buffer.from(signature, 'base64'));
      const out = openssl(['dgst', `-${digestOf[signType]}`, '-verify', pair.publicPath, '-signature', sigPath, srcPath]).toString();
      expect(out).toContain('Verified OK');
      // PKCS#1 v1.5 is deterministic: an independent implementation gives the same bytes.
      const reference = createSign(nodeAlgorithm[signType]).update(Buffer.from(source, 'utf8')).sign(pair.pkcs8Pem, 'base64');
      expect(signature).toBe(reference);
      // Every key form gives the same signature.
      expect(await sign(params, pair.pkcs1Pem, signType)).toBe(signature);
      expect(await sign(params, pemBody(pair.pkcs8Pem), signType)).toBe(signature);
      expect(await sign(params, await importPrivateKey(pair.pkcs1Pem), signType)).toBe(signature);
      expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    });

    it('verifies a signature made by openssl', async () => {
      const pair = keys[bits]!;
      const params = request(signType);
      const srcPath = writeTemp(dir, `osrc-${bits}-${signType}.txt`, signatureSource(params));
      const signature = openssl(['dgst', `-${digestOf[signType]}`, '-sign', pair.privatePath, srcPath]).toString('base64');
      expect(await verify({ ...params, sign: signature }, pair.spkiPem)).toBe(true);
      expect(await verify({ ...params, sign: signature }, pemBody(pair.pkcs1PublicPem))).toBe(true);
      // Line-wrapped base64 (CRLF every 76) is the same signature.
      expect(await verify({ ...params, sign: wrap(signature) }, pair.spkiPem)).toBe(true);
    });

    it('rejects any changed field value and any changed signature byte', async () => {
      const pair = keys[bits]!;
      const publicKey = await importPublicKey(pair.spkiPem);
      const params = request(signType);
      const signature = await sign(params, pair.pkcs8Pem, signType);
      expect(await verify({ ...params, sign: signature }, publicKey)).toBe(true);
      for (const field of Object.keys(params)) {
        if (field === 'sign_type' || field === 'memo') continue;
        const value = params[field];
        const changed = typeof value === 'number' ? value + 1 : `${String(value)}x`;
        expect(await verify({ ...params, [field]: changed, sign: signature }, publicKey), field).toBe(false);
      }
      expect(await verify({ ...params, memo: 'x', sign: signature }, publicKey)).toBe(false); // an added field
      const { acct_name: _dropped, ...withoutName } = params;
      expect(await verify({ ...withoutName, sign: signature }, publicKey)).toBe(false); // a removed field
      const sigBytes = Buffer.from(signature, 'base64');
      for (let i = 0; i < sigBytes.length; i++) {
        const tampered = Buffer.from(sigBytes);
        tampered[i] = tampered[i]! ^ (1 << (i % 8));
        expect(await verify({ ...params, sign: tampered.toString('base64') }, publicKey), `byte ${i}`).toBe(false);
      }
      expect(await verify({ ...params, sign: flipBase64Char(signature, 5) }, publicKey)).toBe(false);
    });
  });
});

describe('verify', () => {
  it('treats a missing sign_type as RSA (MD5withRSA)', async () => {
    const pair = keys[1024]!;
    const params = { oid_partner: '201408071000001543', card_no: '403392******1234' };
    const signature = await sign(params, pair.pkcs8Pem);
    expect(await verify({ ...params, sign: signature }, pair.spkiPem)).toBe(true);
    // '' and null are left out of the source like any empty value, and read as RSA.
    expect(await verify({ ...params, sign: signature, sign_type: '' }, pair.spkiPem)).toBe(true);
    expect(await verify({ ...params, sign: signature, sign_type: null }, pair.spkiPem)).toBe(true);
    // A present "RSA" is part of the signed source, so it must have been signed too.
    expect(await verify({ ...params, sign: signature, sign_type: 'RSA' }, pair.spkiPem)).toBe(false);
  });

  it('answers false, never throws, for missing, garbled or mismatched signatures', async () => {
    const pair = keys[2048]!;
    const params = { oid_partner: '201408071000001543', card_no: '403392******1234', sign_type: 'RSA' };
    const good = await sign(params, pair.pkcs8Pem, 'RSA');
    const sha = await sign({ ...params, sign_type: 'SHA256withRSA' }, pair.pkcs8Pem, 'SHA256withRSA');
    const cases: Record<string, unknown>[] = [
      params, // no sign
      { ...params, sign: '' },
      { ...params, sign: 'not base64!' },
      { ...params, sign: 'AAAA' }, // wrong length
      { ...params, sign: good.slice(0, -4) }, // truncated
      { ...params, sign: Buffer.alloc(256, 0xff).toString('base64') }, // ≥ n
      { ...params, sign: 42 },
      { ...params, sign: good, sign_type: 'MD5' }, // unknown sign_type
      { ...params, sign: good, sign_type: 'SHA256withRSA' }, // right signature, wrong algorithm
      { ...params, sign: sha, sign_type: 'RSA' },
      { ...params, sign: good, extra: Number.NaN }, // a value no signer could have produced
    ];
    for (const c of cases) expect(await verify(c, pair.spkiPem)).toBe(false);
    expect(await verify({ ...params, sign: good }, pair.spkiPem)).toBe(true);
    expect(await verifyBytes(new Uint8Array([1]), 'garbage', pair.spkiPem, 'SHA256withRSA')).toBe(false);
    expect(await verifyBytes(new Uint8Array([1]), good, pair.spkiPem, 'nope' as SignType)).toBe(false);
  });

  it('does not verify with another key', async () => {
    const params = { oid_partner: '1', sign_type: 'RSA' };
    const signature = await sign(params, keys[1024]!.pkcs8Pem);
    expect(await verify({ ...params, sign: signature }, keys[2048]!.spkiPem)).toBe(false);
  });

  it('throws KeyFormatError for an unusable key, whatever the signature', async () => {
    await expect(verify({ sign: 'x' }, 'not a key')).rejects.toBeInstanceOf(KeyFormatError);
    await expect(verify({}, keys[1024]!.pkcs8Pem)).rejects.toThrow(/where a public key is needed/);
  });
});

describe('sign', () => {
  it('defaults to RSA (MD5withRSA) and ignores an existing sign field', async () => {
    const pair = keys[1024]!;
    const params = { card_no: '403392******1234', oid_partner: '201408071000001543', sign_type: 'RSA' };
    const signature = await sign(params, pair.pkcs8Pem);
    const reference = createSign('RSA-MD5').update('card_no=403392******1234&oid_partner=201408071000001543&sign_type=RSA').sign(pair.pkcs8Pem, 'base64');
    expect(signature).toBe(reference);
    expect(await sign({ ...params, sign: 'old' }, pair.pkcs8Pem)).toBe(signature);
  });

  it('refuses an unknown sign type and an unusable key', async () => {
    await expect(sign({ a: '1' }, keys[1024]!.pkcs8Pem, 'MD5' as SignType)).rejects.toThrow(/signType: got "MD5"; need "RSA" or "SHA256withRSA"/);
    await expect(sign({ a: '1' }, keys[1024]!.spkiPem)).rejects.toBeInstanceOf(KeyFormatError);
  });

  it('signs and verifies raw bytes', async () => {
    const pair = keys[2048]!;
    const data = new Uint8Array(1000).map((_, i) => i * 7);
    for (const signType of ['RSA', 'SHA256withRSA'] as const) {
      const signature = await signBytes(data, pair.pkcs1Pem, signType);
      expect(await verifyBytes(data, signature, pair.pkcs1PublicPem, signType)).toBe(true);
      const changed = data.slice();
      changed[0] = changed[0]! ^ 1;
      expect(await verifyBytes(changed, signature, pair.pkcs1PublicPem, signType)).toBe(false);
    }
  });
});

describe('with @peculiar/webcrypto as the injected subtle', () => {
  it('signs and verifies both sign types, matching node:crypto', async () => {
    const subtle = new Crypto().subtle;
    for (const bits of [1024, 2048]) {
      const pair = keys[bits]!;
      const privateKey = await importPrivateKey(pair.pkcs1Pem, subtle);
      const publicKey = await importPublicKey(pair.spkiPem, subtle);
      expect(privateKey.subtle).toBe(subtle);
      for (const signType of ['RSA', 'SHA256withRSA'] as const) {
        const params = request(signType);
        const signature = await sign(params, privateKey, signType);
        const reference = createSign(nodeAlgorithm[signType]).update(signatureSource(params), 'utf8').sign(readFileSync(pair.privatePath), 'base64');
        expect(signature).toBe(reference);
        expect(await verify({ ...params, sign: signature }, publicKey)).toBe(true);
        expect(await verify({ ...params, no_order: '1', sign: signature }, publicKey)).toBe(false);
      }
    }
  });
});
