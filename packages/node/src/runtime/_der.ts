// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The little DER (ITU-T X.690) that RSA key import needs: read the TLVs of
 * PKCS#1, PKCS#8 and SubjectPublicKeyInfo, and write PKCS#8 / SPKI wrappers
 * so WebCrypto can import a PKCS#1 key. LianLian hands out keys made with
 * `openssl genrsa` (signature-key-configuration.md), so nothing beyond
 * single-byte tags and definite lengths is needed.
 */

/** Universal tags used by RSA key structures. */
export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
} as const;

/** Malformed or unsupported DER. The message names offsets only, never content. */
export class DerError extends Error {
  override readonly name = 'DerError';
}

/** One TLV: its tag, where its content starts and where the TLV ends (exclusive), as offsets into the input. */
export interface DerNode {
  readonly tag: number;
  readonly contentStart: number;
  readonly end: number;
}

/**
 * Reads the TLV at `offset`, which must end by `limit`.
 * @param bytes - the DER input
 * @param offset - where the TLV starts
 * @param limit - the end of the enclosing structure (exclusive)
 * @returns the node
 */
export function readNode(bytes: Uint8Array, offset: number, limit: number = bytes.length): DerNode {
  if (offset + 2 > limit) throw new DerError(`DER: truncated header at offset ${offset}`);
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`DER: multi-byte tag at offset ${offset} is not supported`);
  const first = bytes[offset + 1]!;
  let length: number;
  let contentStart: number;
  if (first < 0x80) {
    length = first;
    contentStart = offset + 2;
  } else {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length, which DER forbids; over 4 bytes cannot fit a key.
    if (count === 0 || count > 4) throw new DerError(`DER: unsupported length encoding at offset ${offset}`);
    if (offset + 2 + count > limit) throw new DerError(`DER: truncated length at offset ${offset}`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[offset + 2 + i]!;
    contentStart = offset + 2 + count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError(`DER: value at offset ${offset} runs past the end of its container (truncated data?)`);
  return { tag, contentStart, end };
}

/**
 * Reads the whole input as exactly one TLV (no trailing bytes).
 * @param bytes - the DER input
 * @returns the top-level node
 */
export function readTopLevel(bytes: Uint8Array): DerNode {
  const node = readNode(bytes, 0, bytes.length);
  if (node.end !== bytes.length) throw new DerError(`DER: ${bytes.length - node.end} unexpected bytes after the top-level value`);
  return node;
}

/**
 * Lists the TLVs inside a constructed node.
 * @param bytes - the DER input
 * @param node - a SEQUENCE or other constructed node
 * @returns its children in order
 */
export function childrenOf(bytes: Uint8Array, node: DerNode): DerNode[] {
  if ((node.tag & 0x20) === 0) throw new DerError(`DER: expected a constructed value, got tag 0x${node.tag.toString(16)}`);
  const out: DerNode[] = [];
  for (let at = node.contentStart; at < node.end; ) {
    const child = readNode(bytes, at, node.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

/**
 * The content bytes of a node (a view, not a copy).
 * @param bytes - the DER input
 * @param node - the node
 * @returns its content
 */
export function contentOf(bytes: Uint8Array, node: DerNode): Uint8Array {
  return bytes.subarray(node.contentStart, node.end);
}

/**
 * Reads a non-negative INTEGER.
 * @param bytes - the DER input
 * @param node - an INTEGER node
 * @returns its value
 */
export function readUnsignedInteger(bytes: Uint8Array, node: DerNode): bigint {
  if (node.tag !== TAG.INTEGER) throw new DerError(`DER: expected INTEGER, got tag 0x${node.tag.toString(16)}`);
  const content = contentOf(bytes, node);
  if (content.length === 0) throw new DerError('DER: empty INTEGER');
  if ((content[0]! & 0x80) !== 0) throw new DerError('DER: negative INTEGER where a key parameter was expected');
  return bigIntFromBytes(content);
}

/**
 * Reads an OBJECT IDENTIFIER as dotted text, e.g. `1.2.840.113549.1.1.1`.
 * @param bytes - the DER input
 * @param node - an OID node
 * @returns the dotted OID
 */
export function readOid(bytes: Uint8Array, node: DerNode): string {
  if (node.tag !== TAG.OID) throw new DerError(`DER: expected OBJECT IDENTIFIER, got tag 0x${node.tag.toString(16)}`);
  const content = contentOf(bytes, node);
  if (content.length === 0 || (content[content.length - 1]! & 0x80) !== 0) throw new DerError('DER: malformed OBJECT IDENTIFIER');
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        arcs.push(first, value - first * 40);
      } else {
        arcs.push(value);
      }
      value = 0;
    }
  }
  return arcs.join('.');
}

/**
 * Encodes one TLV with a definite, minimal length.
 * @param tag - single-byte tag
 * @param parts - content, concatenated
 * @returns the TLV bytes
 */
export function encodeTlv(tag: number, ...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const length = parts.reduce((sum, p) => sum + p.length, 0);
  const header: number[] = [tag];
  if (length < 0x80) {
    header.push(length);
  } else {
    const lengthBytes: number[] = [];
    for (let l = length; l > 0; l = Math.floor(l / 256)) lengthBytes.unshift(l % 256);
    header.push(0x80 | lengthBytes.length, ...lengthBytes);
  }
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let at = header.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Encodes a non-negative INTEGER (minimal, with a leading 0 when the top bit is set).
 * @param value - a non-negative integer
 * @returns the TLV bytes
 */
export function encodeUnsignedInteger(value: bigint): Uint8Array<ArrayBuffer> {
  if (value < 0n) throw new DerError('DER: cannot encode a negative key parameter');
  if (value === 0n) return encodeTlv(TAG.INTEGER, new Uint8Array([0]));
  const magnitude = bigIntToBytes(value, byteLength(value));
  const needsZero = (magnitude[0]! & 0x80) !== 0;
  return needsZero ? encodeTlv(TAG.INTEGER, new Uint8Array([0]), magnitude) : encodeTlv(TAG.INTEGER, magnitude);
}

/**
 * Big-endian unsigned bytes → BigInt (RFC 8017 OS2IP).
 * @param bytes - big-endian magnitude
 * @returns the integer
 */
export function bigIntFromBytes(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  let hex = '';
  for (const b of bytes) hex += b < 16 ? '0' + b.toString(16) : b.toString(16);
  return BigInt('0x' + hex);
}

/**
 * BigInt → big-endian bytes of exactly `length` (RFC 8017 I2OSP).
 * @param value - a non-negative integer below 256^length
 * @param length - output size in bytes
 * @returns the bytes
 */
export function bigIntToBytes(value: bigint, length: number): Uint8Array<ArrayBuffer> {
  if (value === 0n) return new Uint8Array(length);
  const hex = value.toString(16);
  if (value < 0n || hex.length > length * 2) throw new RangeError(`integer does not fit in ${length} bytes`);
  const padded = hex.padStart(length * 2, '0');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(padded.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Bytes needed for a non-negative integer's magnitude (0 for 0).
 * @param value - a non-negative integer
 * @returns its length in bytes
 */
export function byteLength(value: bigint): number {
  return value === 0n ? 0 : Math.ceil(value.toString(16).length / 2);
}
