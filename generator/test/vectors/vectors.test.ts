/**
 * Real vectors: signatures, signature sources and the pay_load envelope as
 * LianLian's own demos and LianLian's servers made them (fixtures/, listed in
 * README.md), checked with both crypto providers and with the OpenSSL CLI.
 * The keys are LianLian's PUBLISHED DEMO keys: TEST-ONLY.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../../packages/web/src/operations.ts';
import type { CryptoProvider } from '../../runtime/2-crypto-keys/crypto-provider.ts';
import { SignatureVerificationError } from '../../runtime/1-errors-encoding/errors/signature-verification-error.ts';
import { importPrivateKey, importPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import { nodeCryptoProvider } from '../../runtime/2-crypto-keys/node-crypto-provider.ts';
import { parseNotificationBody, verifyNotification } from '../../runtime/4-operations/notification.ts';
import type { OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import { decryptPayload, encryptPayload } from '../../runtime/3-sign-verify/pay-load.ts';
import { sign, signBytes, verify, verifyBytes } from '../../runtime/3-sign-verify/sign.ts';
import { signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';
import { signedFields } from '../../runtime/3-sign-verify/signed-fields.ts';
import { verifyResponse } from '../../runtime/3-sign-verify/verify-response.ts';
import { webCryptoProvider } from '../../runtime/2-crypto-keys/web-crypto-provider.ts';
import { makeTempDir, openssl, removeTempDir, writeTemp } from '../runtime/_helpers.ts';
import { demoKey, fixture, keyNotice } from './_fixtures.ts';
import type { SignVector, SourceVector, VerifyBytesVector, VerifyVector } from './_fixtures.ts';

const PROVIDERS: [string, CryptoProvider][] = [
  ['WebCrypto provider', webCryptoProvider],
  ['node:crypto provider', nodeCryptoProvider],
];
const utf8 = (text: string) => new TextEncoder().encode(text);
const md5hex = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
const op = (id: string) => (operations as unknown as Record<string, OperationDef>)[id]!;

const signVector = fixture<SignVector>('sign-instantpay-php-payment');
const ytAnswer = fixture<VerifyVector>('verify-yt-php-card-bind-apply-answer');
const wallet = fixture<VerifyBytesVector>('verify-bytes-wallet-php-answer');
const refundRequest = fixture<SourceVector>('source-php-sdk-refund-request');
const refundAnswer = fixture<SourceVector>('source-php-sdk-refund-answer');
const h5Return = fixture<SourceVector>('source-expresspay-php-h5-return');
const h5Pay = fixture<SourceVector>('source-expresspay-php-h5-pay-request');

let dir: string;
/** PEM files for the OpenSSL CLI: the demo keys as the fixtures hold them, and the merchant key's public half. */
const pem = { lianlian: '', merchant: '', merchantPublic: '' };

beforeAll(() => {
  dir = makeTempDir();
  pem.lianlian = writeTemp(dir, 'demo-lianlian-public.pem', `${demoKey('lianlian-public-pem').text}\n`);
  pem.merchant = writeTemp(dir, 'demo-merchant.pem', `${demoKey('merchant-pkcs1-pem').text}\n`);
  pem.merchantPublic = writeTemp(dir, 'demo-merchant-public.pem', openssl(['pkey', '-in', pem.merchant, '-pubout']));
});
afterAll(() => removeTempDir(dir));

/** `openssl dgst -md5 -verify`: true only for "Verified OK". */
function opensslVerifies(data: string | Uint8Array, signatureB64: string, publicPem: string): boolean {
  const dataPath = writeTemp(dir, 'data.bin', data);
  const sigPath = writeTemp(dir, 'sig.bin', Buffer.from(signatureB64, 'base64'));
  try {
    return openssl(['dgst', '-md5', '-verify', publicPem, '-signature', sigPath, dataPath]).toString().trim() === 'Verified OK';
  } catch {
    return false; // openssl exits 1 for a bad signature
  }
}

