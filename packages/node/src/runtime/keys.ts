// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * RSA key import for signing (signature.md) and pay_load encryption.
 *
 * LianLian's dashboard hands out keys as bare base64 with header, footer and
 * line breaks removed, and merchants make their own with `openssl genrsa`
 * (signature-key-configuration.md), so PEM (PKCS#8, PKCS#1, SPKI) and bare
 * base64 of the same DER are all accepted. The format is read from the DER,
 * not the PEM label. Keys are rebuilt as canonical PKCS#8 / SPKI DER so that
 * every WebCrypto implementation can import them.
 */
import {
  DerError,
  TAG,
  childrenOf,
  contentOf,
  encodeTlv,
  encodeUnsignedInteger,
  readNode,
  readOid,
  readTopLevel,
  readUnsignedInteger,
} from './_der.ts';
import type { DerNode } from './_der.ts';
import type { RsaPrivateParams } from './_rsa-md5.ts';
import { base64Decode } from './_base64.ts';
import { KeyFormatError } from './errors/key-format-error.ts';

/**
 * An imported RSA private key: an opaque handle from {@link importPrivateKey}.
 * Holds the PKCS#1 CRT parameters for the BigInt MD5withRSA path and creates
 * WebCrypto keys (from the `subtle` it was imported with) on first use.
 * The parameters live in private fields behind getters, so logging or
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

const NEED_PRIVATE = 'need an RSA private key in PKCS#8 or PKCS#1 PEM, or bare base64 of either';
const NEED_PUBLIC = 'need an RSA public key in SPKI ("BEGIN PUBLIC KEY") or PKCS#1 ("BEGIN RSA PUBLIC KEY") PEM, or bare base64 of either';

/** signature.md: LianLian uses 1024, 2048 or 4096-bit keys; anything smaller is factorable. The cap only bounds work on hostile input. */
const MIN_BITS = 1024;
const MAX_BITS = 16384;

const OID_RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const OID_NAMES: Record<string, string> = {
  '1.2.840.113549.1.1.10': 'an RSA-PSS key',
  '1.2.840.10045.2.1': 'an EC key',
  '1.2.840.10040.4.1': 'a DSA key',
  '1.2.840.113549.1.3.1': 'a DH key',
  '1.3.101.110': 'an X25519 key',
  '1.3.101.111': 'an X448 key',
  '1.3.101.112': 'an Ed25519 key',
  '1.3.101.113': 'an Ed448 key',
};

/** AlgorithmIdentifier{ rsaEncryption, NULL } (RFC 8017 A.1), the only one WebCrypto's RSA algorithms import. */
const RSA_ALGORITHM_IDENTIFIER = Uint8Array.of(
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
);

type Role = 'privateKey' | 'publicKey';

/** What a piece of DER turned out to be. */
type Parsed =
  | { readonly kind: 'rsa-private'; readonly params: PrivateParams }
  | { readonly kind: 'rsa-public'; readonly n: bigint; readonly e: bigint; readonly form: string }
  | { readonly kind: 'other'; readonly what: string };

/** Key parameters without the bit length, which is derived from n. */
type PrivateParams = Omit<RsaPrivateParams, 'bits'>;

/** Throws "<role>: got <what was given>; <what is needed>". `got` must never include key bytes. */
function fail(role: Role, got: string, need: string = role === 'privateKey' ? NEED_PRIVATE : NEED_PUBLIC): never {
  throw new KeyFormatError(`${role}: got ${got}; ${need}`);
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

function describeOid(oid: string): string {
  const shown = oid.length > 64 ? `${oid.slice(0, 64)}…` : oid;
  return `${OID_NAMES[oid] ?? 'a non-RSA key'} (OID ${shown})`;
}

/** The OID inside an AlgorithmIdentifier SEQUENCE. */
function algorithmOid(der: Uint8Array, algorithm: DerNode): string {
  const first = childrenOf(der, algorithm)[0];
  if (first === undefined) throw new DerError('DER: empty AlgorithmIdentifier');
  return readOid(der, first);
}

/** PKCS#1 RSAPrivateKey (RFC 8017 A.1.2) or RSAPublicKey (A.1.1), given the top SEQUENCE's children. */
function parsePkcs1(der: Uint8Array, kids: DerNode[]): Parsed {
  if (kids.length === 2) {
    return { kind: 'rsa-public', n: readUnsignedInteger(der, kids[0]!), e: readUnsignedInteger(der, kids[1]!), form: 'PKCS#1' };
  }
  if (kids.length < 9) throw new DerError('DER: RSAPrivateKey has too few fields');
  const version = readUnsignedInteger(der, kids[0]!);
  if (version !== 0n || kids.length !== 9) return { kind: 'other', what: 'a multi-prime RSA private key (PKCS#1 version 1)' };
  const [n, e, d, p, q, dp, dq, qi] = kids.slice(1).map((k) => readUnsignedInteger(der, k)) as [
    bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint,
  ];
  return { kind: 'rsa-private', params: { n, e, d, p, q, dp, dq, qi } };
}

/** Works out what a DER key structure is: PKCS#1, PKCS#8, SPKI, or something else named for the error message. */
function parseKeyDer(der: Uint8Array): Parsed {
  const top = readTopLevel(der);
  if (top.tag !== TAG.SEQUENCE) throw new DerError('DER: the top-level value is not a SEQUENCE');
  const kids = childrenOf(der, top);
  const [a, b, c] = kids;
  if (a === undefined || b === undefined) throw new DerError('DER: the top-level SEQUENCE has too few fields');

  if (a.tag === TAG.INTEGER && b.tag === TAG.INTEGER) return parsePkcs1(der, kids);

  // PKCS#8 PrivateKeyInfo (RFC 5208 §5): version, AlgorithmIdentifier, OCTET STRING privateKey, [attributes].
  if (a.tag === TAG.INTEGER && b.tag === TAG.SEQUENCE && c?.tag === TAG.OCTET_STRING) {
    const oid = algorithmOid(der, b);
    if (oid !== OID_RSA_ENCRYPTION) return { kind: 'other', what: describeOid(oid) };
    const inner = contentOf(der, c);
    const innerTop = readTopLevel(inner);
    if (innerTop.tag !== TAG.SEQUENCE) throw new DerError('DER: PKCS#8 privateKey is not an RSAPrivateKey SEQUENCE');
    const parsed = parsePkcs1(inner, childrenOf(inner, innerTop));
    if (parsed.kind === 'rsa-public') throw new DerError('DER: PKCS#8 privateKey holds a public key');
    return parsed;
  }

  // SEC1 ECPrivateKey (RFC 5915): version 1, OCTET STRING privateKey, ...
  if (a.tag === TAG.INTEGER && b.tag === TAG.OCTET_STRING) return { kind: 'other', what: 'an EC private key (SEC1)' };

  if (a.tag === TAG.SEQUENCE && kids.length === 2) {
    const oid = algorithmOid(der, a);
    // SubjectPublicKeyInfo (RFC 5280 §4.1): AlgorithmIdentifier, BIT STRING.
    if (b.tag === TAG.BIT_STRING) {
      if (oid !== OID_RSA_ENCRYPTION) return { kind: 'other', what: describeOid(oid) };
      const bits = contentOf(der, b);
      if (bits[0] !== 0) throw new DerError('DER: SPKI BIT STRING has unused bits');
      const inner = bits.subarray(1);
      const innerTop = readNode(inner, 0);
      if (innerTop.end !== inner.length || innerTop.tag !== TAG.SEQUENCE) throw new DerError('DER: SPKI does not hold an RSAPublicKey');
      const innerKids = childrenOf(inner, innerTop);
      if (innerKids.length !== 2) throw new DerError('DER: RSAPublicKey must have two fields');
      const parsed = parsePkcs1(inner, innerKids);
      if (parsed.kind !== 'rsa-public') throw new DerError('DER: SPKI does not hold an RSAPublicKey');
      return { ...parsed, form: 'SPKI' };
    }
    // EncryptedPrivateKeyInfo (RFC 5208 §6): AlgorithmIdentifier (PBES2, ...), OCTET STRING.
    if (b.tag === TAG.OCTET_STRING) {
      return { kind: 'other', what: 'an encrypted private key (EncryptedPrivateKeyInfo); decrypt it first with `openssl pkey -in key.pem -out plain.pem`' };
    }
  }

  // Certificate (RFC 5280 §4.1): tbsCertificate, signatureAlgorithm, signatureValue.
  if (a.tag === TAG.SEQUENCE && b.tag === TAG.SEQUENCE && c?.tag === TAG.BIT_STRING && kids.length === 3) {
    return { kind: 'other', what: 'an X.509 certificate' };
  }
  return { kind: 'other', what: 'a DER structure that is not a known key format' };
}

/** PEM labels whose content is read as a key; the DER decides which kind. */
const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'PUBLIC KEY', 'RSA PUBLIC KEY']);

