// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Runs a web-standard handler, such as `notificationHandler`'s, under Node's
 * `http.createServer` or as an Express route/middleware. The request and
 * response are described structurally, so this file needs no node: import; the
 * `node-` prefix keeps it out of the web package's main entry all the same.
 */
import { NotificationError } from '../1-errors-encoding/errors/notification-error.ts';
import { notificationHookOf } from '../4-operations/notification.ts';

/** The parts of Node's IncomingMessage (and Express's Request) the adapter reads. */
export interface NodeRequestLike {
  /** The HTTP method; a missing one is taken as GET. */
  readonly method?: string | undefined;
  /** The request target (path and query) as the server received it. */
  readonly url?: string | undefined;
  /** Express: the URL before routers stripped their mount path. */
  readonly originalUrl?: string | undefined;
  /** Request headers, names in lower case as Node gives them. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** True once the body stream has been read to its end (e.g. by a body parser). */
  readonly readableEnded?: boolean;
  /** Set by Express body parsers: raw bytes (`express.raw`), text (`express.text`) or a parsed object. */
  readonly body?: unknown;
  /** Set by some frameworks and `verify` hooks to the raw bytes of the body. */
  readonly rawBody?: unknown;
  /** Set to true by Express's body-parser once it has consumed the body. */
  readonly _body?: unknown;
  /** IncomingMessage's own listener type, so the real class fits. */
  on(event: string, listener: (...args: any[]) => void): unknown;
  /** Detaches a listener added with `on` once the body has been read. */
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  /** Stops the body stream while a chunk is being handled. */
  pause(): unknown;
  /** Restarts the body stream after `pause`. */
  resume(): unknown;
}

/** The parts of Node's ServerResponse (and Express's Response) the adapter writes. */
export interface NodeResponseLike {
  /** The status code the adapter sets before writing the body. */
  statusCode: number;
  /** True once headers went out; the adapter then leaves the response alone. */
  readonly headersSent?: boolean;
  /** Sets one response header. */
  setHeader(name: string, value: string | readonly string[]): unknown;
  /** Writes the whole body and finishes the response. */
  end(chunk: Uint8Array): unknown;
}

/** A listener for `http.createServer`, also usable as an Express route handler or middleware. */
export type NodeListener = (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void) => void;

/** Settings for {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * Told about every request whose body a middleware consumed before the handler
   * could read it (a NotificationError with code `body-consumed`; its message
   * names the fix and holds no body data). Default: the `onError` given to the
   * notification handler being served, so one logger sees every refused
   * notification; set it when the handler is not one (e.g. a wrapper around it).
   * Its own errors are ignored.
   */
  readonly onError?: (error: unknown) => void;
  /**
   * Where the warning about a consumed body goes, once per listener (each such
   * request still goes to `onError`). Default `console.warn`.
   */
  readonly warn?: (message: string) => void;
}

const encoder = new TextEncoder();

/** What an earlier middleware left of a body it read: an object it parsed, or nothing usable at all. */
type Consumed = { readonly consumed: 'parsed' | 'drained' };

const CONSUMED_HOW = {
  parsed:
    'the request body was already parsed into an object by a body parser in front of this route ' +
    '(express.json(), express.urlencoded() or the like), so the exact bytes LianLian signed are gone',
  drained:
    'the request body was already read by a middleware in front of this route, which left no raw body ' +
    'on the request, so the exact bytes LianLian signed are gone',
} as const;

const FIX =
  "mount the route with a raw body parser, app.post(path, express.raw({ type: '*/*' }), listener), " +
  'or register it before express.json() and express.urlencoded()';