describe('the demo keys', () => {
  it('are marked as published, test-only demo keys', () => {
    expect(keyNotice).toMatch(/PUBLISHED DEMO KEY/);
    expect(keyNotice).toMatch(/TEST-ONLY/);
  });

  it('import in the forms the demos store them, each pair naming one key, as OpenSSL reads it', async () => {
    const [pemPub, barePub] = await Promise.all([importPublicKey(demoKey('lianlian-public-pem').text), importPublicKey(demoKey('lianlian-public-base64').text)]);
    const [pkcs1, pkcs8] = await Promise.all([importPrivateKey(demoKey('merchant-pkcs1-pem').text), importPrivateKey(demoKey('merchant-pkcs8-base64').text)]);
    expect(barePub.n).toBe(pemPub.n);
    expect(pkcs8.n).toBe(pkcs1.n);
    expect(pkcs8.d).toBe(pkcs1.d);
    expect([pemPub.bits, pkcs1.bits]).toEqual([1024, 1024]);
    const modulus = (args: string[]) => BigInt(`0x${openssl(args).toString().trim().replace(/^Modulus=/, '')}`);
    expect(modulus(['rsa', '-pubin', '-in', pem.lianlian, '-noout', '-modulus'])).toBe(pemPub.n);
    expect(modulus(['rsa', '-in', pem.merchant, '-noout', '-modulus'])).toBe(pkcs1.n);
  });
});

