import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { Crypto } from '@peculiar/webcrypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64Decode, base64Encode } from '../../runtime/1-errors-encoding/_base64.ts';
import { KeyFormatError } from '../../runtime/1-errors-encoding/errors/key-format-error.ts';
import { importPrivateKey, importPublicKey } from '../../runtime/2-crypto-keys/keys.ts';
import { sign } from '../../runtime/3-sign-verify/sign.ts';
import {
  expectNoKeyMaterial,
  generateRsaKey,
  makeTempDir,
  openssl,
  pemBody,
  removeTempDir,
  wrap,
  writeTemp,
} from './_helpers.ts';
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

const b64url = (s: string | undefined) => BigInt('0x' + Buffer.from(s!, 'base64url').toString('hex'));

/** The key's parameters according to node:crypto, for comparison. */
function jwkParams(pem: string) {
  const jwk = createPrivateKey(pem).export({ format: 'jwk' });
  return {
    n: b64url(jwk.n), e: b64url(jwk.e), d: b64url(jwk.d), p: b64url(jwk.p), q: b64url(jwk.q),
    dp: b64url(jwk.dp), dq: b64url(jwk.dq), qi: b64url(jwk.qi),
  };
}

/** A PKCS#1 RSAPrivateKey SEQUENCE of these INTEGERs (DER, definite lengths), to build keys node:crypto would not export. */
function pkcs1Der(values: bigint[]): Uint8Array {
  const tlv = (tag: number, content: Buffer) => {
    const n = content.length;
    const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
    return Buffer.concat([Buffer.from([tag, ...length]), content]);
  };
  const integer = (v: bigint) => {
    const hex = v.toString(16);
    const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
    return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
  };
  return tlv(0x30, Buffer.concat(values.map(integer)));
}

