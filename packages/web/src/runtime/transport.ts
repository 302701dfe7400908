// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { TransportError } from './errors/transport-error.ts';

export interface TransportOptions {
  readonly timeout: number;
  readonly fetch?: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

/**
 * POSTs a JSON body and returns the parsed JSON answer. No retries: a payment
 * request must not be sent twice behind the caller's back. Every failure becomes
 * a TransportError naming the operation; the body never appears in it.
 *
 * Plain `fetch` rather than ky: with retries off, what ky would add here is a
 * timeout, which `AbortSignal.timeout` gives, while ky alone is ~4 KB min+gzip
 * of the 10 KB Worker budget (BENCHMARKS.md).
 * @internal
 */
export async function postJson(operation: string, url: string, body: string, options: TransportOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeout);
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json;charset=utf-8', accept: 'application/json' },
      signal: options.signal ? anySignal(options.signal, timeout) : timeout,
    });
    text = await response.text();
  } catch (err) {
    if (timeout.aborted && !options.signal?.aborted)
      throw new TransportError(operation, `no answer from ${url} within ${options.timeout} ms`, { cause: err });
    throw new TransportError(operation, `request to ${url} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  if (!response.ok) throw new TransportError(operation, `HTTP ${response.status} from ${url}`, { status: response.status });
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new TransportError(operation, `answer from ${url} is not JSON`, { cause: err });
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
