// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * MD5withRSA (RSASSA-PKCS1-v1_5 with MD5, RFC 8017 §8.2) in BigInt.
 *
 * LianLian's `sign_type` "RSA" is MD5withRSA (signature.md, and the Java demo
 * in signature-add-sign.md calls `Signature.getInstance("MD5withRSA")`).
 * WebCrypto offers RSASSA-PKCS1-v1_5 only with SHA-1/SHA-2 and never a raw
 * RSA operation, so the padding and the modular arithmetic are done here.
 *
 * Side channels: BigInt arithmetic is not constant-time. The private
 * operation therefore blinds its input with a random r^e (RSA blinding, as
 * OpenSSL does), so the timing of each call does not correlate with the data
 * being signed, and it checks its own result before releasing it (a CRT fault
 * would otherwise leak a prime factor: Boneh–DeMillo–Lipton).
 */
import { md5 } from '@noble/hashes/legacy.js';
import { bigIntFromBytes, bigIntToBytes } from '../1-errors-encoding/_bigint.ts';
import { KeyFormatError } from '../1-errors-encoding/errors/key-format-error.ts';

/** The BigInt parameters of an RSA private key (PKCS#1 RSAPrivateKey, two primes). */
export interface RsaPrivateParams {
  readonly bits: number;
  readonly n: bigint;
  readonly e: bigint;
  readonly d: bigint;
  readonly p: bigint;
  readonly q: bigint;
  readonly dp: bigint;
  readonly dq: bigint;
  readonly qi: bigint;
}

/** The BigInt parameters of an RSA public key. */
export interface RsaPublicParams {
  readonly bits: number;
  readonly n: bigint;
  readonly e: bigint;
}

/** DER of DigestInfo{ AlgorithmIdentifier{md5, NULL}, OCTET STRING(16) } without the hash (RFC 8017 §9.2 note 1). */
const MD5_DIGEST_INFO_PREFIX = Uint8Array.of(
  0x30, 0x20, 0x30, 0x0c, 0x06, 0x08, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x05, 0x05, 0x00, 0x04, 0x10,
);

/**
 * Modular exponentiation with a left-to-right sliding window.
 *
 * Why a window: RSA-2048 CRT does two 1024-bit exponentiations; plain
 * square-and-multiply needs ~512 extra multiplications each, a width-5 window
 * ~170, which is most of the difference between ~6 ms and ~4 ms per signature.
 * Short (public) exponents use width 1, i.e. square-and-multiply.
 * @param base - any non-negative integer
 * @param exponent - non-negative exponent
 * @param modulus - odd modulus > 1
 * @returns base^exponent mod modulus
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const b = base % modulus;
  const bits = exponent.toString(2);
  const width = bits.length > 1536 ? 6 : bits.length > 256 ? 5 : 1;
  // odd[i] = b^(2i+1): the only window values a sliding window multiplies by.
  const odd: bigint[] = [b];
  if (width > 1) {
    const b2 = (b * b) % modulus;
    for (let i = 1; i < 1 << (width - 1); i++) odd.push((odd[i - 1]! * b2) % modulus);
  }
  let result = 1n;
  let i = 0;
  while (i < bits.length) {
    if (bits.charCodeAt(i) === 0x30 /* '0' */) {
      result = (result * result) % modulus;
      i++;
      continue;
    }
    // Longest window of at most `width` bits starting here that ends in a 1.
    let j = Math.min(i + width, bits.length);
    while (bits.charCodeAt(j - 1) === 0x30) j--;
    for (let k = i; k < j; k++) result = (result * result) % modulus;
    result = (result * odd[(parseInt(bits.slice(i, j), 2) - 1) >> 1]!) % modulus;
    i = j;
  }
  return result;
}

/**
 * Modular inverse by the extended Euclidean algorithm.
 * @param a - value to invert
 * @param m - modulus
 * @returns a^-1 mod m, or undefined when gcd(a, m) ≠ 1
 */
export function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return undefined;
  return ((oldS % m) + m) % m;
}

/**
 * EMSA-PKCS1-v1_5 encoding with MD5 (RFC 8017 §9.2): 00 01 FF…FF 00 ‖ DigestInfo ‖ MD5(data).
 * @param data - the message (UTF-8 bytes of the signature source)
 * @param k - modulus length in bytes
 * @returns the k-byte encoded message
 */
export function emsaPkcs1v15Md5(data: Uint8Array, k: number): Uint8Array<ArrayBuffer> {
  const digest = md5(data);
  const tLen = MD5_DIGEST_INFO_PREFIX.length + digest.length;
  if (k < tLen + 11) throw new RangeError('MD5withRSA: modulus too short for PKCS#1 v1.5 padding');
  const em = new Uint8Array(k);
  em[1] = 0x01;
  em.fill(0xff, 2, k - tLen - 1);
  em.set(MD5_DIGEST_INFO_PREFIX, k - tLen);
  em.set(digest, k - digest.length);
  return em;
}

