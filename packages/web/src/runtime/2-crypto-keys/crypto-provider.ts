// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import type { RsaPrivateKey, RsaPublicKey } from './keys.ts';
import type { SignType } from '../1-errors-encoding/operation.ts';

/**
 * The few primitives LianLian's signing and `pay_load` need, behind one small
 * interface (stripe-node's CryptoProvider idea), so each runtime can use its
 * fastest implementation: `webCryptoProvider` everywhere,
 * `nodeCryptoProvider` where node:crypto exists, and `defaultCryptoProvider`,
 * which picks one of the two at run time.
 */
export interface CryptoProvider {
  /** Names the implementation in benchmarks and errors. */
  readonly name: string;
  /** RSASSA-PKCS1-v1_5 signature: MD5 for sign_type `RSA`, SHA-256 for `SHA256withRSA`. */
  sign(data: Uint8Array, key: RsaPrivateKey, signType: SignType): Promise<Uint8Array>;
  /** Checks an RSASSA-PKCS1-v1_5 signature; `false` for any mismatch, never a throw. */
  verify(data: Uint8Array, signature: Uint8Array, key: RsaPublicKey, signType: SignType): Promise<boolean>;
  /** RSA-OAEP with SHA-1 and MGF1-SHA-1, as the pay_load key wrap uses. */
  oaepEncrypt(data: Uint8Array, key: RsaPublicKey): Promise<Uint8Array>;
  /** Inverse of `oaepEncrypt`; throws when the data was not made for this key. */
  oaepDecrypt(data: Uint8Array, key: RsaPrivateKey): Promise<Uint8Array>;
  /** AES-CTR (key length picks AES-128/192/256) with a 16-byte initial counter block and a 64-bit counter. */
  aesCtr(key: Uint8Array, counter: Uint8Array, data: Uint8Array): Promise<Uint8Array>;
  /** HMAC-SHA256. */
  hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array>;
}
