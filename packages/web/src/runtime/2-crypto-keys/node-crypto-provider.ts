// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * node:crypto for everything, including MD5withRSA, natively, from a static
 * import. For Node, Bun, Deno and Workers with `nodejs_compat`, whatever their
 * compatibility date: no `Buffer` or `process` global is used. Not part of the
 * web package's default import graph: import it from
 * `@lianlian-sdk/web/node-crypto` to opt in. `defaultCryptoProvider` already
 * signs with node:crypto where the runtime hands it out without an import;
 * this entry is for runtimes that do not (Workers with a compatibility date
 * before 2024-09-23) and for pay_load's primitives.
 */
import * as crypto from 'node:crypto';
import type { CryptoProvider } from './crypto-provider.ts';
import type { RsaPrivateKey, RsaPublicKey } from './keys.ts';
import { jwkOf, nativeSigning } from './_native-crypto.ts';

/**
 * RSA-OAEP takes the JWK, not a KeyObject: workerd's publicEncrypt refuses KeyObjects. node:crypto
 * passes an object `key` on to createPublicKey / createPrivateKey, JWKs included; @types/node leaves that form out.
 */
const oaep = (key: RsaPrivateKey | RsaPublicKey) =>
  ({ key: jwkOf(key), format: 'jwk', padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }) as unknown as crypto.RsaPrivateKey;

/** node:crypto implementation of {@link CryptoProvider}. */
export const nodeCryptoProvider: CryptoProvider = {
  name: 'node',
  ...nativeSigning<crypto.KeyObject>(crypto),
  async oaepEncrypt(data, key) {
    return new Uint8Array(crypto.publicEncrypt(oaep(key), data));
  },
  async oaepDecrypt(data, key) {
    return new Uint8Array(crypto.privateDecrypt(oaep(key), data));
  },
  async aesCtr(key, counter, data) {
    const cipher = crypto.createCipheriv(`aes-${key.length * 8}-ctr`, key, counter);
    const head = cipher.update(data);
    const tail = cipher.final();
    const out = new Uint8Array(head.length + tail.length);
    out.set(head);
    out.set(tail, head.length);
    return out;
  },
  async hmacSha256(key, data) {
    return new Uint8Array(crypto.createHmac('sha256', key).update(data).digest());
  },
};
