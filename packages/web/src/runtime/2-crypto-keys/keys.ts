// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * RSA key import for signing (signature.md) and pay_load encryption.
 *
 * LianLian's dashboard hands out keys as bare base64 with header, footer and
 * line breaks removed, and merchants make their own with `openssl genrsa`
 * (signature-key-configuration.md), so PEM (PKCS#8, PKCS#1, SPKI) and bare
 * base64 of the same DER are all accepted. The format is read from the DER,
 * not the PEM label. WebCrypto parses the DER (a PKCS#1 key gets the fixed
 * PKCS#8 / SPKI wrapper first) and hands the parameters back as a JWK; that
 * keeps this module small enough for a Worker bundle (BENCHMARKS.md). When
 * WebCrypto refuses, a few byte checks say what the input was instead.
 */
import { bigIntFromBytes } from '../1-errors-encoding/_bigint.ts';
import { base64Decode } from '../1-errors-encoding/_base64.ts';
import { resolveSubtle } from './_subtle.ts';
import { cachedKey } from './_key-cache.ts';
import { KeyFormatError } from '../1-errors-encoding/errors/key-format-error.ts';

/**
 * An imported RSA private key: an opaque handle from {@link importPrivateKey}.
 * Holds the PKCS#1 CRT parameters for the BigInt MD5withRSA path and creates
 * WebCrypto keys (from the `subtle` it was imported with) on first use.
 * The parameters are getters over a private field, so logging or
 * JSON-serialising a handle shows no key material.
 */
export interface RsaPrivateKey {
  /** Tells private and public handles apart. */
  readonly kind: 'rsa-private';
  /** Modulus size in bits. */
  readonly bits: number;
  /** Modulus. */
  readonly n: bigint;
  /** Public exponent. */
  readonly e: bigint;
  /** Private exponent. */
  readonly d: bigint;
  /** First prime factor. */
  readonly p: bigint;
  /** Second prime factor. */
  readonly q: bigint;
  /** d mod (p − 1). */
  readonly dp: bigint;
  /** d mod (q − 1). */
  readonly dq: bigint;
  /** q⁻¹ mod p (Garner's coefficient). */
  readonly qi: bigint;
  /** The WebCrypto implementation this handle's CryptoKeys come from. */
  readonly subtle: SubtleCrypto;
  /** RSASSA-PKCS1-v1_5 / SHA-256 signing key (sign_type SHA256withRSA), imported on first call. */
  signingKey(): Promise<CryptoKey>;
  /** RSA-OAEP / SHA-1 decryption key (pay_load key unwrapping), imported on first call. */
  decryptionKey(): Promise<CryptoKey>;
}

/** An imported RSA public key: an opaque handle from {@link importPublicKey}; WebCrypto keys are created on first use. */
export interface RsaPublicKey {
  /** Tells private and public handles apart. */
  readonly kind: 'rsa-public';
  /** Modulus size in bits. */
  readonly bits: number;
  /** Modulus. */
  readonly n: bigint;
  /** Public exponent. */
  readonly e: bigint;
  /** The WebCrypto implementation this handle's CryptoKeys come from. */
  readonly subtle: SubtleCrypto;
  /** RSASSA-PKCS1-v1_5 / SHA-256 verification key, imported on first call. */
  verificationKey(): Promise<CryptoKey>;
  /** RSA-OAEP / SHA-1 encryption key (pay_load key wrapping), imported on first call. */
  encryptionKey(): Promise<CryptoKey>;
}

/**
 * A client's key pair: its own private key and LianLian's public key, parsed once.
 * @internal
 */
export interface Keys {
  readonly privateKey: RsaPrivateKey;
  readonly publicKey: RsaPublicKey;
}

type Role = 'privateKey' | 'publicKey';

const JWK_FIELDS = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;
const NEED = {
  privateKey: 'need an RSA private key in PKCS#8 or PKCS#1 PEM, or bare base64 of either',
  publicKey: 'need an RSA public key in SPKI ("BEGIN PUBLIC KEY") or PKCS#1 ("BEGIN RSA PUBLIC KEY") PEM, or bare base64 of either',
};
const DECRYPT_FIRST = 'decrypt it first with `openssl pkey -in key.pem -out plain.pem`';

/** signature.md: LianLian uses 1024, 2048 or 4096-bit keys; anything smaller is factorable. The cap only bounds work on hostile input. */
const MIN_BITS = 1024;
const MAX_BITS = 16384;

/** AlgorithmIdentifier{ rsaEncryption, NULL } (RFC 8017 A.1): wraps PKCS#1 keys as PKCS#8 / SPKI. */
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

/** Key algorithms we name when WebCrypto refuses a key: their OID's DER bytes (hex) and dotted form. */
const NON_RSA: readonly (readonly [hex: string, what: string])[] = [
  ['2a8648ce3d0201', 'an EC key (OID 1.2.840.10045.2.1)'],
  ['2a864886f70d01010a', 'an RSA-PSS key (OID 1.2.840.113549.1.1.10)'],
  ['2a8648ce380401', 'a DSA key (OID 1.2.840.10040.4.1)'],
  ['2b6570', 'an Ed25519 key (OID 1.3.101.112)'],
  ['2b656e', 'an X25519 key (OID 1.3.101.110)'],
];

/** Throws "<role>: got <what was given>; <what is needed>". `got` must never include key bytes. */
function fail(role: Role, got: string, need: string = NEED[role]): never {
  throw new KeyFormatError(`${role}: got ${got}; ${need}`, { setting: role });
}

/** One DER TLV header (X.690, definite lengths): [tag, content start, end]; the end may run past the input. */
function tlv(der: Uint8Array, at: number): [number, number, number] {
  const first = der[at + 1] ?? 0;
  const count = first > 0x80 && first < 0x85 ? first & 0x7f : 0;
  let length = count ? 0 : first;
  for (let i = 0; i < count; i++) length = length * 256 + (der[at + 2 + i] ?? 0);
  return [der[at] ?? -1, at + 2 + count, at + 2 + count + length];
}

/** DER of `tag` around `parts`. */
function wrapIn(tag: number, ...parts: ArrayLike<number>[]): Uint8Array<ArrayBuffer> {
  const body = parts.flatMap((p) => Array.from(p));
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return Uint8Array.from([tag, ...length, ...body]);
}

/**
 * Which key structure `der` holds, from the tags of the top SEQUENCE's first
 * fields; a string says what it is instead. Only the shape: WebCrypto checks the rest.
 */
function shapeOf(der: Uint8Array): 'pkcs8' | 'pkcs1' | 'pkcs1-public' | 'spki' | string {
  const [tag, start, end] = tlv(der, 0);
  if (tag !== 0x30 || end !== der.length)
    return `base64 whose bytes are not a valid key structure (${end > der.length ? 'truncated' : tag !== 0x30 ? 'no DER SEQUENCE' : 'bytes after the key'})`;
  const a = tlv(der, start);
  const b = tlv(der, a[2]);
  if (a[0] === 2 && b[0] === 2) {
    let fields = 2;
    for (let at = b[2]; at < end; at = tlv(der, at)[2]) fields++;
    return fields === 2 ? 'pkcs1-public' : 'pkcs1';
  }
  if (a[0] === 2 && b[0] === 0x30) return 'pkcs8';
  if (a[0] === 2 && b[0] === 4) return 'an EC private key (SEC1)';
  if (a[0] === 0x30 && b[0] === 3) return 'spki';
  if (a[0] === 0x30 && b[0] === 4) return `an encrypted private key (EncryptedPrivateKeyInfo); ${DECRYPT_FIRST}`;
  if (a[0] === 0x30 && b[0] === 0x30) return 'an X.509 certificate';
  return 'a DER structure that is not a known key format';
}

/**
 * PEM or bare base64 → DER. Escaped `\n` (as left by `.env` files and JSON
 * config) counts as a line break: base64 never has a backslash.
 */
function derOf(input: unknown, role: Role): Uint8Array {
  if (typeof input !== 'string') fail(role, input === null ? 'null' : `a value of type ${typeof input}`);
  let text = input.replace(/\\r|\\n/g, '\n').trim();
  if (text === '') fail(role, 'an empty string');
  if (text.includes('-----BEGIN')) {
    const pem = /-----BEGIN ([A-Z0-9 ]{1,64})-----([\s\S]*?)-----END \1-----/.exec(text);
    if (!pem) fail(role, 'PEM text without a matching END line (truncated or mangled)');
    const label = pem[1]!;
    if (label === 'ENCRYPTED PRIVATE KEY') fail(role, `an encrypted PEM ("${label}"); ${DECRYPT_FIRST}`);
    if (!/^(RSA )?(PRIVATE|PUBLIC) KEY$/.test(label)) fail(role, `a PEM "${label}" block`);
    // RFC 1421 headers (Proc-Type, DEK-Info) precede the base64 in legacy encrypted PEM.
    if (/Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(pem[2]!))
      fail(role, `an encrypted PEM ("${label}" with Proc-Type: 4,ENCRYPTED); decrypt it first with \`openssl rsa -in key.pem -out plain.pem\``);
    text = pem[2]!.replace(/^.*:.*$/gm, '');
  }
  try {
    return base64Decode(text);
  } catch (error) {
    fail(role, `text that is not valid base64 (${(error as Error).message})`);
  }
}

/** Text → the key's JWK, through WebCrypto; every refusal becomes a KeyFormatError saying what the input was. */
async function jwkOf(input: unknown, role: Role, subtle: SubtleCrypto): Promise<JsonWebKey> {
  const der = derOf(input, role);
  const shape = shapeOf(der);
  const isPrivate = shape === 'pkcs8' || shape === 'pkcs1';
  if (shape.includes(' ')) fail(role, shape);
  if (role === 'privateKey' && !isPrivate) fail(role, `an RSA public key (${shape === 'spki' ? 'SPKI' : 'PKCS#1'}) where a private key is needed`);
  if (role === 'publicKey' && isPrivate) fail(role, 'an RSA private key where a public key is needed (never hand out or configure the private key here)');
  const bytes =
    shape === 'pkcs1' ? wrapIn(0x30, [2, 1, 0], RSA_ALGORITHM, wrapIn(4, der)) : shape === 'pkcs1-public' ? wrapIn(0x30, RSA_ALGORITHM, wrapIn(3, [0], der)) : der;
  try {
    const key = await subtle.importKey(isPrivate ? 'pkcs8' : 'spki', new Uint8Array(bytes), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, [isPrivate ? 'sign' : 'verify']);
    return await subtle.exportKey('jwk', key);
  } catch (error) {
    const hex = Array.from(der.subarray(0, 64), (b) => b.toString(16).padStart(2, '0')).join('');
    const named = NON_RSA.find(([oid]) => hex.includes(`06${(oid.length / 2).toString(16).padStart(2, '0')}${oid}`));
    // Only the error's name: WebCrypto messages are not ours to vouch for.
    fail(role, named?.[1] ?? `base64 whose bytes are not a valid RSA key (WebCrypto: ${error instanceof Error ? error.name : typeof error})`);
  }
}

/** base64url (JWK) → BigInt. */
const big = (text: string | undefined): bigint => bigIntFromBytes(base64Decode((text ?? '').replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil((text ?? '').length / 4) * 4, '=')));

/**
 * Cheap consistency checks (no exponentiation): a key with a damaged
 * parameter would otherwise produce wrong signatures, and a wrong CRT
 * signature leaks a prime factor.
 */
function consistent({ n, e, d, p, q, dp, dq, qi }: Record<string, bigint>): boolean {
  return !!(p && q && n && e && d && dp && dq && qi) && p > 1n && q > 1n && p * q === n && dp === d % (p - 1n) && dq === d % (q - 1n) && (e * dp) % (p - 1n) === 1n && (e * dq) % (q - 1n) === 1n && (qi * q) % p === 1n;
}

/**
 * A handle: the parameters behind getters (nothing to log or serialise) and
 * WebCrypto keys imported from the JWK on first use; a refusal becomes a
 * KeyFormatError and is retried on the next call.
 */
class KeyHandle {
  readonly kind: 'rsa-private' | 'rsa-public';
  readonly bits: number;
  readonly subtle: SubtleCrypto;
  readonly #jwk: JsonWebKey;
  readonly #params: Record<string, bigint>;

  constructor(jwk: JsonWebKey, params: Record<string, bigint>, subtle: SubtleCrypto) {
    this.#jwk = jwk;
    this.#params = params;
    this.kind = jwk.d ? 'rsa-private' : 'rsa-public';
    this.bits = params.n!.toString(2).length;
    this.subtle = subtle;
    const lazy = (name: string, hash: string, usage: KeyUsage) => {
      let pending: Promise<CryptoKey> | undefined;
      return () =>
        (pending ??= subtle.importKey('jwk', jwk, { name, hash }, false, [usage]).catch((error: unknown) => {
          pending = undefined;
          fail(jwk.d ? 'privateKey' : 'publicKey', `a key that WebCrypto refused for ${name}/${hash} (${error instanceof Error ? error.name : typeof error})`);
        }));
    };
    const methods = jwk.d
      ? { signingKey: lazy('RSASSA-PKCS1-v1_5', 'SHA-256', 'sign'), decryptionKey: lazy('RSA-OAEP', 'SHA-1', 'decrypt') }
      : { verificationKey: lazy('RSASSA-PKCS1-v1_5', 'SHA-256', 'verify'), encryptionKey: lazy('RSA-OAEP', 'SHA-1', 'encrypt') };
    for (const [m, value] of Object.entries(methods)) Object.defineProperty(this, m, { value });
    for (const [k, value] of Object.entries(params)) Object.defineProperty(this, k, { get: () => value });
    // Every caller passing the same text gets this one handle (_key-cache.ts): no caller may change it for the others.
    Object.freeze(this);
  }

  /** Same key (already checked) for use with another SubtleCrypto. */
  withSubtle(subtle: SubtleCrypto): KeyHandle {
    return new KeyHandle(this.#jwk, this.#params, subtle);
  }
}

/** A handle for a JWK from WebCrypto, after the size, exponent and CRT checks. */
function handle(exported: JsonWebKey, subtle: SubtleCrypto): KeyHandle {
  const role: Role = exported.d ? 'privateKey' : 'publicKey';
  // Only the RSA fields: an exported JWK's alg and key_ops would stop its import for RSA-OAEP.
  const jwk: JsonWebKey = { kty: 'RSA' };
  const params: Record<string, bigint> = {};
  for (const k of exported.d ? JWK_FIELDS : JWK_FIELDS.slice(0, 2)) params[k] = big((jwk[k] = exported[k]));
  const { n, e } = params as { n: bigint; e: bigint };
  const bits = n.toString(2).length;
  if (bits < MIN_BITS || bits > MAX_BITS)
    fail(role, `a ${bits}-bit RSA key`, `need a modulus of ${MIN_BITS} to ${MAX_BITS} bits (LianLian uses 1024, 2048 or 4096, signature.md)`);
  if (e < 3n || e % 2n === 0n || e >= n) fail(role, 'an RSA key with an invalid public exponent');
  if (exported.d && !consistent(params)) fail(role, 'an RSA private key whose parameters are inconsistent (damaged or hand-edited)');
  return new KeyHandle(jwk, params, subtle);
}

/** Returns a handle as is (or re-bound to `subtle`), or imports text for `role`. */
async function importKey(input: unknown, subtle: SubtleCrypto | undefined, role: Role): Promise<KeyHandle> {
  const isPrivate = role === 'privateKey';
  if (input instanceof KeyHandle) {
    if ((input.kind === 'rsa-private') !== isPrivate)
      fail(role, isPrivate ? 'a public key handle (RsaPublicKey)' : 'a private key handle (RsaPrivateKey) where a public key is needed');
    return subtle === undefined || subtle === input.subtle ? input : input.withSubtle(subtle);
  }
  if (typeof input === 'object' && input !== null) fail(role, `an object that ${isPrivate ? 'importPrivateKey' : 'importPublicKey'} did not make`);
  const resolved = resolveSubtle(subtle);
  const parse = async () => handle(await jwkOf(input, role, resolved), resolved);
  // Text is parsed once per SubtleCrypto (_key-cache.ts); anything else fails in jwkOf, uncached.
  return typeof input === 'string' ? cachedKey(input, role, resolved, parse) : parse();
}

/**
 * Imports the merchant's RSA private key.
 *
 * Accepts PKCS#8 PEM (`BEGIN PRIVATE KEY`), PKCS#1 PEM (`BEGIN RSA PRIVATE
 * KEY`), or the bare base64 of either, with or without line breaks (the form
 * signature-key-configuration.md tells merchants to save). An existing handle
 * is returned as is, or re-bound when a different `subtle` is passed. Text is
 * parsed once: the same text with the same `subtle` gives the same handle
 * (a few recent texts are kept in memory; a key that fails is not kept).
 * @param input - the key text, or a handle from an earlier import
 * @param subtle - WebCrypto to use for SHA256withRSA and RSA-OAEP; defaults to `globalThis.crypto.subtle`
 * @returns the key handle
 * @throws KeyFormatError for encrypted, non-RSA, public, undersized, damaged or unparseable keys; the message never contains key bytes
 */
export async function importPrivateKey(input: string | RsaPrivateKey, subtle?: SubtleCrypto): Promise<RsaPrivateKey> {
  return (await importKey(input, subtle, 'privateKey')) as unknown as RsaPrivateKey;
}

/**
 * Imports an RSA public key: LianLian's `llpay_public_key.pem`
 * (signature-key-configuration.md), used to verify LianLian's signatures and
 * to wrap pay_load keys.
 *
 * Accepts SPKI PEM (`BEGIN PUBLIC KEY`), PKCS#1 PEM (`BEGIN RSA PUBLIC KEY`),
 * or the bare base64 of either, with or without line breaks. Text is parsed
 * once, as for {@link importPrivateKey}.
 * @param input - the key text, or a handle from an earlier import
 * @param subtle - WebCrypto to use; defaults to `globalThis.crypto.subtle`
 * @returns the key handle
 * @throws KeyFormatError for encrypted, non-RSA, private, undersized or unparseable keys; the message never contains key bytes
 */
export async function importPublicKey(input: string | RsaPublicKey, subtle?: SubtleCrypto): Promise<RsaPublicKey> {
  return (await importKey(input, subtle, 'publicKey')) as unknown as RsaPublicKey;
}
