import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { readAtMost } from '../1-errors-encoding/_read-limited.ts';
import { TransportError } from '../1-errors-encoding/errors/transport-error.ts';
import type { OperationEffect } from '../1-errors-encoding/operation.ts';
import { randomUint32 } from '../1-errors-encoding/random.ts';
import { redactedBody, runHook, type CallHooks } from './hooks.ts';

/**
 * Default cap on an answer's size, counted after fetch has decompressed it.
 * LianLian's largest answers (bound-card lists, transaction queries) are a few
 * KB; 1 MiB leaves two orders of magnitude of headroom while a gzip bomb or a
 * misrouted download stops long before it can exhaust a Worker's 128 MB.
 * @internal
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 1_048_576;

/** Retries of a `read` call unless the config or the call says otherwise. @internal */
export const DEFAULT_RETRY_LIMIT = 2;

/** First retry after ~300 ms, then doubling, never more than this between attempts. */
const BACKOFF_LIMIT_MS = 5_000;

/** Settings of one HTTP call: timeouts, retries, limits and hooks. */
export interface TransportOptions {
  /** Milliseconds to wait for each attempt's answer. */
  readonly timeout: number;
  /** Retries after the first attempt; `write` calls are never retried, whatever this says. */
  readonly retry: number;
  /** Largest answer accepted, in decoded bytes. Default 1 MiB (1,048,576). */
  readonly maxResponseBytes?: number;
  /** The fetch to use instead of the global one. */
  readonly fetch?: typeof globalThis.fetch;
  /** Aborts the call (a TransportError of kind `aborted`). */
  readonly signal?: AbortSignal;
  /** Observers told about each request and its outcome. */
  readonly hooks?: CallHooks;
  /** The fields that were signed, before any pay_load sealing: what `onRequest` sees, redacted. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Filled in as the call goes: how many attempts were sent. */
  readonly stats?: {
    /** Attempts sent so far, the first one included. */
    attempts: number;
  };
}

/**
 * POSTs a JSON body with ky and returns the parsed JSON answer.
 *
 * Retries follow the operation's effect (spec: `effect`). A `read` call is retried
 * on network errors, 429 and 5xx with exponential backoff and jitter, honouring
 * `Retry-After` (never waiting longer than a timeout). A `write` call (payment,
 * refund, bind…) is sent once: after a failure it may have reached LianLian, and
 * the way to know is to query it, not to send it again.
 *
 * No redirects: following one would re-POST the signed body to a host it was not
 * meant for (307/308) or turn it into a GET (301/302). Every failure becomes a
 * TransportError with its `kind` and `mayHaveBeenProcessed`; neither the body nor
 * the answer's text ever appears in it.
 * @internal
 */
