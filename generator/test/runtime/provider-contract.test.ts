// One contract, four implementations (stripe-node's test/crypto/helpers.ts idea): the web
// provider on native WebCrypto, the web provider on @peculiar/webcrypto, node:crypto, and the
// default provider (node:crypto found at run time on Node: default-provider.test.ts).
// Every signature is cross-checked with the OpenSSL CLI in both directions; the symmetric
// primitives run against published vectors.
import { createDecipheriv, createHmac, constants, privateDecrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Crypto } from '@peculiar/webcrypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CryptoProvider } from '../../runtime/2-crypto-keys/crypto-provider.ts';
import { importPrivateKey, importPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import { nodeCryptoProvider } from '../../runtime/2-crypto-keys/node-crypto-provider.ts';
import { defaultCryptoProvider } from '../../runtime/2-crypto-keys/default-crypto-provider.ts';
import { decryptPayload, encryptPayload } from '../../runtime/3-sign-verify/pay-load.ts';
import { sign, verify } from '../../runtime/3-sign-verify/sign.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { createWebCryptoProvider, webCryptoProvider } from '../../runtime/2-crypto-keys/web-crypto-provider.ts';
import { generateRsaKey, makeTempDir, openssl, removeTempDir, writeTemp, type TestKeyPair } from './_helpers.ts';

const PROVIDERS: [string, CryptoProvider][] = [
  ['web on native WebCrypto', webCryptoProvider],
  ['web on @peculiar/webcrypto', createWebCryptoProvider(new Crypto().subtle as SubtleCrypto)],
  ['node:crypto', nodeCryptoProvider],
  ['default (node:crypto, found at run time)', defaultCryptoProvider],
];
const BITS = [1024, 2048, 4096] as const;
const DIGEST = { RSA: 'md5', SHA256withRSA: 'sha256' } as const;

let dir: string;
const keys = new Map<number, TestKeyPair>();
beforeAll(() => {
  dir = makeTempDir();
  for (const bits of BITS) keys.set(bits, generateRsaKey(dir, bits));
}, 120_000);
afterAll(() => removeTempDir(dir));

/** A LianLian request with Chinese text (signed as UTF-8) and a JSON-string field (signed as its exact text). */
const request = (signType: string) => ({
  oid_partner: '201304121000001004',
  user_id: 'u-20180828153543',
  acct_name: '李天增',
  info_order: '用户13958069593购买羽毛球3桶',
  risk_item: '{"frms_ware_category":"1009", "user_info_dt_register":"20131030122130"}',
  money_order: '31.68',
  sign_type: signType,
});

describe.each(PROVIDERS)('%s', (_, provider) => {
  describe.each(BITS)('%i-bit key', (bits) => {
    describe.each(['RSA', 'SHA256withRSA'] as const)('%s', (signType) => {
      it('signs what openssl dgst -verify accepts, and verifies what openssl dgst -sign made', async () => {
        const pair = keys.get(bits)!;
        const params = request(signType);
        const source = signatureSource(params);
        expect(source).toContain('risk_item={"frms_ware_category":"1009", "user_info_dt_register":"20131030122130"}&');
        const srcPath = writeTemp(dir, `c-${bits}-${signType}.txt`, source);

        const ours = await sign(params, pair.pkcs8Pem, signType, provider);
        const oursPath = writeTemp(dir, `c-${bits}-${signType}.sig`, Buffer.from(ours, 'base64'));
        expect(openssl(['dgst', `-${DIGEST[signType]}`, '-verify', pair.publicPath, '-signature', oursPath, srcPath]).toString()).toContain('Verified OK');

        const theirsPath = `${oursPath}.openssl`;
        openssl(['dgst', `-${DIGEST[signType]}`, '-sign', pair.privatePath, '-out', theirsPath, srcPath]);
        const theirs = readFileSync(theirsPath).toString('base64');
        expect(theirs).toBe(ours); // PKCS#1 v1.5 is deterministic
        expect(await verify({ ...params, sign: theirs }, pair.spkiPem, provider)).toBe(true);
      });

      it('rejects a changed field and a changed signature byte', async () => {
        const pair = keys.get(bits)!;
        const params = request(signType);
        const signed = { ...params, sign: await sign(params, pair.pkcs8Pem, signType, provider) };
        for (const key of Object.keys(params))
          expect(await verify({ ...signed, [key]: `${String(params[key as keyof typeof params])}x` }, pair.spkiPem, provider), key).toBe(false);
        const raw = Buffer.from(signed.sign, 'base64');
        for (const i of [0, raw.length >> 1, raw.length - 1]) {
          const flipped = Buffer.from(raw);
          flipped[i] = flipped[i]! ^ 0x01;
          expect(await verify({ ...signed, sign: flipped.toString('base64') }, pair.spkiPem, provider), `byte ${i}`).toBe(false);
        }
      });
    });

    it('makes pay_loads an independent node:crypto decryptor opens, and opens its own', async () => {
      const pair = keys.get(bits)!;
      const plaintext = JSON.stringify(request('RSA'));
      const payLoad = await encryptPayload(plaintext, pair.spkiPem, provider);
      const [, hmacKeyB64, aesKeyB64, nonceB64, ciphertextB64, macB64] = payLoad.split('$') as string[];
      const unwrap = (b64: string) => privateDecrypt({ key: pair.pkcs8Pem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(b64, 'base64'));
      const hmacKey = unwrap(hmacKeyB64!);
      const aesKey = unwrap(aesKeyB64!);
      expect(createHmac('sha256', hmacKey).update(`${nonceB64}$${ciphertextB64}`).digest('base64')).toBe(macB64);
      const iv = Buffer.concat([Buffer.from(nonceB64!, 'base64'), Buffer.from([0, 0, 0, 0, 0, 0, 0, 1])]);
      const d = createDecipheriv('aes-256-ctr', aesKey, iv);
      expect(Buffer.concat([d.update(Buffer.from(ciphertextB64!, 'base64')), d.final()]).toString('utf8')).toBe(plaintext);
      expect(await decryptPayload(payLoad, pair.pkcs8Pem, provider)).toBe(plaintext);
    });
  });

  it('HMAC-SHA256 matches RFC 4231 test case 2', async () => {
    const mac = await provider.hmacSha256(new TextEncoder().encode('Jefe'), new TextEncoder().encode('what do ya want for nothing?'));
    expect(Buffer.from(mac).toString('hex')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('AES-256-CTR matches NIST SP 800-38A F.5.5, and is its own inverse', async () => {
    const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
    const key = hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
    const counter = hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
    const plain = hex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710');
    const cipher = await provider.aesCtr(key, counter, plain);
    expect(Buffer.from(cipher).toString('hex')).toBe('601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6');
    expect(Buffer.from(await provider.aesCtr(key, counter, cipher)).toString('hex')).toBe(Buffer.from(plain).toString('hex'));
  });

  it('RSA-OAEP (SHA-1) round-trips and refuses data made for another key', async () => {
    const a = await importPrivateKey(keys.get(1024)!.pkcs8Pem);
    const b = await importPrivateKey(keys.get(2048)!.pkcs8Pem);
    const wrapped = await provider.oaepEncrypt(new TextEncoder().encode('K'.repeat(32)), await importPublicKey(keys.get(1024)!.spkiPem));
    expect(new TextDecoder().decode(await provider.oaepDecrypt(wrapped, a))).toBe('K'.repeat(32));
    await expect(provider.oaepDecrypt(wrapped, b)).rejects.toThrow();
  });
});