/** Expects importing to fail with a KeyFormatError whose message matches and leaks nothing. */
async function expectKeyError(attempt: Promise<unknown>, keyText: string, pattern: RegExp): Promise<KeyFormatError> {
  const error = await attempt.then(
    () => expect.fail('import succeeded'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyFormatError);
  const message = (error as KeyFormatError).message;
  expect(message).toMatch(pattern);
  expectNoKeyMaterial(message, keyText);
  return error as KeyFormatError;
}

describe('importPrivateKey', () => {
  it('reads PKCS#8 PEM, PKCS#1 PEM and bare base64 of both, with or without line breaks', async () => {
    for (const pair of [k1024, k2048]) {
      const expected = jwkParams(pair.pkcs8Pem);
      const forms = [
        pair.pkcs8Pem,
        pair.pkcs1Pem,
        pair.pkcs8Pem.replace(/\n/g, '\r\n'),
        pemBody(pair.pkcs8Pem), // the dashboard form: one line
        pemBody(pair.pkcs1Pem),
        wrap(pemBody(pair.pkcs8Pem), 64, '\n'),
        wrap(pemBody(pair.pkcs8Pem), 76, '\r\n'),
        `  ${wrap(pemBody(pair.pkcs1Pem), 64, '\r\n')}\r\n`,
        pair.pkcs8Pem.replace(/\n/g, '\\n'), // escaped newlines, as from a .env file
      ];
      for (const form of forms) {
        const key = await importPrivateKey(form);
        expect(key.kind).toBe('rsa-private');
        expect(key.bits).toBe(pair.bits);
        expect({ n: key.n, e: key.e, d: key.d, p: key.p, q: key.q, dp: key.dp, dq: key.dq, qi: key.qi }).toEqual(expected);
      }
    }
  });

  it('accepts 4096-bit keys and signs with them (checked by openssl)', async () => {
    const k4096 = generateRsaKey(dir, 4096);
    const key = await importPrivateKey(pemBody(k4096.pkcs1Pem));
    expect(key.bits).toBe(4096);
    const params = { oid_partner: '201408071000001543', card_no: '403392******1234', sign_type: 'RSA' };
    const source = 'card_no=403392******1234&oid_partner=201408071000001543&sign_type=RSA';
    for (const [signType, digest] of [['RSA', '-md5'], ['SHA256withRSA', '-sha256']] as const) {
      const signature = await sign(params, key, signType);
      const sigPath = writeTemp(dir, `sig4096${digest}.bin`, Buffer.from(signature, 'base64'));
      const srcPath = writeTemp(dir, 'src4096.txt', source);
      expect(openssl(['dgst', digest, '-verify', k4096.publicPath, '-signature', sigPath, srcPath]).toString()).toContain('Verified OK');
    }
    expect((await importPublicKey(k4096.pkcs1PublicPem)).bits).toBe(4096);
  });

  it('creates WebCrypto keys lazily from the injected subtle', async () => {
    const peculiar = new Crypto().subtle;
    const key = await importPrivateKey(k2048.pkcs1Pem, peculiar);
    expect(key.subtle).toBe(peculiar);
    const signing = await key.signingKey();
    expect(signing.algorithm.name).toBe('RSASSA-PKCS1-v1_5');
    expect(await key.signingKey()).toBe(signing); // created once
    expect((await key.decryptionKey()).algorithm.name).toBe('RSA-OAEP');
    const native = await importPrivateKey(k2048.pkcs1Pem);
    expect(native.subtle).toBe(globalThis.crypto.subtle);
    expect((await native.signingKey()).usages).toEqual(['sign']);
  });

  it('returns a handle as is, or rebinds it to another subtle', async () => {
    const key = await importPrivateKey(k1024.pkcs8Pem);
    expect(await importPrivateKey(key)).toBe(key);
    const peculiar = new Crypto().subtle;
    const rebound = await importPrivateKey(key, peculiar);
    expect(rebound).not.toBe(key);
    expect(rebound.subtle).toBe(peculiar);
    expect(rebound.d).toBe(key.d);
  });

  it('shows no key material when a handle is logged or serialised', async () => {
    const key = await importPrivateKey(k1024.pkcs8Pem);
    for (const shown of [inspect(key, { showHidden: true, depth: 5 }), JSON.stringify(key), String(key)]) {
      for (const secret of [key.d, key.p, key.q, key.dp, key.dq]) {
        expect(shown).not.toContain(secret.toString(10).slice(0, 20));
        expect(shown).not.toContain(secret.toString(16).slice(0, 20));
      }
      expectNoKeyMaterial(shown, k1024.pkcs8Pem);
    }
  });

  it('rejects encrypted keys', async () => {
    const encrypted8 = openssl(['pkey', '-in', k2048.privatePath, '-aes256', '-passout', 'pass:test-only']).toString();
    expect(encrypted8).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    await expectKeyError(importPrivateKey(encrypted8), encrypted8, /^privateKey: got an encrypted PEM \("ENCRYPTED PRIVATE KEY"\)/);
    // The same as bare base64 (EncryptedPrivateKeyInfo DER).
    await expectKeyError(importPrivateKey(pemBody(encrypted8)), encrypted8, /encrypted private key/);

    const encrypted1 = openssl(['rsa', '-in', k2048.privatePath, '-traditional', '-aes256', '-passout', 'pass:test-only']).toString();
    expect(encrypted1).toContain('Proc-Type: 4,ENCRYPTED');
    await expectKeyError(importPrivateKey(encrypted1), encrypted1, /encrypted PEM .*Proc-Type: 4,ENCRYPTED/);
  });

  it('rejects non-RSA keys, naming the algorithm', async () => {
    const ecPath = writeTemp(dir, 'test-only-ec.pem', '');
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', ecPath]);
    const ec = readFileSync(ecPath, 'utf8');
    const error = await expectKeyError(importPrivateKey(ec), ec, /EC key/);
    expect(error.message).toBe(
      'privateKey: got an EC key (OID 1.2.840.10045.2.1); need an RSA private key in PKCS#8 or PKCS#1 PEM, or bare base64 of either',
    );
    await expectKeyError(importPrivateKey(pemBody(ec)), ec, /an EC key \(OID 1\.2\.840\.10045\.2\.1\)/);

    const sec1 = openssl(['ec', '-in', ecPath]).toString();
    expect(sec1).toContain('BEGIN EC PRIVATE KEY');
    await expectKeyError(importPrivateKey(sec1), sec1, /a PEM "EC PRIVATE KEY" block/);
    await expectKeyError(importPrivateKey(pemBody(sec1)), sec1, /an EC private key \(SEC1\)/);

    const edPath = writeTemp(dir, 'test-only-ed25519.pem', '');
    openssl(['genpkey', '-algorithm', 'ed25519', '-out', edPath]);
    const ed = readFileSync(edPath, 'utf8');
    await expectKeyError(importPrivateKey(ed), ed, /an Ed25519 key \(OID 1\.3\.101\.112\)/);

    const xPath = writeTemp(dir, 'test-only-x25519.pem', '');
    openssl(['genpkey', '-algorithm', 'x25519', '-out', xPath]);
    const x = readFileSync(xPath, 'utf8');
    await expectKeyError(importPrivateKey(x), x, /an X25519 key \(OID 1\.3\.101\.110\)/);

    const pssPath = writeTemp(dir, 'test-only-rsa-pss.pem', '');
    openssl(['genpkey', '-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:1024', '-out', pssPath]);
    const pss = readFileSync(pssPath, 'utf8');
    await expectKeyError(importPrivateKey(pss), pss, /an RSA-PSS key \(OID 1\.2\.840\.113549\.1\.1\.10\)/);

    const ecPublic = openssl(['pkey', '-in', ecPath, '-pubout']).toString();
    await expectKeyError(importPublicKey(ecPublic), ecPublic, /^publicKey: got an EC key .*need an RSA public key/);

    const cert = openssl(['req', '-x509', '-new', '-key', k1024.privatePath, '-subj', '/CN=test-only', '-days', '1']).toString();
    await expectKeyError(importPublicKey(cert), cert, /a PEM "CERTIFICATE" block/);
    await expectKeyError(importPublicKey(pemBody(cert)), cert, /an X\.509 certificate/);
  });

  it('rejects a public key where a private key is needed', async () => {
    for (const text of [k2048.spkiPem, k2048.pkcs1PublicPem, pemBody(k2048.spkiPem), pemBody(k2048.pkcs1PublicPem)]) {
      await expectKeyError(importPrivateKey(text), text, /^privateKey: got an RSA public key .*where a private key is needed/);
    }
    const pub = await importPublicKey(k2048.spkiPem);
    await expect(importPrivateKey(pub as never)).rejects.toThrow(/public key handle/);
  });

  it('rejects keys under 1024 bits', async () => {
    const smallPath = writeTemp(dir, 'test-only-rsa-512.pem', '');
    openssl(['genrsa', '-out', smallPath, '512']);
    const small = readFileSync(smallPath, 'utf8');
    await expectKeyError(importPrivateKey(small), small, /got a 512-bit RSA key; need a modulus of 1024 to 16384 bits/);
    const smallPublic = openssl(['pkey', '-in', smallPath, '-pubout']).toString();
    await expectKeyError(importPublicKey(smallPublic), smallPublic, /got a 512-bit RSA key/);
  });

  it('rejects truncated or invalid base64 and DER', async () => {
    const body = pemBody(k2048.pkcs8Pem);
    const der = Buffer.from(body, 'base64');
    const cases: [string, RegExp][] = [
      [body.slice(0, body.length - 10), /not valid base64 .*not a multiple of 4/],
      [body.slice(0, 200) + '!' + body.slice(201), /not valid base64 .*not in the base64 alphabet/],
      [der.subarray(0, der.length >> 1).toString('base64'), /not a valid key structure \(truncated\)/],
      [Buffer.concat([der, Buffer.from([0, 0])]).toString('base64'), /not a valid key structure \(bytes after the key\)/],
      [k2048.pkcs8Pem.replace(/-----END PRIVATE KEY-----\s*$/, ''), /PEM text without a matching END line/],
      ['-----BEGIN PRIVATE KEY-----\n' + body.slice(0, 300) + '\n-----END PRIVATE KEY-----', /not valid base64|not a valid key structure/],
      ['hello world', /not valid base64/],
      ['', /got an empty string/],
    ];
    for (const [text, pattern] of cases) await expectKeyError(importPrivateKey(text), k2048.pkcs8Pem, pattern);
    await expectKeyError(importPrivateKey(undefined as never), '', /got a value of type undefined/);
    await expectKeyError(importPrivateKey({ n: 1n } as never), '', /an object that importPrivateKey did not make/);
  });

  it('rejects a key whose parameters are inconsistent', async () => {
    const k = jwkParams(k2048.pkcs8Pem);
    const text = base64Encode(pkcs1Der([0n, k.n, k.e, k.d, k.p, k.q, k.dp + 2n, k.dq, k.qi]));
    await expectKeyError(importPrivateKey(text), text, /parameters are inconsistent/);
  });
});

describe('importPublicKey', () => {
  it('reads SPKI PEM, PKCS#1 PEM and bare base64 of both', async () => {
    for (const pair of [k1024, k2048]) {
      const jwk = createPublicKey(pair.spkiPem).export({ format: 'jwk' });
      for (const form of [
        pair.spkiPem,
        pair.pkcs1PublicPem,
        pemBody(pair.spkiPem),
        pemBody(pair.pkcs1PublicPem),
        wrap(pemBody(pair.spkiPem), 64, '\r\n'),
      ]) {
        const key = await importPublicKey(form);
        expect(key.kind).toBe('rsa-public');
        expect(key.bits).toBe(pair.bits);
        expect(key.n).toBe(b64url(jwk.n));
        expect(key.e).toBe(b64url(jwk.e));
      }
    }
  });

  it('reads the public key printed in signature-key-configuration.md', async () => {
    const docKey =
      'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC65wUFTP1VE2hAi1v1WjHySuC2+lmWi+iMujGFq9A+K0pN1VP99y77m0T1EAMpVlKU/LIGh29m5D5ftfgwLwBC6EftsiBkTaul+qKgEfw67/2+jDqJMxBqvSsTkDOOGkR4MARGw07dSFhSI9uNQOVgSaZqyy58igGZu405gpiE6QIDAQAB';
    const key = await importPublicKey(docKey);
    expect(key.bits).toBe(1024);
    expect(key.e).toBe(65537n);
    const peculiar = await importPublicKey(docKey, new Crypto().subtle);
    expect((await peculiar.encryptionKey()).algorithm.name).toBe('RSA-OAEP');
  });

  it('rejects a private key where a public key is needed', async () => {
    for (const text of [k2048.pkcs8Pem, k2048.pkcs1Pem, pemBody(k2048.pkcs8Pem)]) {
      await expectKeyError(importPublicKey(text), text, /^publicKey: got an RSA private key where a public key is needed/);
    }
    const priv = await importPrivateKey(k2048.pkcs8Pem);
    await expect(importPublicKey(priv as never)).rejects.toThrow(KeyFormatError);
  });

  it('rejects truncated public keys', async () => {
    const body = pemBody(k2048.spkiPem);
    await expectKeyError(importPublicKey(body.slice(0, 100)), k2048.spkiPem, /publicKey: got base64 whose bytes are not a valid key structure/);
  });
});

describe('base64 (key and pay_load text)', () => {
  it('matches node:crypto Buffer for every length 0–100, and ignores whitespace and CRLF', () => {
    for (let length = 0; length <= 100; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 151 + length * 7) & 0xff);
      const text = Buffer.from(bytes).toString('base64');
      expect(base64Encode(bytes)).toBe(text);
      expect(base64Decode(text)).toEqual(bytes);
      expect(base64Decode(` ${wrap(text, 7, '\r\n')}\t\n`)).toEqual(bytes);
    }
  });

  it('rejects invalid characters, misplaced padding and bad lengths', () => {
    for (const bad of ['A', 'AB', 'ABC', 'AB=', 'A===', 'AB==CD==', 'AB*D', 'ABC-', 'ABC_', 'ÀBCD', '=ABC']) {
      expect(() => base64Decode(bad), bad).toThrow(/^base64: /);
    }
  });
});
