import { constants, createCipheriv, createDecipheriv, createHmac, privateDecrypt, publicEncrypt, randomBytes, timingSafeEqual } from 'node:crypto';
import { Crypto } from '@peculiar/webcrypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { PayloadError } from '../../runtime/1-errors-encoding/errors/payload-error.ts';
import { importPrivateKey, importPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import { decryptPayload, encryptPayload } from '../../runtime/3-sign-verify/pay-load.ts';
import { UPPER_ALPHANUMERIC, randomString } from '../../runtime/1-errors-encoding/random.ts';
import { flipBase64Char, generateRsaKey, makeTempDir, pemBody, removeTempDir, wrap } from './_helpers.ts';
import type { TestKeyPair } from './_helpers.ts';

let dir: string;
let k1024: TestKeyPair;
let k2048: TestKeyPair;

beforeAll(() => {
  dir = makeTempDir();
  k1024 = generateRsaKey(dir, 1024);
  k2048 = generateRsaKey(dir, 2048);
});
afterAll(() => removeTempDir(dir));

const PLAINTEXT = JSON.stringify({
  acct_name: '李天增',
  card_no: '8888888888888888',
  oid_partner: '201304121000001004',
  risk_item: '{"user_info_bind_phone":"13958069593"}',
  note: 'emoji 💳 and $ signs $$',
});

const oaep = (key: string) => ({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' });
const counter = (nonce: Buffer) => Buffer.concat([nonce, Buffer.from([0, 0, 0, 0, 0, 0, 0, 1])]);

/** Independent lianpay1_0_1 decryptor on node:crypto, following LianLian's demo SDK. */
function nodeDecrypt(payLoad: string, privatePem: string): string {
  const [version, hmacKey, aesKey, nonce, ciphertext, mac, ...rest] = payLoad.split('$');
  expect(version).toBe('lianpay1_0_1');
  expect(rest).toEqual([]);
  const hmacKeyBytes = privateDecrypt(oaep(privatePem), Buffer.from(hmacKey!, 'base64'));
  const aesKeyBytes = privateDecrypt(oaep(privatePem), Buffer.from(aesKey!, 'base64'));
  const expectedMac = createHmac('sha256', hmacKeyBytes).update(`${nonce}$${ciphertext}`).digest();
  expect(timingSafeEqual(expectedMac, Buffer.from(mac!, 'base64'))).toBe(true);
  const decipher = createDecipheriv('aes-256-ctr', aesKeyBytes, counter(Buffer.from(nonce!, 'base64')));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext!, 'base64')), decipher.final()]).toString('utf8');
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const randomAlnum = (n: number) => Array.from(randomBytes(n), (b) => ALNUM[b % 36]).join('');

/**
 * Independent lianpay1_0_1 encryptor on node:crypto that emits base64 the way
 * LianLian's Java SDK does: CRLF every 76 characters (MPAY-card-bind-apply.md
 * sample). `macOver` chooses whether the MAC covers the wrapped text (as
 * sent) or the unwrapped text.
 */
function nodeEncrypt(plaintext: string, publicPem: string, macOver: 'wrapped' | 'unwrapped'): string {
  const hmacKey = Buffer.from(randomAlnum(32));
  const aesKey = Buffer.from(randomAlnum(32));
  const nonce = Buffer.from(randomAlnum(8));
  const cipher = createCipheriv('aes-256-ctr', aesKey, counter(nonce));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const seg = (b: Buffer) => wrap(b.toString('base64'));
  const nonceText = seg(nonce);
  const ciphertextText = seg(ciphertext);
  const macInput = macOver === 'wrapped' ? `${nonceText}$${ciphertextText}` : `${nonce.toString('base64')}$${ciphertext.toString('base64')}`;
  const mac = createHmac('sha256', hmacKey).update(macInput).digest();
  return [
    'lianpay1_0_1',
    seg(publicEncrypt(oaep(publicPem), hmacKey)),
    seg(publicEncrypt(oaep(publicPem), aesKey)),
    nonceText,
    ciphertextText,
    seg(mac),
  ].join('$');
}

