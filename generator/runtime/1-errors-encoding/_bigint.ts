/** RFC 8017's integer ↔ octet-string conversions (OS2IP, I2OSP) for the BigInt RSA paths. */

/**
 * Big-endian unsigned bytes → BigInt (RFC 8017 OS2IP).
 * @param bytes - big-endian magnitude
 * @returns the integer
 */
export function bigIntFromBytes(bytes: Uint8Array): bigint {
  let hex = '0x0';
  for (const b of bytes) hex += (b < 16 ? '0' : '') + b.toString(16);
  return BigInt(hex);
}

/**
 * BigInt → big-endian bytes of exactly `length` (RFC 8017 I2OSP).
 * @param value - a non-negative integer below 256^length
 * @param length - output size in bytes
 * @returns the bytes
 */
export function bigIntToBytes(value: bigint, length: number): Uint8Array<ArrayBuffer> {
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
