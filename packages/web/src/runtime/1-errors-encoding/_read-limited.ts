// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Reads a body within a byte limit: the one bounded reader behind notification
 * bodies (notification.ts) and LianLian's answers (transport.ts).
 * @module
 */

/**
 * The stream's bytes, or `undefined` once more than `limit` have arrived (the
 * stream is then cancelled, not awaited: some streams settle a cancel only once
 * the sender stops). With a `signal`, each read is raced against it, so a body
 * that trickles or stalls ends when the signal fires even where a runtime does
 * not abort pending reads itself.
 * @internal
 */
export async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number, signal?: AbortSignal): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  // The caller's signal is its own (a fresh timeout, or one combined from it), so the listener goes with it.
  const aborted =
    signal &&
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  aborted?.catch(() => {});
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await (aborted ? Promise.race([reader.read(), aborted]) : reader.read());
      if (done) break;
      if ((size += value.byteLength) > limit) {
        reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel(err).catch(() => {});
    throw err;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