/** Expects a PayloadError that does not carry the plaintext or any piece of it. */
async function expectPayloadError(attempt: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await attempt.then(
    (value) => expect.fail(`decrypted to ${String(value).length} characters`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PayloadError);
  const message = (error as PayloadError).message;
  expect(message).toMatch(pattern);
  for (const piece of ['李天增', '8888888888888888', '201304121000001004', 'emoji', 'risk_item']) expect(message).not.toContain(piece);
}

describe('encryptPayload', () => {
  it.each([1024, 2048])('produces a lianpay1_0_1 envelope an independent node:crypto decryptor opens (%i-bit)', async (bits) => {
    const pair = bits === 1024 ? k1024 : k2048;
    const payLoad = await encryptPayload(PLAINTEXT, pair.spkiPem);
    expect(payLoad).not.toMatch(/\s/); // unwrapped base64
    const parts = payLoad.split('$');
    expect(parts).toHaveLength(6);
    expect(parts[0]).toBe('lianpay1_0_1');
    for (const part of parts.slice(1)) expect(part).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(parts[1]!, 'base64')).toHaveLength(bits / 8);
    expect(Buffer.from(parts[3]!, 'base64').toString('latin1')).toMatch(/^[0-9A-Z]{8}$/);
    expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(32);
    const keyText = (i: number) => privateDecrypt(oaep(pair.pkcs8Pem), Buffer.from(parts[i]!, 'base64')).toString('latin1');
    expect(keyText(1)).toMatch(/^[0-9A-Z]{32}$/);
    expect(keyText(2)).toMatch(/^[0-9A-Z]{32}$/);
    expect(nodeDecrypt(payLoad, pair.pkcs8Pem)).toBe(PLAINTEXT);
  });

  it('uses fresh keys and nonce every time', async () => {
    const a = (await encryptPayload(PLAINTEXT, k1024.spkiPem)).split('$');
    const b = (await encryptPayload(PLAINTEXT, k1024.spkiPem)).split('$');
    for (let i = 1; i < 6; i++) expect(a[i]).not.toBe(b[i]);
  });

  it('round-trips through decryptPayload, including the empty string', async () => {
    for (const text of [PLAINTEXT, '', 'x'.repeat(5000)]) {
      expect(await decryptPayload(await encryptPayload(text, k2048.pkcs1PublicPem), k2048.pkcs1Pem)).toBe(text);
    }
  });

  it('throws KeyFormatError for a private key given as the public key', async () => {
    await expect(encryptPayload(PLAINTEXT, k2048.pkcs8Pem)).rejects.toBeInstanceOf(KeyFormatError);
  });
});

