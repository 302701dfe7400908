import { readAtMost } from '../1-errors-encoding/_read-limited.ts';
import { TransportError } from '../1-errors-encoding/errors/transport-error.ts';

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
    const bytes = await readAtMost(response.body, limit, signal);
    text = bytes && new TextDecoder().decode(bytes);
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
