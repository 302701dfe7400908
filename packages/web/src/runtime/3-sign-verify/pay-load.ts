// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The `pay_load` envelope, scheme `lianpay1_0_1`, used by the MPAY and
 * instant-payment APIs (MPAY-card-bind-apply.md, instant-payment-apply-API.md):
 * the signed JSON body is encrypted for LianLian and sent as
 *
 *   lianpay1_0_1$b64(RSA(hmacKey))$b64(RSA(aesKey))$b64(nonce)$b64(ciphertext)$b64(mac)
 *
 * as LianLian's demo SDKs build it: RSA-OAEP (SHA-1, MGF1-SHA-1) key wrapping,
 * AES-256-CTR with counter block nonce ‖ 0000000000000001, and
 * HMAC-SHA256 over `b64(nonce) + "$" + b64(ciphertext)` (encrypt-then-MAC).
 */
import { base64Decode, base64Encode } from '../1-errors-encoding/_base64.ts';
import { PayloadError } from '../1-errors-encoding/errors/payload-error.ts';
import { importPrivateKey, importPublicKey } from '../2-crypto-keys/keys.ts';
import type { Keys, RsaPrivateKey, RsaPublicKey } from '../2-crypto-keys/keys.ts';
import { randomString } from '../1-errors-encoding/random.ts';
import type { CryptoProvider } from '../2-crypto-keys/crypto-provider.ts';
import { defaultCryptoProvider } from '../2-crypto-keys/default-crypto-provider.ts';

const VERSION = 'lianpay1_0_1';
const SEGMENTS = ['hmac key', 'aes key', 'nonce', 'ciphertext', 'mac'] as const;
const encoder = new TextEncoder();

