/**
 * The Node side of the runtime matrix (Node only: node:crypto, node:http, a child process).
 *
 * Starts the sandbox CLI (`packages/sandbox/dist/cli.js --port 0`), makes a fresh TEST-ONLY merchant key pair,
 * registers it (through `@lianlian-sdk/sandbox/admin`), and produces the crypto vectors with node:crypto (OpenSSL) — MD5withRSA and SHA256withRSA
 * signatures over a signature source built here, independently of the SDK (cross-checked with the OpenSSL CLI), and `lianpay1_0_1` pay_loads whose
 * base64 is wrapped with CRLF every 76 characters as LianLian's Java SDK does. It serves them on 127.0.0.1:
 *
 *   GET  /config   → HarnessConfig (sandbox URL, keys, vectors)
 *   POST /flaky/…  → fails first as told, then forwards to the sandbox (retry cases)
 *   POST /decrypt  → `{"plaintext": …}`: opens a pay_load made by the runtime, with node:crypto only (422 if it does not open)
 *
 * Each runtime's entry gets only the harness URL (HARNESS_URL) and asserts everything itself.
 *
 * As a script (`node --import tsx runtime-tests/_shared/harness.ts`) it prints
 * `lianlian-runtime-harness listening on http://127.0.0.1:PORT` and runs until SIGTERM / SIGINT / stdin closes.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  generateKeyPairSync,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  sign as cryptoSign,
  timingSafeEqual,
} from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createSandboxAdmin } from '@lianlian-sdk/sandbox/admin';
import type { HarnessConfig } from './web-suite.ts';

const SANDBOX_CLI = fileURLToPath(new URL('../../packages/sandbox/dist/cli.js', import.meta.url));
const OID_PARTNER = '201304121000001004';

/** Fields to sign: a Chinese name, a JSON-string risk_item, an empty value (left out) and mixed-case keys (Java's case-insensitive order). */
const VECTOR_PARAMS: Record<string, string> = {
  oid_partner: OID_PARTNER,
  user_id: 'vector-user-0001',
  acct_name: '张三',
  money_order: '12.30',
  time_stamp: '20240611153012',
  risk_item: '{"frms_ware_category":"1009","user_info_mercht_userno":"vector-user-0001"}',
  name_goods: '羽毛球 badminton & shuttle=3',
  Busi_partner: '101001',
  no_order: '',
};

/** A plaintext for the Node-made pay_load: non-ASCII, '$' and an emoji (4-byte UTF-8). */
const PAYLOAD_PLAINTEXT = JSON.stringify({ acct_name: '李四', card_no: '6222021234567890128', note: '💳 $1 and $$', oid_partner: OID_PARTNER });

export interface Harness {
  readonly url: string;
  readonly config: HarnessConfig;
  close(): Promise<void>;
}