/**
 * Turns PEM or bare base64 into DER. Escaped `\n` (as left by `.env` files
 * and JSON config) counts as a line break: base64 never contains a backslash.
 */
function textToDer(input: string, role: Role): Uint8Array {
  const text = input.replace(/\\r|\\n/g, '\n').trim();
  if (text === '') fail(role, 'an empty string');
  let body = text;
  if (text.includes('-----BEGIN')) {
    const match = /-----BEGIN ([A-Z0-9 ]{1,64})-----([\s\S]*?)-----END ([A-Z0-9 ]{1,64})-----/.exec(text);
    if (match === null || match[1] !== match[3]) fail(role, 'PEM text without a matching END line (truncated or mangled)');
    const label = match[1]!;
    if (label === 'ENCRYPTED PRIVATE KEY') {
      fail(role, 'an encrypted PEM ("ENCRYPTED PRIVATE KEY"); decrypt it first with `openssl pkey -in key.pem -out plain.pem`');
    }
    if (!KEY_LABELS.has(label)) fail(role, `a PEM "${label}" block`);
    // RFC 1421 headers (Proc-Type, DEK-Info) precede the base64 in legacy encrypted PEM.
    const lines = match[2]!.split(/\r?\n/);
    if (lines.some((l) => /^Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(l.trim()))) {
      fail(role, `an encrypted PEM ("${label}" with Proc-Type: 4,ENCRYPTED); decrypt it first with \`openssl rsa -in key.pem -out plain.pem\``);
    }
    body = lines.filter((l) => !l.includes(':')).join('\n');
  }
  try {
    return base64Decode(body);
  } catch (error) {
    fail(role, `text that is not valid base64 (${(error as Error).message})`);
  }
}

