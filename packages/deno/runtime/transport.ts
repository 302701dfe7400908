// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { TransportError } from './errors/transport-error.ts';

/**
 * Default cap on an answer's size, counted after fetch has decompressed it.
 * LianLian's largest answers (bound-card lists, transaction queries) are a few
 * KB; 1 MiB leaves two orders of magnitude of headroom while a gzip bomb or a
 * misrouted download stops long before it can exhaust a Worker's 128 MB.
 * @internal
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 1_048_576;

export interface TransportOptions {
  readonly timeout: number;
  /** Largest answer accepted, in decoded bytes. Default {@link DEFAULT_MAX_RESPONSE_BYTES}. */
  readonly maxResponseBytes?: number;
  readonly fetch?: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

/**
 * POSTs a JSON body and returns the parsed JSON answer. No retries: a payment
 * request must not be sent twice behind the caller's back. No redirects either:
 * following one would re-POST the signed body to a host it was not meant for
 * (307/308) or turn it into a GET (301/302). Every failure becomes a
 * TransportError naming the operation; neither the body nor the answer's text
 * ever appears in it.
 *
 * Plain `fetch` rather than ky: with retries off, what ky would add here is a
 * timeout, which `AbortSignal.timeout` gives, while ky alone is ~4 KB min+gzip
 * of the 10 KB Worker budget (BENCHMARKS.md).
 * @internal
 */
export async function postJson(operation: string, url: string, body: string, options: TransportOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeout);
  const signal = options.signal ? anySignal(options.signal, timeout) : timeout;
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  let response: Response;
  let text: string | undefined;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json;charset=utf-8', accept: 'application/json' },
      redirect: 'manual',
      signal,
    });
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      const status = response.status;
      // Below 400 and not ok: a 3xx, or the status-0 `opaqueredirect` browsers make of a manual redirect.
      throw new TransportError(operation, status < 400 ? `${url} answered with a redirect (HTTP ${status}), which is refused` : `HTTP ${status} from ${url}`, { status });
    }
    text = await readAtMost(response, limit, signal);
  } catch (err) {
    if (err instanceof TransportError) throw err;
    if (timeout.aborted && !options.signal?.aborted)
      throw new TransportError(operation, `no answer from ${url} within ${options.timeout} ms`, { cause: err });
    throw new TransportError(operation, `request to ${url} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  if (text === undefined) throw new TransportError(operation, `answer from ${url} exceeded ${limit} bytes`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // No `cause`: engines quote the start of the text in JSON.parse's message, and the answer may carry personal data.
    const type = response.headers.get('content-type')?.match(/^[\w/.+-]+/)?.[0] ?? 'no content-type';
    throw new TransportError(operation, `answer from ${url} is not JSON (${type}, ${new TextEncoder().encode(text).length} bytes)`);
  }
}

/**
 * The body as text, or `undefined` (and the stream cancelled) once more than
 * `limit` bytes have arrived, counted after fetch has decompressed them. Each
 * read is raced against `signal`, so a body that trickles or stalls ends with
 * the timeout even where a runtime does not abort pending reads itself.
 */
async function readAtMost(response: Response, limit: number, signal: AbortSignal): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  // `signal` is this call's own (a fresh timeout, or `anySignal` of it), so its listener goes with it.
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => {});
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) return text + decoder.decode();
      if ((size += value.byteLength) > limit) {
        reader.cancel().catch(() => {});
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (err) {
    reader.cancel(err).catch(() => {});
    throw err;
  }
}

/** `AbortSignal.any`, which Vercel's edge-runtime lacks. */
function anySignal(...signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
