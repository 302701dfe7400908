// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Parsed keys by their text, so that `sign(params, pemText)` and the other
 * functions taking key text parse a key once instead of on every call
 * (issue 13: 7.5 ms per MD5withRSA-2048 sign from text against 4.8 ms from a handle).
 *
 * In memory only; nothing here is logged, serialised or exported from the package.
 *
 * Keyed by the text itself, not by a SHA-256 of it. A hash would keep no
 * reference to the caller's string, but the cached handle already holds the
 * same key in other forms (JWK fields, BigInts), so hashing would hide nothing
 * while the entry lives; and WebCrypto's digest is async, 15–25 µs per call
 * for a 2048-bit PEM in Node 20 (10–20 % of a node:crypto 1024-bit sign),
 * paid on every call, hit or miss. The text is no extra copy: the Map holds
 * the caller's own string. What it costs is lifetime: a text (in V8, with any
 * larger string it was sliced from) stays reachable until its entry is evicted,
 * at most {@link KEY_CACHE_SIZE} newer texts of the same kind later.
 * @internal
 * @module
 */

/** Entries per key kind and per SubtleCrypto: a process normally has one or two of each, a key rotation a few more. */
export const KEY_CACHE_SIZE = 16;

type Kind = 'privateKey' | 'publicKey';

/**
 * Per SubtleCrypto, because a handle makes its CryptoKeys with the SubtleCrypto
 * it was imported with; a WeakMap, so a dropped SubtleCrypto takes its keys with it.
 */
const caches = new WeakMap<SubtleCrypto, Record<Kind, Map<string, Promise<object>>>>();

/**
 * The parse of `text` for `kind` with `subtle`: an earlier one still cached,
 * or `parse()`'s, cached as a promise so that concurrent first calls share it.
 * A rejected parse is dropped, so the next call parses again (and fails the
 * same way for a bad key, or succeeds after a passing fault).
 * @param parse - must report every failure as a rejection (an async function), never a throw
 * @internal
 */
export function cachedKey<K extends object>(text: string, kind: Kind, subtle: SubtleCrypto, parse: () => Promise<K>): Promise<K> {
  let perSubtle = caches.get(subtle);
  if (!perSubtle) caches.set(subtle, (perSubtle = { privateKey: new Map(), publicKey: new Map() }));
  const cache = perSubtle[kind];
  const hit = cache.get(text) as Promise<K> | undefined;
  if (hit) {
    // A Map iterates in insertion order: re-inserting makes this the most recently used.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const pending = parse();
  cache.set(text, pending);
  if (cache.size > KEY_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  // Only this entry, and only if it is still this parse: it may have been evicted and parsed again since.
  pending.catch(() => {
    if (cache.get(text) === pending) cache.delete(text);
  });
  return pending;
}
