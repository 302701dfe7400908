// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Runs a web-standard handler, such as `notificationHandler`'s, under Node's
 * `http.createServer` or as an Express route/middleware. The request and
 * response are described structurally, so this file needs no node: import; the
 * `node-` prefix keeps it out of the web package's main entry all the same.
 */

/** The parts of Node's IncomingMessage (and Express's Request) the adapter reads. */
export interface NodeRequestLike {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Express: the URL before routers stripped their mount path. */
  readonly originalUrl?: string | undefined;
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
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** The parts of Node's ServerResponse (and Express's Response) the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  readonly headersSent?: boolean;
  setHeader(name: string, value: string | readonly string[]): unknown;
  end(chunk: Uint8Array): unknown;
}

/** A listener for `http.createServer`, also usable as an Express route handler or middleware. */
export type NodeListener = (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void) => void;

const encoder = new TextEncoder();

/** Marks a body an Express parser already turned into an object: the signed bytes are gone. */
const PARSED = Symbol('parsed');

const PARSED_MESSAGE =
  'the request body was already parsed into an object; mount this route with a raw body parser, ' +
  "e.g. express.raw({ type: '*/*' }), because the signature covers the exact bytes received";

/**
 * Adapts a web-standard handler to Node's `(req, res)` listener shape.
 *
 * The body is streamed to the handler, so a size limit it enforces stops the
 * reading early (the rest is discarded and the connection closed after the
 * answer). Behind Express, a body already read by `express.raw()` /
 * `express.text()` (or a `rawBody`) is used as is; one parsed into an object
 * (`express.json()`, `express.urlencoded()`) is refused with a 500 that says
 * to mount the route with a raw body parser, since a signature needs the exact bytes.
 * @example
 * http.createServer(toNodeListener(client.easypay.notificationHandler(onPaid))).listen(8080);
 * app.post('/lianlian/notify', express.raw({ type: '*\/*' }), toNodeListener(handler));
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>): NodeListener {
  return (req, res, next) => {
    serve(handler, req, res).catch((error: unknown) => {
      if (next) return next(error);
      if (res.headersSent) return;
      // The handler itself failed (notification handlers never do): a bare 500, nothing of the error.
      void send(res, new Response('internal error', { status: 500, headers: { 'content-type': 'text/plain;charset=utf-8' } }), false);
    });
  };
}

async function serve(handler: (request: Request) => Promise<Response>, req: NodeRequestLike, res: NodeResponseLike): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = { method, headers: toHeaders(req.headers) };
  let body: ReturnType<typeof streamBody> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const read = alreadyRead(req);
    if (read === PARSED) {
      const answer = JSON.stringify({ ret_code: '9999', ret_msg: PARSED_MESSAGE });
      return send(res, new Response(answer, { status: 500, headers: { 'content-type': 'application/json;charset=utf-8' } }), false);
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

/** The body bytes an earlier middleware already holds, PARSED if only an object is left, or undefined to read the stream. */
function alreadyRead(req: NodeRequestLike): Uint8Array<ArrayBuffer> | typeof PARSED | undefined {
  for (const candidate of [req.rawBody, req.body]) {
    if (candidate instanceof Uint8Array) return new Uint8Array(candidate); // Buffer is a Uint8Array; copied off Node's shared pool
    if (candidate instanceof ArrayBuffer) return new Uint8Array(candidate);
    if (typeof candidate === 'string') return encoder.encode(candidate);
  }
  // body-parser 1.x sets `{}` without reading when the content-type does not match: the stream is still there.
  if (req.body !== undefined && req.body !== null && (req._body === true || req.readableEnded === true)) return PARSED;
  return undefined;
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
