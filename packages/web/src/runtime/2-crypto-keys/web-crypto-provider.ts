// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { md5WithRsaSign, md5WithRsaVerify } from './_rsa-md5.ts';
import { resolveSubtle } from './_subtle.ts';
import type { CryptoProvider } from './crypto-provider.ts';
import type { RsaPrivateKey, RsaPublicKey } from './keys.ts';

/**
 * WebCrypto for SHA256withRSA, RSA-OAEP, AES-CTR and HMAC; BigInt for the
 * MD5withRSA private operation, because WebCrypto has no MD5 (CRT, windowed
 * exponentiation and RSA blinding live in `_rsa-md5.ts`).
 *
 * @param subtle - a SubtleCrypto such as @peculiar/webcrypto's; default `globalThis.crypto.subtle`, looked up on use
 * @example
 * import { Crypto } from '@peculiar/webcrypto';
 * const provider = createWebCryptoProvider(new Crypto().subtle);
 */
export function createWebCryptoProvider(subtle?: SubtleCrypto): CryptoProvider {
  const resolve = () => resolveSubtle(subtle);
  // Keys imported with another SubtleCrypto are re-bound once and remembered.
  const bound = new WeakMap<object, RsaPrivateKey | RsaPublicKey>();
  const bind = <K extends RsaPrivateKey | RsaPublicKey>(key: K): K => {
    const s = resolve();
    if (key.subtle === s) return key;
    let k = bound.get(key) as K | undefined;
    if (!k) bound.set(key, (k = (key as unknown as { withSubtle(s: SubtleCrypto): K }).withSubtle(s)));
    return k;
  };
  const copy = (data: Uint8Array) => new Uint8Array(data);
  return {
    name: subtle ? 'web (injected SubtleCrypto)' : 'web',
    async sign(data, key, signType) {
      if (signType === 'RSA') return md5WithRsaSign(data, key);
      const k = bind(key);
      return new Uint8Array(await k.subtle.sign({ name: 'RSASSA-PKCS1-v1_5' }, await k.signingKey(), copy(data)));
    },
    async verify(data, signature, key, signType) {
      if (signType === 'RSA') return md5WithRsaVerify(data, signature, key);
      const k = bind(key);
      try {
        return await k.subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, await k.verificationKey(), copy(signature), copy(data));
      } catch {
        return false;
      }
    },
    async oaepEncrypt(data, key) {
      const k = bind(key);
      return new Uint8Array(await k.subtle.encrypt({ name: 'RSA-OAEP' }, await k.encryptionKey(), copy(data)));
    },
    async oaepDecrypt(data, key) {
      const k = bind(key);
      return new Uint8Array(await k.subtle.decrypt({ name: 'RSA-OAEP' }, await k.decryptionKey(), copy(data)));
    },
    async aesCtr(key, counter, data) {
      const s = resolve();
      const aesKey = await s.importKey('raw', copy(key), { name: 'AES-CTR' }, false, ['encrypt']);
      // CTR is symmetric: encrypting the ciphertext decrypts it.
      return new Uint8Array(await s.encrypt({ name: 'AES-CTR', counter: copy(counter), length: 64 }, aesKey, copy(data)));
    },
    async hmacSha256(key, data) {
      const s = resolve();
      const hmacKey = await s.importKey('raw', copy(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      return new Uint8Array(await s.sign('HMAC', hmacKey, copy(data)));
    },
  };
}

/**
 * WebCrypto and BigInt on the runtime's own `crypto.subtle`: pass it to choose this path where
 * `defaultCryptoProvider` would take node:crypto; the default uses it where node:crypto is not found.
 */
export const webCryptoProvider: CryptoProvider = createWebCryptoProvider();
