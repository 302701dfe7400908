/**
 * The key-value store under the sandbox state (state.ts, sms.ts). Values are
 * JSON text (BigInt money kept exact as `{"$bigint":"…"}`), so the
 * in-memory store and the on-disk one (lmdb-store.ts) hold the very same
 * bytes and a record reads back exactly as it was written.
 *
 * Keys are `kind␟id…` (U+001F between parts). Every id but the last is
 * digits (`oid_partner`) or a fixed word, so a prefix such as `o␟201304121000001004␟`
 * names exactly one merchant's orders.
 */

/** Separator between key parts. Request fields are checked text, and an `oid_partner` is digits, so it never collides. */
export const SEP = '\u001f';

/** What the state needs from a store: point reads, prefix scans and atomic batches. */
export interface KvStore {
  /** The value of `key`, or `undefined`. */
  get(key: string): string | undefined;
  /** Every entry whose key starts with `prefix` (which ends with {@link SEP}). */
  entries(prefix: string): Iterable<readonly [string, string]>;
  /** Applies the batch at once (a string puts, `undefined` removes); durable when it returns. */
  write(batch: ReadonlyMap<string, string | undefined>): void;
  close(): Promise<void>;
}

/** The store of a sandbox without `dataDir`: a Map, gone with the process. */
export class MemoryStore implements KvStore {
  readonly #map = new Map<string, string>();

  get(key: string): string | undefined {
    return this.#map.get(key);
  }

  *entries(prefix: string): Iterable<readonly [string, string]> {
    for (const entry of [...this.#map]) if (entry[0].startsWith(prefix)) yield entry;
  }

  write(batch: ReadonlyMap<string, string | undefined>): void {
    for (const [key, value] of batch) value === undefined ? this.#map.delete(key) : this.#map.set(key, value);
  }

  async close(): Promise<void> {}
}

/** JSON text of a record; BigInts become `{"$bigint":"123"}`. */
export function encode(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? { $bigint: v.toString() } : v));
}

/** The record {@link encode} wrote. */
export function decode<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { $bigint?: unknown }).$bigint === 'string'
      ? BigInt((v as { $bigint: string }).$bigint)
      : v,
  ) as T;
}

/** The key of parts joined by {@link SEP}. */
export function storeKey(...parts: string[]): string {
  return parts.join(SEP);
}
