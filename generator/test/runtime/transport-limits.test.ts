/**
 * The transport's limits against real node:http servers on 127.0.0.1 (no mocked fetch): redirects are refused
 * and never followed, answers are capped in decoded bytes (a gzip bomb included, measured in a child process),
 * a stalled body ends with the timeout, and no error carries the request body or the answer's text.
 * Keys are TEST-ONLY, made at test time.
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { createGzip } from 'node:zlib';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LianLianCore } from '../../runtime/5-client/client-core.ts';
import type { LianLianConfig } from '../../runtime/4-operations/config.ts';
import { LianLianError } from '../../runtime/1-errors-encoding/errors/lianlian-error.ts';
import { TransportError } from '../../runtime/1-errors-encoding/errors/transport-error.ts';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../../runtime/4-operations/transport.ts';
import { TEST_OP } from './_transport-op.ts';

const OID_PARTNER = '201304121000001004';
/** Goes into every request body; no error may quote it. */
const REQUEST_MARKER = 'request-marker-6222021234567890128';

let keys: Pick<LianLianConfig, 'privateKey' | 'lianlianPublicKey'>;
const servers: Server[] = [];

beforeAll(() => {
  const pair = () =>
    generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  keys = { privateKey: pair().privateKey, lianlianPublicKey: pair().publicKey }; // TEST-ONLY
});

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections();
      return new Promise<void>((resolve) => s.close(() => resolve()));
    }),
  );
});

interface Served {
  readonly url: string;
  /** Every request received, as `METHOD path`. */
  readonly requests: string[];
}

/** A node:http server on 127.0.0.1 that records each request (after reading its body) and hands it to `handler`. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Served> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => handler(req, res));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

function call(baseUrl: string, extra: Partial<LianLianConfig> = {}): Promise<unknown> {
  const core = new LianLianCore({ oidPartner: OID_PARTNER, ...keys, baseUrl, ...extra });
  return core.request(TEST_OP, { user_id: REQUEST_MARKER, offset: '0' }).then(
    () => expect.fail('the call resolved'),
    (e: unknown) => e,
  );
}

/** Every form an error can be logged in: message, stack, cause chain, JSON and util.inspect. */
function renderings(error: unknown): string[] {
  const out = [JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: true })];
  for (let e = error; e instanceof Error; e = e.cause) out.push(e.message, String(e.stack));
  return out;
}

function expectNoneContain(error: unknown, ...secrets: string[]): void {
  for (const text of renderings(error)) for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('a %i is refused as TransportError and never followed', async (status) => {
    const elsewhere = await serve((_, res) => res.end('{"ret_code":"0000"}'));
    const first = await serve((_, res) => res.writeHead(status, { location: `${elsewhere.url}/steal` }).end());
    const error = await call(first.url);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ status, operation: TEST_OP.id });
    expect((error as Error).message).toContain(`answered with a redirect (HTTP ${status}), which is refused`);
    expect(first.requests).toEqual([`POST ${TEST_OP.route}`]);
    expect(elsewhere.requests).toEqual([]);
    expectNoneContain(error, REQUEST_MARKER);
  });
});