function parseInput(input: unknown, role: Role): Parsed {
  if (typeof input !== 'string') fail(role, input === null ? 'null' : `a value of type ${typeof input}`);
  const der = textToDer(input, role);
  try {
    return parseKeyDer(der);
  } catch (error) {
    if (error instanceof DerError) fail(role, `base64 whose bytes are not a valid key structure (${error.message})`);
    throw error;
  }
}

function checkModulus(role: Role, n: bigint, e: bigint): number {
  const bits = bitLength(n);
  if (bits < MIN_BITS || bits > MAX_BITS) {
    fail(role, `a ${bits}-bit RSA key`, `need a modulus of ${MIN_BITS} to ${MAX_BITS} bits (LianLian uses 1024, 2048 or 4096, signature.md)`);
  }
  if (e < 3n || e % 2n === 0n || e >= n) fail(role, 'an RSA key with an invalid public exponent');
  return bits;
}

function resolveSubtle(subtle: SubtleCrypto | undefined): SubtleCrypto {
  const resolved = subtle ?? globalThis.crypto?.subtle;
  if (resolved === undefined) throw new TypeError('No WebCrypto: globalThis.crypto.subtle is missing; pass a SubtleCrypto');
  return resolved;
}

/** Imports on first call; a refusal becomes a KeyFormatError and is retried next call. */
function lazyKey(role: Role, purpose: string, load: () => Promise<CryptoKey>): () => Promise<CryptoKey> {
  let pending: Promise<CryptoKey> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      // Only the error's name: WebCrypto messages are not ours to vouch for.
      const name = error instanceof Error ? error.name : typeof error;
      fail(role, `a key that WebCrypto refused for ${purpose} (${name})`);
    }));
}

class PrivateKeyHandle implements RsaPrivateKey {
  readonly kind = 'rsa-private' as const;
  readonly #params: PrivateParams;
  readonly #bits: number;
  readonly #subtle: SubtleCrypto;
  readonly signingKey: () => Promise<CryptoKey>;
  readonly decryptionKey: () => Promise<CryptoKey>;