export async function postJson(operation: string, effect: OperationEffect, url: string, body: string, options: TransportOptions): Promise<unknown> {
  const { hooks, signal } = options;
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const fail = (message: string, kind: TransportError['kind'], mayHaveBeenProcessed: boolean, extra: { status?: number; cause?: unknown } = {}) =>
    new TransportError(operation, message, { kind, mayHaveBeenProcessed, ...extra });
  if (signal?.aborted) throw fail('aborted before sending', 'aborted', false, { cause: signal.reason });

  let attempt = 0;
  let started = 0;
  const event = (extra: { status?: number; retCode?: string; body?: Readonly<Record<string, unknown>> } = {}) => ({ operation, effect, attempt, durationMs: Date.now() - started, ...extra });
  const retries = effect === 'read' ? options.retry : 0;
  const client: KyInstance = ky.create({
    method: 'post',
    headers: { 'content-type': 'application/json;charset=utf-8', accept: 'application/json' },
    redirect: 'manual',
    timeout: options.timeout,
    fetch: (input, init) => send(input as Request, init),
    retry: {
      limit: retries,
      methods: ['post'],
      statusCodes: [429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: options.timeout,
      backoffLimit: BACKOFF_LIMIT_MS,
      delay: backoffWithJitter,
    },
    hooks: {
      beforeRequest: [
        () => {
          attempt++;
          if (options.stats) options.stats.attempts = attempt;
          started = Date.now();
          runHook(hooks?.onRequest, () => event({ body: redactedBody(options.fields) }));
        },
      ],
      beforeError: [
        (error) => {
          runHook(hooks?.onResponse, () => event({ status: error.response.status }));
          error.response.body?.cancel().catch(() => {});
          return error;
        },
      ],
      beforeRetry: [
        ({ error }) => {
          // ky retries any error that is not an HTTP status or its timeout; an abort must end the call.
          if (signal?.aborted) throw error;
          runHook(hooks?.onRetry, () => ({ ...event(error instanceof HTTPError ? { status: error.response.status } : {}), error: error as Error }));
        },
      ],
    },
  });

  /**
   * ky hands fetch a Request it has cloned for retries. Its body is a stream
   * teed with the clone's, and when fetch fails before reading it (a refused
   * connection) ky's clean-up waits on the clone forever (Node's fetch). So the
   * body goes to fetch as bytes. The caller's signal is joined here, not by ky,
   * which joins signals with AbortSignal.any, missing from edge-runtime.
   */
  async function send(request: Request, init: RequestInit | undefined): Promise<Response> {
    const payload = await request.arrayBuffer();
    const joined = signal ? anySignal(signal, init?.signal ?? request.signal) : (init?.signal ?? request.signal);
    const sendInit: RequestInit = { method: request.method, headers: request.headers, body: payload, redirect: request.redirect, signal: joined };
    return (options.fetch ?? fetch)(request.url, effect === 'write' ? onFreshConnection(sendInit) : sendInit);
  }

  let response: Response;
  let text: string | undefined;
  try {
    response = await client(url, { body });
    // ky's timeout ends when the headers arrive; the rest of this attempt's time bounds the body.
    const rest = AbortSignal.timeout(Math.max(0, options.timeout - (Date.now() - started)));
    text = await readAtMost(response.body, limit, signal ? anySignal(signal, rest) : rest).then((bytes) => bytes && new TextDecoder().decode(bytes));
  } catch (err) {
    throw classify(err);
  }
  if (text === undefined) throw fail(`answer from ${url} exceeded ${limit} bytes`, 'invalid-answer', true, { status: response.status });
  let answer: unknown;
  try {
    answer = JSON.parse(text) as unknown;
  } catch {
    // No `cause`: engines quote the start of the text in JSON.parse's message, and the answer may carry personal data.
    const type = response.headers.get('content-type')?.match(/^[\w/.+-]+/)?.[0] ?? 'no content-type';
    throw fail(`answer from ${url} is not JSON (${type}, ${new TextEncoder().encode(text).length} bytes)`, 'invalid-answer', true, { status: response.status });
  }
  const retCode = answer !== null && typeof answer === 'object' && typeof (answer as { ret_code?: unknown }).ret_code === 'string' ? (answer as { ret_code: string }).ret_code : undefined;
  runHook(hooks?.onResponse, () => event({ status: response.status, ...(retCode !== undefined && { retCode }), body: redactedBody(answer) }));
  return answer;

  function classify(err: unknown): TransportError {
    if (err instanceof TransportError) return err;
    if (err instanceof HTTPError) {
      const status = err.response.status;
      // Below 400 and not ok: a 3xx, or the status-0 `opaqueredirect` browsers make of a manual redirect.
      const message = status < 400 ? `${url} answered with a redirect (HTTP ${status}), which is refused` : `HTTP ${status} from ${url}${attempt > 1 ? ` after ${attempt} attempts` : ''}`;
      return fail(message, 'http', true, { status });
    }
    // No `cause` from ky's errors: they hold the Request, body and all.
    if (signal?.aborted) return fail(`aborted while waiting for ${url}`, 'aborted', attempt > 0, { cause: signal.reason });
    if (err instanceof TimeoutError || (err instanceof Error && err.name === 'TimeoutError')) {
      const cause = err instanceof TimeoutError ? new DOMException(`no answer within ${options.timeout} ms`, 'TimeoutError') : err;
      return fail(`no answer from ${url} within ${options.timeout} ms`, 'timeout', true, { cause });
    }
    const reason = err instanceof Error ? err.message : String(err);
    const code = causeCode(err);
    return fail(`request to ${url} failed: ${reason}${code && !reason.includes(code) ? ` (${code})` : ''}`, 'network', !neverLeft(err), { cause: err });
  }
}

/** Deno's `Deno.createHttpClient`, where the runtime has it. */
type DenoLike = { createHttpClient?: (options: { poolMaxIdlePerHost: number }) => unknown };
let freshConnections: unknown;

/**
 * Deno's fetch re-sends a request, POST included, when a pooled keep-alive
 * connection is reset after the server has read it (denoland/deno#35610; it
 * retries on pooled connections only since denoland/deno#36415). A payment
 * could then reach LianLian twice behind our back. So on Deno a `write` call
 * goes out on a connection of its own (an HTTP client that keeps none idle),
 * which Deno does not retry. Other runtimes ignore `client`; Node and Bun send
 * a POST once (oven-sh/bun#28708).
 */
function onFreshConnection(init: RequestInit): RequestInit {
  const deno = (globalThis as { Deno?: DenoLike }).Deno;
  if (typeof deno?.createHttpClient !== 'function') return init;
  freshConnections ??= deno.createHttpClient({ poolMaxIdlePerHost: 0 });
  return { ...init, client: freshConnections } as RequestInit;
}

/** ~300 ms, 600 ms, 1.2 s… each scaled by a random 50–100 %, so clients that failed together do not retry together. */
function backoffWithJitter(attempt: number): number {
  const base = 300 * 2 ** (attempt - 1);
  return Math.round(base * (0.5 + randomUint32() / 2 ** 33));
}

/**
 * Whether a fetch failure proves the request never left: the name did not
 * resolve or the connection was refused. Each runtime says so differently
 * (undici's `cause.code` or message, Bun's `code`, Deno's and workerd's messages); anything
 * else, a reset or a TLS failure included, may have reached LianLian.
 */
function neverLeft(err: unknown): boolean {
  for (const { code, message } of causes(err)) {
    if (typeof code === 'string' && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ConnectionRefused|FailedToOpenSocket)$/.test(code)) return true;
    // "bad port": fetch refuses the ports the Fetch standard blocks before connecting.
    if (typeof message === 'string' && /connection refused|failed to lookup address|dns error|name (or service )?not known|ENOTFOUND|ECONNREFUSED|bad port/i.test(message)) return true;
  }
  return false;
}

/** The first error code in a cause chain (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`…): fetch's own message is often only "fetch failed". */
function causeCode(err: unknown): string | undefined {
  for (const { code } of causes(err)) if (typeof code === 'string' && /^[A-Z][A-Za-z_]{2,40}$/.test(code)) return code;
  return undefined;
}

/** An error and its causes, at most five deep (a cycle or a long chain ends there). */
function* causes(err: unknown): Generator<{ readonly code?: unknown; readonly message?: unknown }> {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) yield e;
}

/** `AbortSignal.any`, which Vercel's edge-runtime lacks. */
function anySignal(...signals: (AbortSignal | undefined)[]): AbortSignal {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