describe('answer size', () => {
  /**
   * An unsigned error answer padded with trailing JSON whitespace to exactly `size` bytes: the client reads and
   * parses all of it and reports LianLianError. Padding, not a long ret_msg, so only the transport's limit is tested.
   */
  const answerOf = (size: number) => {
    const answer = JSON.stringify({ ret_code: '9999', ret_msg: 'busy' });
    return answer + ' '.repeat(size - answer.length);
  };

  it('defaults to 1 MiB: an answer of exactly 1 MiB is read, one byte more is TransportError', async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(1_048_576);
    let size = DEFAULT_MAX_RESPONSE_BYTES;
    const server = await serve((_, res) => res.end(answerOf(size)));
    expect(await call(server.url)).toBeInstanceOf(LianLianError);
    size += 1;
    const error = await call(server.url);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toBe(`${TEST_OP.id}: answer from ${server.url}${TEST_OP.route} exceeded 1048576 bytes`);
  });

  it('maxResponseBytes sets a smaller limit, checked on streamed chunks without a Content-Length', async () => {
    const server = await serve((_, res) => {
      const body = answerOf(600);
      res.write(body.slice(0, 300)); // chunked: the size is only known by counting
      setTimeout(() => res.end(body.slice(300)), 20);
    });
    expect(await call(server.url, { maxResponseBytes: 600 })).toBeInstanceOf(LianLianError);
    const error = await call(server.url, { maxResponseBytes: 599 });
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toContain('exceeded 599 bytes');
    expectNoneContain(error, 'busy', REQUEST_MARKER);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1024'])('maxResponseBytes %s is a ValidationError naming it', (value) => {
    const make = () => new LianLianCore({ oidPartner: OID_PARTNER, ...keys, maxResponseBytes: value as number });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow('LianLian: maxResponseBytes must be a positive whole number of bytes');
  });

  it('a ~1 MB gzip body inflating to 1 GiB stops at the limit: peak RSS < 100 MB, within the timeout (child process)', async () => {
    const bomb = await gzipZeros(1024);
    expect(bomb.length).toBeLessThan(1_200_000);
    const server = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
    });
    const result = await runChild(server.url, 10_000);
    console.log(`gzip bomb (${bomb.length} bytes → 1 GiB): ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ name: 'TransportError', message: `${TEST_OP.id}: answer from ${server.url}${TEST_OP.route} exceeded 1048576 bytes` });
    expect(result.elapsedMs).toBeLessThan(10_000);
    expect(result.maxRssKb * 1024).toBeLessThan(100_000_000);
  });
});

describe('timeout while reading', () => {
  it('a body that trickles and never ends is ended by the timeout', async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ret_code":"');
      const timer = setInterval(() => res.write('9'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const start = Date.now();
    const error = await call(server.url, { timeout: 500 });
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toContain('within 500 ms');
    expect(((error as Error).cause as Error).name).toBe('TimeoutError');
    // Far below the server's "never": the bound only tells a stalled read from one the timeout ended.
    expect(Date.now() - start).toBeLessThan(5_000);
  });

  it('a body that stalls after its first bytes is ended by the timeout', async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write('{"ret_code":"0000",');
    });
    const error = await call(server.url, { timeout: 300 });
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toContain('within 300 ms');
  });
});

describe('answers that are not JSON', () => {
  const ANSWER = '<html><body>Bad gateway for card_no 6222021234567890128, acct_name 张三</body></html>';

  it('say so with the content type and size, and quote none of the answer anywhere', async () => {
    const server = await serve((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ANSWER));
    const error = await call(server.url);
    expect(error).toBeInstanceOf(TransportError);
    const bytes = Buffer.byteLength(ANSWER);
    expect((error as Error).message).toBe(`${TEST_OP.id}: answer from ${server.url}${TEST_OP.route} is not JSON (text/html, ${bytes} bytes)`);
    expect((error as Error).cause).toBeUndefined();
    expectNoneContain(error, '<html', 'Bad gateway', '6222021234567890128', '张三', REQUEST_MARKER);
  });

  it('a non-2xx answer is reported by status without its body', async () => {
    const server = await serve((_, res) => res.writeHead(502, { 'content-type': 'text/html' }).end(ANSWER));
    const error = await call(server.url);
    expect(error).toMatchObject({ status: 502 });
    expect((error as Error).message).toBe(`${TEST_OP.id}: HTTP 502 from ${server.url}${TEST_OP.route}`);
    expectNoneContain(error, 'Bad gateway', '6222021234567890128', REQUEST_MARKER);
  });
});

/** gzip -9 of `mib` MiB of zeros (~1 KB per MiB). */
async function gzipZeros(mib: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < mib; i++) if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  gzip.end();
  await ended;
  return Buffer.concat(chunks);
}

interface ChildResult {
  readonly name?: string;
  readonly message?: string;
  readonly elapsedMs: number;
  readonly rssBeforeKb: number;
  readonly maxRssKb: number;
}

const GENERATOR = fileURLToPath(new URL('../../', import.meta.url));
let childDir: string | undefined;
afterAll(() => childDir && rmSync(childDir, { recursive: true, force: true }));

/**
 * Transpiles the runtime and _transport-child.ts to plain JS (TypeScript's transpileModule, which rewrites the
 * `.ts` imports) so the child runs on bare `node`: a tsx loader alone would add ~35 MB to the RSS being measured.
 * The directory sits under generator/node_modules so the runtime's bare imports (@noble/hashes) resolve.
 */
function buildChild(): string {
  childDir = mkdtempSync(join(GENERATOR, 'node_modules', '.transport-child-'));
  writeFileSync(join(childDir, 'package.json'), '{"type":"module"}');
  const sources = [
    ...readdirSync(join(GENERATOR, 'runtime'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join('runtime', f)),
    'test/runtime/_transport-child.ts',
    'test/runtime/_transport-op.ts',
  ];
  for (const file of sources) {
    const { outputText } = ts.transpileModule(readFileSync(join(GENERATOR, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true, verbatimModuleSyntax: true },
      fileName: file,
    });
    const out = join(childDir, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  return join(childDir, 'test/runtime/_transport-child.js');
}

/**
 * Runs the transpiled _transport-child in a fresh `node` and returns the line it prints. Through `sh`: Linux
 * carries a forked process's peak RSS across exec, so `node` forked straight from this vitest worker would start
 * with the worker's peak; forked from `sh` it starts from sh's few hundred KB.
 */
function runChild(url: string, timeout: number): Promise<ChildResult> {
  const args = [buildChild(), url, String(timeout)];
  const child = spawn('/bin/sh', ['-c', '"$0" "$@"; exit $?', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult) : reject(new Error(`child exited ${code}: ${err}`)))),
  );
}