describe.each(PROVIDERS)('with the %s', (_name, provider) => {
  describe('sign: LLP-InstantPay-PHP payment request (log.txt:50)', () => {
    it('reproduces the demo signature byte for byte from the PKCS#1 PEM and the PKCS#8 base64 form', async () => {
      const { fields, signature } = signVector;
      expect(await sign(fields, demoKey(signVector.key).text, 'RSA', provider)).toBe(signature);
      expect(await sign(fields, demoKey(signVector.alsoKey).text, 'RSA', provider)).toBe(signature);
      expect(await signBytes(utf8(signatureSource(fields)), demoKey(signVector.key).text, 'RSA', provider)).toBe(signature);
    });

    it('gives another signature for a one-character change', async () => {
      const changed = { ...signVector.fields, money_order: '0.02' };
      expect(await sign(changed, demoKey(signVector.key).text, 'RSA', provider)).not.toBe(signVector.signature);
    });
  });

  describe("verify: LianLian's signed answers", () => {
    it('accepts the MPAY card-bind answer of LLP-YT-PHP (tests/TestSignature.php:20) with the demo LianLian key in both forms', async () => {
      expect(await verify(ytAnswer.answer, demoKey('lianlian-public-base64').text, provider)).toBe(true);
      expect(await verify(ytAnswer.answer, demoKey('lianlian-public-pem').text, provider)).toBe(true);
    });

    it('refuses it with any field changed, or with the merchant key', async () => {
      const key = demoKey(ytAnswer.key).text;
      expect(await verify({ ...ytAnswer.answer, token: `${ytAnswer.answer.token}0` }, key, provider)).toBe(false);
      expect(await verify({ ...ytAnswer.answer, ret_code: '0000' }, key, provider)).toBe(false);
      const merchantPublic = readFileSync(pem.merchantPublic, 'utf8');
      expect(await verify(ytAnswer.answer, merchantPublic, provider)).toBe(false);
    });

    it('passes the strict client check (verifyResponse, mpay.cardBindApply) and hands back the signed fields', async () => {
      const key = await importPublicKey(demoKey(ytAnswer.key).text);
      const fields = await verifyResponse(op(ytAnswer.operation), ytAnswer.answer, key, ytAnswer.sent.oid_partner!, provider, undefined, ytAnswer.sent);
      const { sign: _sign, ...rest } = ytAnswer.answer;
      expect(fields).toMatchObject(rest);
    });

    it('accepts the wallet answer of LLP-WALLET-PHP through verifyBytes over the MD5 hex of the body (the wallet scheme)', async () => {
      const key = demoKey(wallet.key).text;
      expect(await verifyBytes(utf8(md5hex(wallet.body)), wallet.signature, key, 'RSA', provider)).toBe(true);
      // Not our APIs' scheme: the body itself and its key=value source are not what was signed.
      expect(await verifyBytes(utf8(wallet.body), wallet.signature, key, 'RSA', provider)).toBe(false);
      expect(await verify({ ...JSON.parse(wallet.body), sign: wallet.signature, sign_type: 'RSA' }, key, provider)).toBe(false);
    });
  });

  describe('strict client rules on the other LianLian messages', () => {
    it("refuses LianLian's MD5-signed refund answer (sign_type MD5 is not verifiable here), although its fields meet the rules", async () => {
      const refund = op(refundAnswer.operation!);
      expect(signedFields(refundAnswer.fields!, refund.response ?? [])).toMatchObject({ ret_code: '9093', money_refund: '0.1' });
      const key = await importPublicKey(demoKey('lianlian-public-base64').text);
      const answer = verifyResponse(refund, refundAnswer.fields, key, refundAnswer.fields!.oid_partner!, provider);
      await expect(answer).rejects.toThrow(SignatureVerificationError);
      await expect(answer).rejects.toThrow(/signature on the answer \(ret_code 9093\) does not verify/);
    });

    it('unpacks the H5 synchronous notification as LianLian posted it (one res_data form field); its fields meet the rules, its signature is not over them', async () => {
      const h5 = op(h5Return.operation!);
      const posted = parseNotificationBody(h5, `res_data=${encodeURIComponent(h5Return.resData!)}`, 'application/x-www-form-urlencoded');
      expect(posted).toEqual(JSON.parse(h5Return.resData!));
      expect(signedFields(posted, h5.request)).toMatchObject({ money_order: '96.00', result_pay: 'SUCCESS' });
      // The logged sign is LianLian's but not over these fields (README.md), so the notification is still refused.
      const key = await importPublicKey(demoKey('lianlian-public-base64').text);
      await expect(verifyNotification(h5, posted, key, '201408071000001543', provider)).rejects.toThrow(/does not verify/);
    });
  });

  describe('pay_load (lianpay1_0_1) with the demo keys', () => {
    const plaintext = JSON.stringify({ ...signVector.fields, sign: signVector.signature });

    it("builds the demos' envelope for LianLian's demo key: tag, five segments, 128-byte key wraps, 8-character nonce, CTR-length ciphertext, 32-byte MAC", async () => {
      const payLoad = await encryptPayload(plaintext, demoKey('lianlian-public-base64').text, provider);
      const [tag, hmacKey, aesKey, nonce, ciphertext, mac, ...rest] = payLoad.split('$');
      expect(tag).toBe('lianpay1_0_1');
      expect(rest).toEqual([]);
      const bytes = (b64: string | undefined) => Buffer.from(b64!, 'base64');
      expect([bytes(hmacKey).length, bytes(aesKey).length]).toEqual([128, 128]);
      expect(bytes(nonce).toString('latin1')).toMatch(/^[0-9A-Z]{8}$/);
      expect(bytes(ciphertext).length).toBe(utf8(plaintext).length);
      expect(bytes(mac).length).toBe(32);
      // Only LianLian's private key opens it; the merchant's does not.
      await expect(decryptPayload(payLoad, demoKey('merchant-pkcs1-pem').text, provider)).rejects.toThrow(/does not unwrap/);
    });

    it("opens an envelope the OpenSSL CLI builds the demos' way, and OpenSSL opens ours (demo merchant key pair)", async () => {
      const hmacKey = 'LLP0DEMO1HMAC2KEY3FOR4TESTS5ONLY';
      const aesKey = 'LLP0DEMO1AES2KEY3FOR4TESTS56ONLY';
      const nonce = 'N0NCE8CH';
      const iv = Buffer.concat([Buffer.from(nonce), Buffer.from('0000000000000001', 'hex')]).toString('hex');
      const wrap = (text: string) => openssl(['pkeyutl', '-encrypt', '-pubin', '-inkey', pem.merchantPublic, '-pkeyopt', 'rsa_padding_mode:oaep', '-in', writeTemp(dir, 'k.txt', text)]).toString('base64');
      const ctB64 = openssl(['enc', '-aes-256-ctr', '-K', Buffer.from(aesKey).toString('hex'), '-iv', iv, '-in', writeTemp(dir, 'p.txt', plaintext)]).toString('base64');
      const nonceB64 = Buffer.from(nonce).toString('base64');
      const hmac = (key: string, text: string) => openssl(['dgst', '-sha256', '-hmac', key, '-binary', writeTemp(dir, 'm.txt', text)]).toString('base64');
      const theirs = ['lianpay1_0_1', wrap(hmacKey), wrap(aesKey), nonceB64, ctB64, hmac(hmacKey, `${nonceB64}$${ctB64}`)].join('$');
      expect(await decryptPayload(theirs, demoKey('merchant-pkcs1-pem').text, provider)).toBe(plaintext);

      const ours = (await encryptPayload(plaintext, readFileSync(pem.merchantPublic, 'utf8'), provider)).split('$');
      const unwrap = (b64: string) => openssl(['pkeyutl', '-decrypt', '-inkey', pem.merchant, '-pkeyopt', 'rsa_padding_mode:oaep', '-in', writeTemp(dir, 'w.bin', Buffer.from(b64, 'base64'))]).toString();
      const [oursHmacKey, oursAesKey] = [unwrap(ours[1]!), unwrap(ours[2]!)];
      expect(hmac(oursHmacKey, `${ours[3]}$${ours[4]}`)).toBe(ours[5]);
      const oursIv = Buffer.concat([Buffer.from(ours[3]!, 'base64'), Buffer.from('0000000000000001', 'hex')]).toString('hex');
      const opened = openssl(['enc', '-d', '-aes-256-ctr', '-K', Buffer.from(oursAesKey).toString('hex'), '-iv', oursIv, '-in', writeTemp(dir, 'c.bin', Buffer.from(ours[4]!, 'base64'))]);
      expect(opened.toString('utf8')).toBe(plaintext);
    });
  });
});

