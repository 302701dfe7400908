// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import ky, { HTTPError, TimeoutError } from 'ky';
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
 * @internal
 */
export async function postJson(operation: string, url: string, body: string, options: TransportOptions): Promise<unknown> {
  let text: string;
  try {
    text = await ky
      .post(url, {
        body,
        headers: { 'content-type': 'application/json;charset=utf-8', accept: 'application/json' },
        timeout: options.timeout,
        retry: 0,
        ...(options.fetch && { fetch: options.fetch }),
        ...(options.signal && { signal: options.signal }),
      })
      .text();
  } catch (err) {
    if (err instanceof HTTPError) throw new TransportError(operation, `HTTP ${err.response.status} from ${url}`, { status: err.response.status, cause: err });
    if (err instanceof TimeoutError) throw new TransportError(operation, `no answer from ${url} within ${options.timeout} ms`, { cause: err });
    throw new TransportError(operation, `request to ${url} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new TransportError(operation, `answer from ${url} is not JSON`, { cause: err });
  }
}