/** Per-key blinding pair (A = r^e, Ai = r^-1 mod n), squared after each use and renewed every 32 uses like OpenSSL's BN_BLINDING. */
interface Blinding {
  a: bigint;
  ai: bigint;
  uses: number;
}
const blindings = new WeakMap<RsaPrivateParams, Blinding>();

function newBlinding(key: RsaPrivateParams): Blinding {
  const k = Math.ceil(key.bits / 8);
  for (;;) {
    const bytes = new Uint8Array(k);
    globalThis.crypto.getRandomValues(bytes);
    const r = bigIntFromBytes(bytes) % key.n;
    if (r < 2n) continue;
    const ai = modInverse(r, key.n);
    if (ai !== undefined) return { a: modPow(r, key.e, key.n), ai, uses: 0 };
  }
}

function nextBlinding(key: RsaPrivateParams): Blinding {
  let blinding = blindings.get(key);
  if (blinding === undefined || blinding.uses >= 32) {
    blinding = newBlinding(key);
    blindings.set(key, blinding);
  } else {
    blinding.a = (blinding.a * blinding.a) % key.n;
    blinding.ai = (blinding.ai * blinding.ai) % key.n;
  }
  blinding.uses++;
  return blinding;
}

const SELF_CHECK_FAILED =
  'privateKey: the RSA signature failed its self-check (s^e mod n ≠ m), so the key’s CRT parameters are inconsistent; need an intact RSA private key';

/** Keys whose modulus has been confirmed to be p·q, so the self-check may work mod p and mod q. */
const factorsChecked = new WeakSet<RsaPrivateParams>();

/**
 * RSA private operation (RSADP/RSASP1, RFC 8017 §5.1.2) with CRT and Garner's
 * recombination, blinded, and checked with the public exponent before return.
 * @param m - the integer to sign, 0 ≤ m < n
 * @param key - the private key parameters
 * @returns m^d mod n
 */
export function rsaPrivate(m: bigint, key: RsaPrivateParams): bigint {
  const { n, p, q, e, dp, dq, qi } = key;
  if (!factorsChecked.has(key)) {
    if (p * q !== n) throw new KeyFormatError(SELF_CHECK_FAILED);
    factorsChecked.add(key);
  }
  const blinding = nextBlinding(key);
  const c = (m * blinding.a) % n;
  const m1 = modPow(c % p, dp, p);
  const m2 = modPow(c % q, dq, q);
  const h = (qi * (((m1 - m2) % p) + p)) % p;
  const s = ((m2 + h * q) * blinding.ai) % n;
  // s^e ≡ m (mod n), checked mod p and mod q: the same statement because
  // n = p·q (checked once above), at half the cost (~45 µs less per 2048-bit
  // signature in Node 20) of one exponentiation mod n. Either residue of a
  // faulty s fails it, whichever half or step the fault was in.
  if (modPow(s % p, e, p) !== m % p || modPow(s % q, e, q) !== m % q) throw new KeyFormatError(SELF_CHECK_FAILED);
  return s;
}

/**
 * Signs with MD5withRSA.
 * @param data - the bytes to sign (UTF-8 of the signature source)
 * @param key - the private key parameters
 * @returns the signature, exactly ceil(bits/8) bytes
 */
export function md5WithRsaSign(data: Uint8Array, key: RsaPrivateParams): Uint8Array<ArrayBuffer> {
  const k = Math.ceil(key.bits / 8);
  const m = bigIntFromBytes(emsaPkcs1v15Md5(data, k));
  return bigIntToBytes(rsaPrivate(m, key), k);
}

/**
 * Verifies an MD5withRSA signature (RFC 8017 §8.2.2): s^e mod n, re-encode,
 * and compare every byte of the encoded message (no early exit, no parsing
 * of the recovered padding, so there is nothing for a Bleichenbacher-style
 * forgery to exploit).
 * @param data - the signed bytes
 * @param signature - the signature bytes
 * @param key - the public key parameters
 * @returns whether the signature is valid
 */
export function md5WithRsaVerify(data: Uint8Array, signature: Uint8Array, key: RsaPublicParams): boolean {
  const k = Math.ceil(key.bits / 8);
  if (signature.length !== k) return false;
  const s = bigIntFromBytes(signature);
  if (s >= key.n) return false;
  const recovered = bigIntToBytes(modPow(s, key.e, key.n), k);
  const expected = emsaPkcs1v15Md5(data, k);
  let diff = 0;
  for (let i = 0; i < k; i++) diff |= recovered[i]! ^ expected[i]!;
  return diff === 0;
}
