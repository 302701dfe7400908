// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Signing requests and verifying LianLian's responses and notifications
 * (signature.md, signature-add-sign.md, signature-verify-sign.md).
 *
 * `sign_type` "RSA" is MD5withRSA, done in BigInt (`_rsa-md5.ts`) because
 * WebCrypto has no MD5; "SHA256withRSA" is RSASSA-PKCS1-v1_5/SHA-256 through
 * WebCrypto; where the runtime has node:crypto, the default provider
 * (defaultCryptoProvider) does both there. Both are deterministic, so the same
 * key and fields always give the same signature, byte for byte, on either path
 * and as LianLian's Java demo.
 */
import { base64Decode, base64Encode } from '../1-errors-encoding/_base64.ts';
import { importPrivateKey, importPublicKey } from '../2-crypto-keys/keys.ts';
import type { RsaPrivateKey, RsaPublicKey } from '../2-crypto-keys/keys.ts';
import type { CryptoProvider } from '../2-crypto-keys/crypto-provider.ts';
import type { SignType } from '../1-errors-encoding/operation.ts';
import { defaultCryptoProvider } from '../2-crypto-keys/default-crypto-provider.ts';
import { signatureSource } from '../1-errors-encoding/signature-source.ts';

const encoder = new TextEncoder();

function isSignType(value: unknown): value is SignType {
  return value === 'RSA' || value === 'SHA256withRSA';
}

/**
 * Signs bytes with the merchant's private key.
 * @param data - the bytes to sign (normally the UTF-8 signature source)
 * @param privateKey - PEM / bare base64 text, or a handle from `importPrivateKey`
 * @param signType - `RSA` (MD5withRSA) or `SHA256withRSA`
 * @returns the base64 signature (one line, as the Java demo's `encodeBase64`)
 * @param provider - crypto implementation; default {@link defaultCryptoProvider} (node:crypto where found, else WebCrypto)
 * @throws KeyFormatError for an unusable key; TypeError for an unknown sign type
 */
export async function signBytes(
  data: Uint8Array,
  privateKey: string | RsaPrivateKey,
  signType: SignType,
  provider: CryptoProvider = defaultCryptoProvider,
): Promise<string> {
  if (!isSignType(signType)) throw new TypeError(`signType: got ${JSON.stringify(signType)}; need "RSA" or "SHA256withRSA"`);
  const key = await importPrivateKey(privateKey);
  return base64Encode(await provider.sign(data, key, signType));
}

/**
 * Verifies a base64 signature over bytes.
 *
 * Never throws for bad signature data (not base64, wrong length, wrong
 * value): that is an answer, `false`. It throws only for an unusable key.
 * @param data - the signed bytes
 * @param signatureB64 - the base64 signature; whitespace and CRLF are ignored
 * @param publicKey - PEM / bare base64 text, or a handle from `importPublicKey`
 * @param signType - `RSA` (MD5withRSA) or `SHA256withRSA`
 * @returns whether the signature is valid for the data and key
 * @throws KeyFormatError for an unusable key
 */
export async function verifyBytes(
  data: Uint8Array,
  signatureB64: string,
  publicKey: string | RsaPublicKey,
  signType: SignType,
  provider: CryptoProvider = defaultCryptoProvider,
): Promise<boolean> {
  const key = await importPublicKey(publicKey);
  if (!isSignType(signType) || typeof signatureB64 !== 'string') return false;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = base64Decode(signatureB64);
  } catch {
    return false;
  }
  if (signature.length !== Math.ceil(key.bits / 8)) return false;
  return provider.verify(data, signature, key, signType);
}

/**
 * Signs request fields: the signature over the UTF-8 bytes of
 * `signatureSource(params)` (signature-add-sign.md). The caller puts the
 * result in `sign`; any `sign` already in `params` is ignored.
 * @param params - the request fields, including `sign_type`
 * @param privateKey - PEM / bare base64 text, or a handle from `importPrivateKey`
 * @param signType - `RSA` (MD5withRSA, the default) or `SHA256withRSA`; should match `params.sign_type`
 * @returns the base64 signature
 * @throws KeyFormatError for an unusable key; TypeError for an unknown sign type or an unsignable value
 */
export async function sign(
  params: Record<string, unknown>,
  privateKey: string | RsaPrivateKey,
  signType: SignType = 'RSA',
  provider: CryptoProvider = defaultCryptoProvider,
): Promise<string> {
  return signBytes(encoder.encode(signatureSource(params)), privateKey, signType, provider);
}

/**
 * Verifies a LianLian response or notification (signature-verify-sign.md):
 * reads `params.sign` and `params.sign_type` (missing → `RSA`) and checks
 * the signature over the signature source of the other fields.
 *
 * Returns `false`, never throws, when `sign` is missing or garbled or
 * `sign_type` is not `RSA` / `SHA256withRSA`.
 * @param params - the fields as received, including `sign` and `sign_type`
 * @param publicKey - LianLian's public key: PEM / bare base64 text, or a handle from `importPublicKey`
 * @returns whether the signature is valid
 * @throws KeyFormatError for an unusable key
 */
export async function verify(
  params: Record<string, unknown>,
  publicKey: string | RsaPublicKey,
  provider: CryptoProvider = defaultCryptoProvider,
): Promise<boolean> {
  const key = await importPublicKey(publicKey);
  const signature = params.sign;
  const rawType = params.sign_type;
  const signType = rawType === undefined || rawType === null || rawType === '' ? 'RSA' : rawType;
  if (typeof signature !== 'string' || signature === '' || !isSignType(signType)) return false;
  let source: string;
  try {
    source = signatureSource(params);
  } catch {
    return false; // a value no signer could have produced (NaN, a function): cannot be authentic
  }
  return verifyBytes(encoder.encode(source), signature, key, signType, provider);
}