/**
 * Adapts a web-standard handler to Node's `(req, res)` listener shape.
 *
 * The body is streamed to the handler, so a size limit it enforces stops the
 * reading early (the rest is discarded and the connection closed after the
 * answer). Behind Express, a body already read by `express.raw()` /
 * `express.text()` (or a `rawBody`) is used as is. One a middleware consumed
 * (parsed into an object by `express.json()` / `express.urlencoded()`, or read
 * and dropped) cannot be verified, since a signature covers the exact bytes: the
 * request is answered 500 with a non-0000 ret_code (LianLian resends it), a
 * NotificationError (code `body-consumed`) goes to `onError`, and the first one
 * is also logged through `warn` with the fix.
 * @example
 * http.createServer(toNodeListener(client.easypay.notificationHandler(onPaid))).listen(8080);
 * app.post('/lianlian/notify', express.raw({ type: '*\/*' }), toNodeListener(handler));
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>, options: NodeListenerOptions = {}): NodeListener {
  const hook = notificationHookOf(handler);
  const onError = options.onError ?? hook?.report;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let warned = false;
  // A misconfigured route refuses every delivery, and LianLian only sees a non-0000 answer: without
  // this report the merchant sees nothing while paid orders stay unpaid after its 30 retries.
  const refuseConsumed = (how: Consumed['consumed']): NotificationError => {
    const error = new NotificationError(hook?.operation ?? 'toNodeListener', 500, `${CONSUMED_HOW[how]}; ${FIX}`, 'body-consumed');
    try {
      onError?.(error);
    } catch {
      // A failing logger must not change the answer.
    }
    if (!warned) {
      warned = true;
      try {
        warn(`lianlian-sdk: ${error.message}. Until then every notification to this route is answered 500 and LianLian keeps resending it (this warning is shown once; onError gets each one).`);
      } catch {
        // As above.
      }
    }
    return error;
  };
  return (req, res, next) => {
    serve(handler, req, res, refuseConsumed).catch((error: unknown) => {
      if (next) return next(error);
      if (res.headersSent) return;
      // The handler itself failed (notification handlers never do): a bare 500, nothing of the error.
      void send(res, new Response('internal error', { status: 500, headers: { 'content-type': 'text/plain;charset=utf-8' } }), false);
    });
  };
}

async function serve(
  handler: (request: Request) => Promise<Response>,
  req: NodeRequestLike,
  res: NodeResponseLike,
  refuseConsumed: (how: Consumed['consumed']) => NotificationError,
): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = { method, headers: toHeaders(req.headers) };
  let body: ReturnType<typeof streamBody> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const read = alreadyRead(req);
    if (read && 'consumed' in read) {
      const error = refuseConsumed(read.consumed);
      const answer = JSON.stringify({ ret_code: '9999', ret_msg: error.reason });
      return send(res, new Response(answer, { status: error.status, headers: { 'content-type': 'application/json;charset=utf-8' } }), false);
    }
    if (read) init.body = read;
    else {
      body = streamBody(req);
      init.body = body.stream;
      init.duplex = 'half'; // required by fetch implementations for a streamed request body
    }
  }
  const response = await handler(new Request(requestUrl(req), init));
  // A body the handler stopped reading (too large) is discarded; close rather than keep draining it.
  await send(res, response, body !== undefined && !body.finished());
}

/**
 * The body bytes an earlier middleware already holds, what it left if it consumed the body
 * without keeping them, or undefined to read the stream.
 */
function alreadyRead(req: NodeRequestLike): Uint8Array<ArrayBuffer> | Consumed | undefined {
  for (const candidate of [req.rawBody, req.body]) {
    if (candidate instanceof Uint8Array) return new Uint8Array(candidate); // Buffer is a Uint8Array; copied off Node's shared pool
    if (candidate instanceof ArrayBuffer) return new Uint8Array(candidate);
    if (typeof candidate === 'string') return encoder.encode(candidate);
  }
  // body-parser 1.x sets `{}` without reading when the content-type does not match: the stream is still
  // there, and only `_body` says it was read; body-parser 2 (Express 5) leaves the stream ended instead.
  const consumed = req._body === true || req.readableEnded === true;
  if (!consumed) return undefined;
  // An ended stream would never deliver 'end' again: reading it would hang until the sender gives up.
  return { consumed: req.body !== undefined && req.body !== null ? 'parsed' : 'drained' };
}

/** Wraps the request's 'data' events as a ReadableStream with backpressure (pause/resume). */
function streamBody(req: NodeRequestLike): { stream: ReadableStream<Uint8Array>; finished: () => boolean } {
  let finished = false;
  let settled = false;
  let detach = (): void => undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const onData = (chunk: unknown): void => {
          controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : (chunk as Uint8Array));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        const onEnd = (): void => {
          finished = true;
          detach();
          if (!settled) controller.close();
          settled = true;
        };
        const onError = (): void => {
          detach();
          if (!settled) controller.error(new TypeError('the request body was aborted'));
          settled = true;
        };
        detach = () => {
          req.removeListener('data', onData);
          req.removeListener('end', onEnd);
          req.removeListener('error', onError);
          req.removeListener('close', onError);
        };
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', onError);
        // 'close' before 'end' means the sender went away mid-body.
        req.on('close', onError);
      },
      pull() {
        req.resume();
      },
      cancel() {
        settled = true;
        // Destroying the request would also destroy the socket before the answer is written; let the rest drain away instead.
        detach();
        req.resume();
      },
    },
    { highWaterMark: 16 },
  );
  return { stream, finished: () => finished };
}

function toHeaders(raw: NodeRequestLike['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) {
      try {
        headers.append(name, v);
      } catch {
        // A header the fetch implementation refuses (invalid characters): it cannot matter to a signature check.
      }
    }
  }
  return headers;
}

function requestUrl(req: NodeRequestLike): string {
  const path = req.originalUrl ?? req.url ?? '/';
  const host = typeof req.headers.host === 'string' ? req.headers.host : 'localhost';
  try {
    return new URL(path, `http://${host}`).href;
  } catch {
    return 'http://localhost/'; // the handler does not route on the URL
  }
}

async function send(res: NodeResponseLike, response: Response, close: boolean): Promise<void> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (res.headersSent) return;
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  res.setHeader('content-length', String(bytes.byteLength));
  if (close) res.setHeader('connection', 'close');
  res.end(bytes);
}