describe('decryptPayload', () => {
  it.each(['wrapped', 'unwrapped'] as const)('opens a Java-style CRLF-wrapped pay_load (MAC over %s text)', async (macOver) => {
    for (const pair of [k1024, k2048]) {
      const payLoad = nodeEncrypt(PLAINTEXT, pair.spkiPem, macOver);
      expect(payLoad).toContain('\r\n');
      expect(await decryptPayload(payLoad, pair.pkcs8Pem)).toBe(PLAINTEXT);
      expect(await decryptPayload(payLoad, pemBody(pair.pkcs1Pem))).toBe(PLAINTEXT);
    }
  });

  it('parses the sample pay_load in MPAY-card-bind-apply.md and fails only at unwrapping (it is for LianLian’s key)', async () => {
    const sample =
      'lianpay1_0_1$IjRo9QTNupI7FEKMQq0Cz+11KlnvAyoyrTQi8C03nqLlBGl2dj3Kbd9SoV+nTuNs8iTsvwNVnNt8\r\nLVv3iCZjBJYeo3oLsLb2JxWHpHltUgWBc/YQsVkmRmRcrIDzycxvZ8OIQxwVVk34ad7anOC0RD7C\r\nap6BlcZPTs1RDe6fEaw=$KytJ6nSrXn7OS8EDQLENbgj2lVuiLD/VWD6hp0Cp5vieHK29tRHOCkW6ph+fq3yHU98knbaQiAtU\r\nipM/tPGWpyuCyWOBP6aayoJDU0RKdJMgqK0MQYQbZPxg7XCQT7Z6YatTiT4ZFCAQd3LfdSm9OX+w\r\nFb0jCS7QsJYiznF86Jk=$QkFOWFlUMUE=$SCjQXBPxHCk6/mQMD1/RnZUfwKukGcgtm+LmJyK6/627+TPCeZ1iG1maCWluSq7C1FsV5DEhknTH\r\n9I5y6U3xyOajSRq5HS42znCo4oDTT8JrLxgBAAy97CdE8Aax9z7iEmDqwhDRQOwUTb7lObmqoD+K\r\nOEC/fAzZGP6dz4iqkbepLB9atXkFYi7+bAX/ZNVgUeBkL7mXHSpQTl1Yrh21qkKBT2OTVu8weUO2\r\n4xjvV+utC4OgSqdFeWahi5ODS5IWTAuSb+kHcvbvX4UZjDQ8w2s7EwgnlpOzOggFeyUPawMjjx45\r\nPzT+TbS6/glIjtLISnUuOCrwu0i640vlLIvBCyPbbni+5vNF9kD7uhJEDEXkO9tDo3vF8HHzB4lQ\r\n8gXN5sehoGXvd2Rk9ZhUCVk70YCkXd4lA0Jf9imQLxc/tshoyTI4Cb9pcMLvfbt4vZd5tbARJqLF\r\n92MagCxKbLKPl7v+esiCIgS6/TqKcVzCdcaQKRUonjowrOqn+d+7xumHURtX9yYOAawq066gUCOb\r\no6PHrT8KxrAoQ2STxEod4c6HjGXseMs9HqzLadJlzgKFCTiXk8O8FrlcaaMehiiZO8+XILCihcI6\r\nzhTgrE77hstkb5CFfBUwHkdNH24WveERZlluoHUncWwuYof1d28HMjb9dQyFrJR0LIIQYE0V5eOP\r\nhoJXpnPEx8otm+0iqo0cy9Vx257jqb7ezvYMCxkQlbtFuy7Wpko9JsfDcYnwFKElgm1pSnGD9Ga/\r\nSFPT62tA2ndFRfSy32PS/TcPnZYEvM4TwBVTD2srnNG4NxLmS7fnqU0y06q4XSb0lFQh0XSfFZR4\r\ni6bFsHw6ZWcrlBIgOM1/Lmj5SoKBM9K8R9IcYB/eXZSVhPRReCk/9g7H0Id7EEFqPmRfuA/XqsH4\r\nowg1KkxN3kQ/XzF1JSeLoGjIyUESLn+C2Sv4+at+7aCX$XmrO6P26GhZqmR9gE75isXSkmq1dgvW40MAIlwVm8e0=';
    expect(Buffer.from('QkFOWFlUMUE=', 'base64').toString('latin1')).toMatch(/^[0-9A-Z]{8}$/);
    await expectPayloadError(decryptPayload(sample, k1024.pkcs8Pem), /^pay_load: the hmac key does not unwrap with this private key/);
  });

  it('rejects a tampered segment with PayloadError, checking the HMAC before decrypting', async () => {
    const payLoad = await encryptPayload(PLAINTEXT, k2048.spkiPem);
    const parts = payLoad.split('$');
    const expected = [
      /the hmac key does not unwrap/,
      /the aes key does not unwrap/,
      /HMAC check failed/, // nonce
      /HMAC check failed/, // ciphertext
      /HMAC check failed/, // mac
    ];
    for (let segment = 1; segment <= 5; segment++) {
      for (const index of [0, Math.floor(parts[segment]!.length / 2), parts[segment]!.replace(/=+$/, '').length - 1]) {
        const tampered = [...parts];
        tampered[segment] = flipBase64Char(tampered[segment]!, index);
        await expectPayloadError(decryptPayload(tampered.join('$'), k2048.pkcs8Pem), expected[segment - 1]!);
      }
    }
    // Ciphertext cut short or extended: still an HMAC failure, never partial plaintext.
    const shortened = [...parts];
    shortened[4] = Buffer.from(parts[4]!, 'base64').subarray(0, 10).toString('base64');
    await expectPayloadError(decryptPayload(shortened.join('$'), k2048.pkcs8Pem), /HMAC check failed/);
    // Keys swapped between the two slots: the MAC is checked with the wrong key.
    const swapped = [parts[0], parts[2], parts[1], parts[3], parts[4], parts[5]];
    await expectPayloadError(decryptPayload(swapped.join('$'), k2048.pkcs8Pem), /HMAC check failed/);
  });

  it('rejects a wrong version tag, segment count or base64', async () => {
    const payLoad = await encryptPayload(PLAINTEXT, k1024.spkiPem);
    const parts = payLoad.split('$');
    const key = k1024.pkcs8Pem;
    await expectPayloadError(decryptPayload(payLoad.replace('lianpay1_0_1', 'lianpay1_0_2'), key), /version tag .* is not "lianpay1_0_1"/);
    await expectPayloadError(decryptPayload(payLoad.slice('lianpay1_0_1$'.length), key), /version tag/);
    await expectPayloadError(decryptPayload(PLAINTEXT, key), /version tag/);
    await expectPayloadError(decryptPayload(parts.slice(0, 5).join('$'), key), /got 5 '\$'-separated parts; need 6/);
    await expectPayloadError(decryptPayload(`${payLoad}$AAAA`, key), /got 7 '\$'-separated parts; need 6/);
    await expectPayloadError(decryptPayload('lianpay1_0_1', key), /got 1 '\$'-separated parts/);
    const bad = [...parts];
    bad[4] = `${bad[4]!.slice(0, 10)}*${bad[4]!.slice(11)}`;
    await expectPayloadError(decryptPayload(bad.join('$'), key), /the ciphertext segment is not valid base64/);
    const longNonce = [...parts];
    longNonce[3] = Buffer.from('ABCDEFGHIJ').toString('base64');
    await expectPayloadError(decryptPayload(longNonce.join('$'), key), /the nonce is 10 bytes; need 8/);
  });

  it('rejects a pay_load made for another key', async () => {
    const payLoad = await encryptPayload(PLAINTEXT, k1024.spkiPem);
    await expectPayloadError(decryptPayload(payLoad, k2048.pkcs8Pem), /does not unwrap with this private key/);
  });

  it('rejects a body that is not UTF-8', async () => {
    // Made with node:crypto so the ciphertext decrypts (and authenticates) to invalid UTF-8.
    const hmacKey = Buffer.from(randomAlnum(32));
    const aesKey = Buffer.from(randomAlnum(32));
    const nonce = Buffer.from(randomAlnum(8));
    const cipher = createCipheriv('aes-256-ctr', aesKey, counter(nonce));
    const ciphertext = Buffer.concat([cipher.update(Buffer.from([0xff, 0xfe, 0x41])), cipher.final()]).toString('base64');
    const mac = createHmac('sha256', hmacKey).update(`${nonce.toString('base64')}$${ciphertext}`).digest('base64');
    const payLoad = ['lianpay1_0_1', publicEncrypt(oaep(k1024.spkiPem), hmacKey).toString('base64'), publicEncrypt(oaep(k1024.spkiPem), aesKey).toString('base64'), nonce.toString('base64'), ciphertext, mac].join('$');
    await expectPayloadError(decryptPayload(payLoad, k1024.pkcs8Pem), /not valid UTF-8/);
  });
});