  constructor(params: PrivateParams, bits: number, subtle: SubtleCrypto) {
    this.#params = params;
    this.#bits = bits;
    this.#subtle = subtle;
    const pkcs8 = () => encodePkcs8(params);
    this.signingKey = lazyKey('privateKey', 'RSASSA-PKCS1-v1_5/SHA-256', () =>
      subtle.importKey('pkcs8', pkcs8(), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']),
    );
    this.decryptionKey = lazyKey('privateKey', 'RSA-OAEP/SHA-1', () =>
      subtle.importKey('pkcs8', pkcs8(), { name: 'RSA-OAEP', hash: 'SHA-1' }, false, ['decrypt']),
    );
  }

  get bits(): number { return this.#bits; }
  get n(): bigint { return this.#params.n; }
  get e(): bigint { return this.#params.e; }
  get d(): bigint { return this.#params.d; }
  get p(): bigint { return this.#params.p; }
  get q(): bigint { return this.#params.q; }
  get dp(): bigint { return this.#params.dp; }
  get dq(): bigint { return this.#params.dq; }
  get qi(): bigint { return this.#params.qi; }
  get subtle(): SubtleCrypto { return this.#subtle; }
  /** Same key for use with another SubtleCrypto. */
  withSubtle(subtle: SubtleCrypto): PrivateKeyHandle {
    return new PrivateKeyHandle(this.#params, this.#bits, subtle);
  }
}

class PublicKeyHandle implements RsaPublicKey {
  readonly kind = 'rsa-public' as const;
  readonly #n: bigint;
  readonly #e: bigint;
  readonly #bits: number;
  readonly #subtle: SubtleCrypto;
  readonly verificationKey: () => Promise<CryptoKey>;
  readonly encryptionKey: () => Promise<CryptoKey>;

  constructor(n: bigint, e: bigint, bits: number, subtle: SubtleCrypto) {
    this.#n = n;
    this.#e = e;
    this.#bits = bits;
    this.#subtle = subtle;
    const spki = () => encodeSpki(n, e);
    this.verificationKey = lazyKey('publicKey', 'RSASSA-PKCS1-v1_5/SHA-256', () =>
      subtle.importKey('spki', spki(), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']),
    );
    this.encryptionKey = lazyKey('publicKey', 'RSA-OAEP/SHA-1', () =>
      subtle.importKey('spki', spki(), { name: 'RSA-OAEP', hash: 'SHA-1' }, false, ['encrypt']),
    );
  }

  get bits(): number { return this.#bits; }
  get n(): bigint { return this.#n; }
  get e(): bigint { return this.#e; }
  get subtle(): SubtleCrypto { return this.#subtle; }
  /** Same key for use with another SubtleCrypto. */
  withSubtle(subtle: SubtleCrypto): PublicKeyHandle {
    return new PublicKeyHandle(this.#n, this.#e, this.#bits, subtle);
  }
}

/** Canonical PKCS#8 PrivateKeyInfo{ 0, rsaEncryption, RSAPrivateKey } (RFC 5208, RFC 8017 A.1.2). */
function encodePkcs8(k: PrivateParams): Uint8Array<ArrayBuffer> {
  const pkcs1 = encodeTlv(
    TAG.SEQUENCE,
    ...[0n, k.n, k.e, k.d, k.p, k.q, k.dp, k.dq, k.qi].map(encodeUnsignedInteger),
  );
  return encodeTlv(TAG.SEQUENCE, encodeUnsignedInteger(0n), RSA_ALGORITHM_IDENTIFIER, encodeTlv(TAG.OCTET_STRING, pkcs1));
}

/** Canonical SubjectPublicKeyInfo{ rsaEncryption, BIT STRING RSAPublicKey } (RFC 5280, RFC 8017 A.1.1). */
function encodeSpki(n: bigint, e: bigint): Uint8Array<ArrayBuffer> {
  const pkcs1 = encodeTlv(TAG.SEQUENCE, encodeUnsignedInteger(n), encodeUnsignedInteger(e));
  return encodeTlv(TAG.SEQUENCE, RSA_ALGORITHM_IDENTIFIER, encodeTlv(TAG.BIT_STRING, new Uint8Array([0]), pkcs1));
}

/**
 * Cheap consistency checks (no exponentiation): a key with a damaged
 * parameter would otherwise produce wrong signatures, and a wrong CRT
 * signature leaks a prime factor.
 */
function checkPrivateParams(k: PrivateParams): void {
  const ok =
    k.p > 1n &&
    k.q > 1n &&
    k.p * k.q === k.n &&
    k.dp === k.d % (k.p - 1n) &&
    k.dq === k.d % (k.q - 1n) &&
    (k.e * k.dp) % (k.p - 1n) === 1n &&
    (k.e * k.dq) % (k.q - 1n) === 1n &&
    (k.qi * k.q) % k.p === 1n;
  if (!ok) fail('privateKey', 'an RSA private key whose parameters are inconsistent (damaged or hand-edited)');
}

/**
 * Imports the merchant's RSA private key.
 *
 * Accepts PKCS#8 PEM (`BEGIN PRIVATE KEY`), PKCS#1 PEM (`BEGIN RSA PRIVATE
 * KEY`), or the bare base64 of either, with or without line breaks (the form
 * signature-key-configuration.md tells merchants to save). An existing handle
 * is returned as is, or re-bound when a different `subtle` is passed.
 * @param input - the key text, or a handle from an earlier import
 * @param subtle - WebCrypto to use for SHA256withRSA and RSA-OAEP; defaults to `globalThis.crypto.subtle`
 * @returns the key handle
 * @throws KeyFormatError for encrypted, non-RSA, public, undersized, damaged or unparseable keys; the message never contains key bytes
 */
export async function importPrivateKey(input: string | RsaPrivateKey, subtle?: SubtleCrypto): Promise<RsaPrivateKey> {
  if (input instanceof PrivateKeyHandle) {
    return subtle === undefined || subtle === input.subtle ? input : input.withSubtle(subtle);
  }
  if (input instanceof PublicKeyHandle) fail('privateKey', 'a public key handle (RsaPublicKey)');
  if (typeof input === 'object' && input !== null) fail('privateKey', 'an object that importPrivateKey did not make');
  const parsed = parseInput(input, 'privateKey');
  if (parsed.kind === 'rsa-public') fail('privateKey', `an RSA public key (${parsed.form}) where a private key is needed`);
  if (parsed.kind === 'other') fail('privateKey', parsed.what);
  const bits = checkModulus('privateKey', parsed.params.n, parsed.params.e);
  checkPrivateParams(parsed.params);
  return new PrivateKeyHandle(parsed.params, bits, resolveSubtle(subtle));
}

/**
 * Imports an RSA public key: LianLian's `llpay_public_key.pem`
 * (signature-key-configuration.md), used to verify LianLian's signatures and
 * to wrap pay_load keys.
 *
 * Accepts SPKI PEM (`BEGIN PUBLIC KEY`), PKCS#1 PEM (`BEGIN RSA PUBLIC KEY`),
 * or the bare base64 of either, with or without line breaks.
 * @param input - the key text, or a handle from an earlier import
 * @param subtle - WebCrypto to use; defaults to `globalThis.crypto.subtle`
 * @returns the key handle
 * @throws KeyFormatError for encrypted, non-RSA, private, undersized or unparseable keys; the message never contains key bytes
 */
export async function importPublicKey(input: string | RsaPublicKey, subtle?: SubtleCrypto): Promise<RsaPublicKey> {
  if (input instanceof PublicKeyHandle) {
    return subtle === undefined || subtle === input.subtle ? input : input.withSubtle(subtle);
  }
  if (input instanceof PrivateKeyHandle) fail('publicKey', 'a private key handle (RsaPrivateKey) where a public key is needed');
  if (typeof input === 'object' && input !== null) fail('publicKey', 'an object that importPublicKey did not make');
  const parsed = parseInput(input, 'publicKey');
  if (parsed.kind === 'rsa-private') fail('publicKey', 'an RSA private key where a public key is needed (never hand out or configure the private key here)');
  if (parsed.kind === 'other') fail('publicKey', parsed.what);
  const bits = checkModulus('publicKey', parsed.n, parsed.e);
  return new PublicKeyHandle(parsed.n, parsed.e, bits, resolveSubtle(subtle));
}