/** The signature source, written here from signature-add-sign.md (not the SDK's code): drop sign and empty values, sort keys case-insensitively, join `k=v` with `&`. */
function signatureSource(params: Record<string, string>): string {
  const keys = Object.keys(params).filter((k) => k !== 'sign' && params[k] !== '');
  // Java's String.CASE_INSENSITIVE_ORDER on ASCII keys comes down to comparing the lower-cased keys.
  keys.sort((a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return keys.map((k) => `${k}=${params[k]}`).join('&');
}

function wrap76(text: string): string {
  return text.match(/.{1,76}/g)!.join('\r\n');
}

const oaep = (key: string) => ({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' });
const counterBlock = (nonce: Buffer) => Buffer.concat([nonce, Buffer.from([0, 0, 0, 0, 0, 0, 0, 1])]);
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const randomAlnum = (n: number) => Buffer.from(Array.from(randomBytes(n), (b) => ALNUM[b % 36]).join(''), 'latin1');

/** lianpay1_0_1 on node:crypto, base64 wrapped CRLF/76 as the Java SDK emits it; the MAC covers the nonce and ciphertext text as sent (wrapped) or unwrapped. */
function nodeEncrypt(plaintext: string, publicPem: string, macOver: 'wrapped' | 'unwrapped'): string {
  const hmacKey = randomAlnum(32);
  const aesKey = randomAlnum(32);
  const nonce = randomAlnum(8);
  const cipher = createCipheriv('aes-256-ctr', aesKey, counterBlock(nonce));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const seg = (b: Buffer) => wrap76(b.toString('base64'));
  const macInput = macOver === 'wrapped' ? `${seg(nonce)}$${seg(ciphertext)}` : `${nonce.toString('base64')}$${ciphertext.toString('base64')}`;
  const mac = createHmac('sha256', hmacKey).update(macInput).digest();
  return ['lianpay1_0_1', seg(publicEncrypt(oaep(publicPem), hmacKey)), seg(publicEncrypt(oaep(publicPem), aesKey)), seg(nonce), seg(ciphertext), seg(mac)].join('$');
}

/** Opens a lianpay1_0_1 pay_load with node:crypto only; throws if it is malformed or its MAC is wrong. */
function nodeDecrypt(payLoad: string, privatePem: string): string {
  const parts = payLoad.split('$');
  if (parts.length !== 6 || parts[0] !== 'lianpay1_0_1') throw new Error(`not a lianpay1_0_1 envelope (${parts.length} parts)`);
  const [, hmacKey, aesKey, nonce, ciphertext, mac] = parts as [string, string, string, string, string, string];
  const hmacKeyBytes = privateDecrypt(oaep(privatePem), Buffer.from(hmacKey, 'base64'));
  const aesKeyBytes = privateDecrypt(oaep(privatePem), Buffer.from(aesKey, 'base64'));
  if (!/^[0-9A-Z]{32}$/.test(hmacKeyBytes.toString('latin1')) || !/^[0-9A-Z]{32}$/.test(aesKeyBytes.toString('latin1'))) {
    throw new Error('the wrapped keys are not 32 characters of [0-9A-Z]');
  }
  const expected = createHmac('sha256', hmacKeyBytes).update(`${nonce}$${ciphertext}`).digest();
  const given = Buffer.from(mac, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(expected, given)) throw new Error('HMAC does not match');
  const decipher = createDecipheriv('aes-256-ctr', aesKeyBytes, counterBlock(Buffer.from(nonce, 'base64')));
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]));
}

/** The same PKCS#1 v1.5 signature made by the OpenSSL CLI (`openssl dgst -sign`), to cross-check node:crypto's vector. */
function opensslSign(hash: 'md5' | 'sha256', source: string, privatePem: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lianlian-runtime-harness-'));
  try {
    const keyFile = join(dir, 'test-only-key.pem');
    writeFileSync(keyFile, privatePem, { mode: 0o600 });
    return execFileSync('openssl', ['dgst', `-${hash}`, '-sign', keyFile], { input: Buffer.from(source, 'utf8'), timeout: 10_000 }).toString('base64');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the sandbox CLI on a free port; resolves with its URL once it printed its first line. */
function startSandboxCli(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [SANDBOX_CLI, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('sandbox CLI did not start within 20 s'));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox CLI exited (${code}) before listening`));
    });
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n')[0]!;
      if (out.includes('\n')) {
        clearTimeout(timer);
        const url = /^lianlian-sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)?.[1];
        if (url) resolve({ url, child });
        else reject(new Error(`unexpected sandbox banner: ${line}`));
        child.stdout!.resume(); // the public key follows; keep draining
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startHarness(): Promise<Harness> {
  const sandbox = await startSandboxCli();
  try {
    // TEST-ONLY merchant key pair, made for this run.
    const pair = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const pkcs1 = createPrivateKey(pair.privateKey).export({ type: 'pkcs1', format: 'pem' }) as string;
    const admin = createSandboxAdmin(sandbox.url);
    const lianlianPublicKey = await admin.publicKey();
    await admin.registerMerchant(OID_PARTNER, pair.publicKey);

    const signed = (type: 'RSA' | 'SHA256withRSA', hash: 'md5' | 'sha256') => {
      const source = signatureSource({ ...VECTOR_PARAMS, sign_type: type });
      const sign = cryptoSign(hash, Buffer.from(source, 'utf8'), pair.privateKey).toString('base64');
      if (opensslSign(hash, source, pair.privateKey) !== sign) throw new Error(`the OpenSSL CLI and node:crypto disagree on the ${type} vector`);
      return { source, sign };
    };
    const config: HarnessConfig = {
      sandboxUrl: sandbox.url,
      oidPartner: OID_PARTNER,
      merchant: { privateKeyPkcs8: pair.privateKey, privateKeyPkcs1: pkcs1, publicKey: pair.publicKey },
      lianlianPublicKey,
      vectors: {
        params: VECTOR_PARAMS,
        signed: { RSA: signed('RSA', 'md5'), SHA256withRSA: signed('SHA256withRSA', 'sha256') },
        payLoad: {
          plaintext: PAYLOAD_PLAINTEXT,
          macOverWrapped: nodeEncrypt(PAYLOAD_PLAINTEXT, pair.publicKey, 'wrapped'),
          macOverUnwrapped: nodeEncrypt(PAYLOAD_PLAINTEXT, pair.publicKey, 'unwrapped'),
        },
      },
    };

    const server: Server = createServer((req, res) => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && req.url === '/config') return send(200, config);
      if (req.method === 'POST' && req.url === '/decrypt') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          try {
            send(200, { plaintext: nodeDecrypt(Buffer.concat(chunks).toString('utf8'), pair.privateKey) });
          } catch (error) {
            send(422, { error: (error as Error).message });
          }
        });
        return;
      }
      if (req.url?.startsWith('/flaky/')) return flaky(req, res);
      send(404, { error: 'unknown route' });
    });

    /**
     * A LianLian that fails first: `/flaky/<key>/<steps>/<sandbox path>`. Each request under a key takes the next
     * of its comma-separated steps (`503`: answer 503 without forwarding; `reset`: destroy the connection without
     * answering) and, once they are used up, is forwarded to the sandbox. `GET /flaky/<key>/count` tells how
     * many requests the key received. For the retry cases of the suite, in every runtime.
     */
    const flakyCounts = new Map<string, number>();
    function flaky(req: IncomingMessage, res: ServerResponse): void {
      const [, , key = '', steps = '', ...rest] = (req.url ?? '').split('/');
      if (req.method === 'GET' && steps === 'count') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ requests: flakyCounts.get(key) ?? 0 }));
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const n = (flakyCounts.get(key) ?? 0) + 1;
        flakyCounts.set(key, n);
        const step = steps.split(',').filter(Boolean)[n - 1];
        if (step === 'reset') return void req.socket.destroy();
        if (step === '503') {
          res.writeHead(503, { 'content-type': 'text/plain' });
          return void res.end('unavailable');
        }
        void fetch(`${sandbox.url}/${rest.join('/')}`, { method: 'POST', headers: { 'content-type': String(req.headers['content-type'] ?? 'application/json') }, body: Buffer.concat(chunks) })
          .then(async (answer) => {
            res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
            res.end(Buffer.from(await answer.arrayBuffer()));
          })
          .catch(() => req.socket.destroy());
      });
    }
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      url,
      config,
      async close() {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await stopChild(sandbox.child);
      },
    };
  } catch (error) {
    await stopChild(sandbox.child);
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const harness = await startHarness();
  process.stdout.write(`lianlian-runtime-harness listening on ${harness.url}\n`);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void harness.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop).on('close', stop).resume();
}