/** ASCII bytes of a string of [0-9A-Z]: the demo SDKs use the key text's bytes as the key. */
function ascii(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** The 16-byte initial counter block: 8 nonce bytes, then a 64-bit big-endian 1. */
function counterBlock(nonce: Uint8Array): Uint8Array<ArrayBuffer> {
  const block = new Uint8Array(16);
  block.set(nonce, 0);
  block[15] = 1;
  return block;
}

/** Compares every byte (XOR-accumulated, no early exit) so the time taken says nothing about where a MAC differs. */
function equalConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * Encrypts a request body into a `pay_load` for LianLian.
 *
 * Fresh per call: a 32-character HMAC key, a 32-character AES-256 key and an
 * 8-character nonce from [0-9A-Z] (random.ts). Base64 is unwrapped.
 * @param plaintext - the signed request JSON
 * @param lianlianPublicKey - LianLian's public key: PEM / bare base64 text, or a handle from `importPublicKey`
 * @param provider - crypto implementation; default {@link defaultCryptoProvider} (node:crypto where found, else WebCrypto)
 * @returns `lianpay1_0_1$…` with five base64 segments
 * @throws KeyFormatError for an unusable key
 */
export async function encryptPayload(
  plaintext: string,
  lianlianPublicKey: string | RsaPublicKey,
  provider: CryptoProvider = defaultCryptoProvider,
): Promise<string> {
  const key = await importPublicKey(lianlianPublicKey);
  const hmacKey = ascii(randomString(32));
  const aesKey = ascii(randomString(32));
  const nonce = ascii(randomString(8));
  const wrap = async (bytes: Uint8Array) => base64Encode(await provider.oaepEncrypt(bytes, key));
  const nonceB64 = base64Encode(nonce);
  const ciphertextB64 = base64Encode(await provider.aesCtr(aesKey, counterBlock(nonce), encoder.encode(plaintext)));
  const mac = base64Encode(await provider.hmacSha256(hmacKey, encoder.encode(`${nonceB64}$${ciphertextB64}`)));
  return [VERSION, await wrap(hmacKey), await wrap(aesKey), nonceB64, ciphertextB64, mac].join('$');
}

/**
 * Opens a `pay_load` made for the merchant (or, in tests and sandboxes, any
 * `lianpay1_0_1` envelope for the given key).
 *
 * Base64 may be wrapped with CRLF every 76 characters, as LianLian's Java SDK
 * emits it (sample in MPAY-card-bind-apply.md). The HMAC is checked before
 * anything is decrypted; it is computed over the nonce and ciphertext
 * segments exactly as received and, failing that, with their whitespace
 * removed (both are encodings of the same bytes, and only the key holder
 * can make either MAC).
 * @param payLoad - the `pay_load` text
 * @param privateKey - the private key it was encrypted for: PEM / bare base64 text, or a handle from `importPrivateKey`
 * @param provider - crypto implementation; default {@link defaultCryptoProvider} (node:crypto where found, else WebCrypto)
 * @returns the plaintext body
 * @throws PayloadError for a wrong version tag or segment count, bad base64, a key that does not unwrap, a failed HMAC or a body that is not UTF-8; never with plaintext
 * @throws KeyFormatError for an unusable key
 */
export async function decryptPayload(
  payLoad: string,
  privateKey: string | RsaPrivateKey,
  provider: CryptoProvider = defaultCryptoProvider,
): Promise<string> {
  const key = await importPrivateKey(privateKey);
  if (typeof payLoad !== 'string') throw new PayloadError(`pay_load: got a value of type ${typeof payLoad}; need a string`);
  const parts = payLoad.split('$');
  if (parts[0] !== VERSION) {
    // The tag is not echoed: a plaintext body passed here by mistake would land in the message.
    throw new PayloadError(`pay_load: the version tag (text before the first '$') is not "${VERSION}"; need a ${VERSION} pay_load`);
  }
  if (parts.length !== 6) {
    throw new PayloadError(`pay_load: got ${parts.length} '$'-separated parts; need 6 (the "${VERSION}" tag and 5 base64 segments)`);
  }
  const segments = parts.slice(1) as [string, string, string, string, string];
  const bytes = segments.map((segment, i) => {
    try {
      return base64Decode(segment);
    } catch (error) {
      throw new PayloadError(`pay_load: the ${SEGMENTS[i]} segment is not valid base64 (${(error as Error).message})`);
    }
  }) as [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>];
  const [wrappedHmacKey, wrappedAesKey, nonce, ciphertext, mac] = bytes;
  if (nonce.length !== 8) throw new PayloadError(`pay_load: the nonce is ${nonce.length} bytes; need 8`);

  const unwrap = async (wrapped: Uint8Array, name: string): Promise<Uint8Array> => {
    try {
      return await provider.oaepDecrypt(wrapped, key);
    } catch {
      throw new PayloadError(`pay_load: the ${name} does not unwrap with this private key (RSA-OAEP failed); need a pay_load encrypted for this key`);
    }
  };
  const hmacKey = await unwrap(wrappedHmacKey, 'hmac key');
  const aesKey = await unwrap(wrappedAesKey, 'aes key');

  const [, , nonceText, ciphertextText] = segments;
  let authentic = equalConstantTime(await provider.hmacSha256(hmacKey, encoder.encode(`${nonceText}$${ciphertextText}`)), mac);
  if (!authentic) {
    const strip = (text: string) => text.replace(/\s+/g, '');
    const stripped = `${strip(nonceText)}$${strip(ciphertextText)}`;
    if (stripped !== `${nonceText}$${ciphertextText}`) {
      authentic = equalConstantTime(await provider.hmacSha256(hmacKey, encoder.encode(stripped)), mac);
    }
  }
  if (!authentic) throw new PayloadError('pay_load: HMAC check failed (tampered, truncated, or made with another key); nothing was decrypted');

  // The demo SDKs use 32-character keys (AES-256); any valid AES key length would decrypt the same way.
  if (![16, 24, 32].includes(aesKey.length)) {
    throw new PayloadError(`pay_load: the aes key is ${aesKey.length} bytes; need 32 (AES-256)`);
  }
  const plain = await provider.aesCtr(aesKey, counterBlock(nonce), ciphertext);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new PayloadError('pay_load: the decrypted body is not valid UTF-8');
  }
}

/**
 * Wraps a signed body for an operation with a `payload` scheme ({@link sealLianpay});
 * passed to the call, so operations without one never bundle it.
 * @internal
 */
export type Sealer = (body: Record<string, string>, keys: Keys, crypto: CryptoProvider) => Promise<Record<string, string>>;

/**
 * The `lianpay1_0_1` {@link Sealer}: the wire body is only `oid_partner` and
 * the `pay_load` holding the whole signed body (MPAY-card-bind-apply.md).
 * @internal
 */
export const sealLianpay: Sealer = async (body, keys, crypto) => ({
  oid_partner: body.oid_partner ?? '',
  pay_load: await encryptPayload(JSON.stringify(body), keys.publicKey, crypto),
});