describe('with @peculiar/webcrypto as the injected subtle', () => {
  it('round-trips and interoperates with node:crypto', async () => {
    const subtle = new Crypto().subtle;
    for (const pair of [k1024, k2048]) {
      const publicKey = await importPublicKey(pair.spkiPem, subtle);
      const privateKey = await importPrivateKey(pair.pkcs8Pem, subtle);
      const payLoad = await encryptPayload(PLAINTEXT, publicKey);
      expect(nodeDecrypt(payLoad, pair.pkcs8Pem)).toBe(PLAINTEXT);
      expect(await decryptPayload(payLoad, privateKey)).toBe(PLAINTEXT);
      expect(await decryptPayload(nodeEncrypt(PLAINTEXT, pair.spkiPem, 'wrapped'), privateKey)).toBe(PLAINTEXT);
      const parts = payLoad.split('$');
      parts[4] = flipBase64Char(parts[4]!, 3);
      await expectPayloadError(decryptPayload(parts.join('$'), privateKey), /HMAC check failed/);
    }
  });
});

describe('randomString (pay_load keys and nonce)', () => {
  it('draws only from the alphabet, with the requested length', () => {
    expect(randomString(0)).toBe('');
    expect(randomString(32)).toMatch(/^[0-9A-Z]{32}$/);
    expect(randomString(50, 'ab')).toMatch(/^[ab]{50}$/);
    expect(() => randomString(-1)).toThrow(RangeError);
    expect(() => randomString(1, '')).toThrow(RangeError);
  });

  it('is uniform: no modulo bias toward the first characters', () => {
    // Without rejection sampling, bytes 252–255 would make '0'–'3' 12.5% more
    // likely (8/256 vs 7/256): ~11 250 each here instead of ~10 000 (σ ≈ 98).
    const counts = new Map<string, number>();
    for (const c of randomString(36 * 10_000)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect([...counts.keys()].sort().join('')).toBe(UPPER_ALPHANUMERIC);
    for (const [c, n] of counts) expect(Math.abs(n - 10_000), c).toBeLessThan(600);
  });
});
