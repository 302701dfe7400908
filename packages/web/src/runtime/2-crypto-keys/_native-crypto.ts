// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * RSA signatures on node:crypto, over a module handed in rather than imported,
 * so the web package's default entry can use them without a `node:` import
 * (default-crypto-provider.ts finds the module at run time) and the opt-in
 * `@lianlian-sdk/web/node-crypto` entry can pass its static import.
 * No `Buffer` or `process`: Workers with a compatibility date before
 * 2024-09-23 have node:crypto under `nodejs_compat` but neither global.
 */
import { base64Encode } from '../1-errors-encoding/_base64.ts';
import { bigIntToBytes, byteLength } from '../1-errors-encoding/_bigint.ts';
import type { CryptoProvider } from './crypto-provider.ts';
import type { RsaPrivateKey, RsaPublicKey } from './keys.ts';

/** A JWK as node:crypto takes it (the DOM's JsonWebKey lacks Node's index signature). */
export type Jwk = Record<string, string>;

/** The part of node:crypto that signs, typed without Node's types (the default entry type-checks without them); `K` is its KeyObject. */
export interface NodeSigning<K extends object = object> {
  createPrivateKey(options: { key: Jwk; format: 'jwk' }): K;
  createPublicKey(options: { key: Jwk; format: 'jwk' }): K;
  sign(algorithm: string, data: Uint8Array, key: K): Uint8Array;
  verify(algorithm: string, data: Uint8Array, key: K, signature: Uint8Array): boolean;
}

const HASH = { RSA: 'md5', SHA256withRSA: 'sha256' } as const;
const FIELDS = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/** A key handle from keys.ts (parsed by WebCrypto) as a JWK, from its parameters; callers keep what they make of it. */
export function jwkOf(key: RsaPrivateKey | RsaPublicKey): Jwk {
  const jwk: Jwk = { kty: 'RSA' };
  for (const f of key.kind === 'rsa-private' ? FIELDS : FIELDS.slice(0, 2)) {
    const v = (key as RsaPrivateKey)[f];
    jwk[f] = base64Encode(bigIntToBytes(v, byteLength(v))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }
  return jwk;
}

/**
 * MD5withRSA and SHA256withRSA through node:crypto. Each key handle becomes a
 * KeyObject once (per module: a KeyObject belongs to the runtime that made it).
 */
export function nativeSigning<K extends object>(crypto: NodeSigning<K>): Pick<CryptoProvider, 'sign' | 'verify'> {
  const made = new WeakMap<object, K>();
  const keyObject = (key: RsaPrivateKey | RsaPublicKey) => {
    let k = made.get(key);
    if (!k) made.set(key, (k = crypto[key.kind === 'rsa-private' ? 'createPrivateKey' : 'createPublicKey']({ key: jwkOf(key), format: 'jwk' })));
    return k;
  };
  return {
    // A plain Uint8Array, not a Buffer that may share a pooled ArrayBuffer.
    sign: async (data, key, signType) => new Uint8Array(crypto.sign(HASH[signType], data, keyObject(key))),
    async verify(data, signature, key, signType) {
      try {
        return crypto.verify(HASH[signType], data, keyObject(key), signature);
      } catch {
        return false;
      }
    },
  };
}
