// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * node:crypto for everything, including MD5withRSA, natively. For Node, Bun,
 * Deno and Workers with `nodejs_compat`. Not part of the web package's default
 * import graph: import it from `@lianlian-sdk/web/node-crypto` to opt in.
 */
import { constants, createCipheriv, createHmac, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt, sign, verify, type KeyObject } from 'node:crypto';
import { bigIntToBytes, byteLength } from '../1-errors-encoding/_bigint.ts';
import type { CryptoProvider } from './crypto-provider.ts';
import type { RsaPrivateKey, RsaPublicKey } from './keys.ts';

const HASH = { RSA: 'md5', SHA256withRSA: 'sha256' } as const;
const keyObjects = new WeakMap<object, KeyObject>();

function b64url(n: bigint): string {
  return Buffer.from(bigIntToBytes(n, byteLength(n))).toString('base64url');
}

/** KeyObjects are built once per key handle, from its parameters as a JWK. */
function privateKeyObject(key: RsaPrivateKey): KeyObject {
  let k = keyObjects.get(key);
  if (!k) {
    const jwk = { kty: 'RSA', n: b64url(key.n), e: b64url(key.e), d: b64url(key.d), p: b64url(key.p), q: b64url(key.q), dp: b64url(key.dp), dq: b64url(key.dq), qi: b64url(key.qi) };
    keyObjects.set(key, (k = createPrivateKey({ key: jwk, format: 'jwk' })));
  }
  return k;
}

function publicKeyObject(key: RsaPublicKey): KeyObject {
  let k = keyObjects.get(key);
  if (!k) keyObjects.set(key, (k = createPublicKey({ key: { kty: 'RSA', n: b64url(key.n), e: b64url(key.e) }, format: 'jwk' })));
  return k;
}

/** node:crypto implementation of {@link CryptoProvider}. */
export const nodeCryptoProvider: CryptoProvider = {
  name: 'node',
  async sign(data, key, signType) {
    return new Uint8Array(sign(HASH[signType], data, privateKeyObject(key)));
  },
  async verify(data, signature, key, signType) {
    try {
      return verify(HASH[signType], data, publicKeyObject(key), signature);
    } catch {
      return false;
    }
  },
  async oaepEncrypt(data, key) {
    return new Uint8Array(publicEncrypt({ key: publicKeyObject(key), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, data));
  },
  async oaepDecrypt(data, key) {
    return new Uint8Array(privateDecrypt({ key: privateKeyObject(key), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, data));
  },
  async aesCtr(key, counter, data) {
    const cipher = createCipheriv(`aes-${key.length * 8}-ctr`, key, counter);
    return new Uint8Array(Buffer.concat([cipher.update(data), cipher.final()]));
  },
  async hmacSha256(key, data) {
    return new Uint8Array(createHmac('sha256', key).update(data).digest());
  },
};