describe('signature sources as the demos print them', () => {
  it.each([
    ['LLP-PHP-SDK refund request (api_query/log.txt:1-3)', refundRequest],
    ['LLP-ExpressPay-PHP H5 pay request (H5/llpay/log.txt:6-8)', h5Pay],
  ])('%s: ours equals the logged source, whose keyed MD5 is the logged sign', (_name, vector) => {
    const source = signatureSource(vector.fields!);
    expect(source).toBe(vector.expectedSource);
    expect(md5hex(`${source}&key=${vector.md5.key}`)).toBe(vector.md5.sign);
  });

  it("LLP-PHP-SDK refund answer (api_query/log.txt:15): our source of LianLian's answer, keyed, gives LianLian's own MD5 sign", () => {
    const source = signatureSource(refundAnswer.fields!);
    expect(source).toBe('money_refund=0.1&no_refund=101001&oid_partner=201306031000001013&ret_code=9093&ret_msg=无对应的支付单信息&sign_type=MD5');
    expect(md5hex(`${source}&key=${refundAnswer.md5.key}`)).toBe(refundAnswer.md5.sign);
  });

  it('LLP-ExpressPay-PHP H5 synchronous notification (H5/llpay/log.txt:1-5): ours equals the source the demo built from res_data', () => {
    const source = signatureSource(JSON.parse(h5Return.resData!) as Record<string, unknown>);
    expect(source).toBe(h5Return.expectedSource);
    expect(h5Return.md5.prestr).toBe(source); // the demo's own MD5 check (:4) hashed the same text
    expect(md5hex(`${source}&key=${h5Return.md5.key}`)).toBe(h5Return.md5.sign);
  });
});

describe('the OpenSSL CLI agrees on every RSA vector', () => {
  it('signs the payment request to the same bytes and verifies it with the public half', () => {
    const source = signatureSource(signVector.fields);
    const signature = openssl(['dgst', '-md5', '-sign', pem.merchant, writeTemp(dir, 'source.txt', source)]).toString('base64');
    expect(signature).toBe(signVector.signature);
    expect(opensslVerifies(source, signVector.signature, pem.merchantPublic)).toBe(true);
  });

  it("verifies LianLian's card-bind answer over our signature source, and the wallet answer over the body's MD5 hex", () => {
    expect(opensslVerifies(signatureSource(ytAnswer.answer), ytAnswer.answer.sign!, pem.lianlian)).toBe(true);
    expect(opensslVerifies(md5hex(wallet.body), wallet.signature, pem.lianlian)).toBe(true);
    expect(opensslVerifies(signatureSource({ ...ytAnswer.answer, ret_msg: 'x' }), ytAnswer.answer.sign!, pem.lianlian)).toBe(false);
  });
});
