/**
 * The sandbox server: a real node:http server that answers LianLian's API
 * routes (`operations[*].route`, the path a client with `baseUrl` posts to)
 * and the admin routes of admin.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importPrivateKey, operations, type OperationDef } from '@lianlian-sdk/node';
import { ADMIN_PREFIX, handleAdmin } from './admin.ts';
import { answerApi } from './api.ts';
import { readBody, sendJson } from './http.ts';
import { generateTestKeyPair } from './keys.ts';
import { SandboxState } from './state.ts';

/** Options for {@link startSandbox}. */
export interface SandboxOptions {
  /** TCP port; `0` (the default) picks a free one — read it back from {@link Sandbox.url}. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1`: the sandbox hands out SMS codes to anyone who asks. */
  readonly host?: string;
  /** Receives one line per API call: route, operation id and ret_code. No request data is ever included. */
  readonly log?: (line: string) => void;
  /** Clock in epoch milliseconds, for tests of token expiry and `time_stamp` skew. Default `Date.now`. */
  readonly now?: () => number;
}

/** A running sandbox. */
export interface Sandbox {
  /** Origin to use as the client's `baseUrl`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The sandbox's public key (SPKI PEM): what merchants configure as `lianlianPublicKey`. Test-only, fresh per start. */
  readonly publicKeyPem: string;
  /**
   * Accepts requests from `oidPartner`, signed with the private key matching `publicKeyPem`.
   * Registering again replaces the key.
   * @throws TypeError when the id is not up to 18 digits or the key is not an RSA public key PEM
   */
  registerMerchant(oidPartner: string, publicKeyPem: string): void;
  /**
   * The last SMS code the sandbox "texted" for a token, or else to a user_id:
   * what the card holder would read on their phone.
   * @throws Error when no code was sent for it
   */
  smsCode(userIdOrToken: string): string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/**
 * Starts a sandbox with a fresh test-only key pair and empty state.
 *
 * @example
 * const sandbox = await startSandbox();
 * sandbox.registerMerchant('201304121000001004', merchantPublicKeyPem);
 * const ll = new LianLian({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const keys = generateTestKeyPair();
  const privateKey = await importPrivateKey(keys.privateKeyPem);
  const state = new SandboxState(options.now);
  const routes = new Map<string, OperationDef>();
  for (const op of Object.values(operations) as OperationDef[]) if (op.kind === 'api') routes.set(op.route, op);

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'sandbox error' });
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    if (url.pathname.startsWith(ADMIN_PREFIX)) return handleAdmin(req, res, url, state, keys.publicKeyPem);
    const op = routes.get(url.pathname);
    if (!op) return sendJson(res, 404, { error: `no LianLian route ${url.pathname}` });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: `${op.route} takes POST` });
    }
    const answer = await answerApi(op, await readBody(req), state, privateKey);
    options.log?.(`POST ${op.route} ${op.id} → ${answer.retCode}`);
    sendJson(res, 200, answer.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${shownHost}:${address.port}`,
    publicKeyPem: keys.publicKeyPem,
    registerMerchant: (oidPartner, publicKeyPem) => state.registerMerchant(oidPartner, publicKeyPem),
    smsCode(userIdOrToken) {
      const code = state.sms.lastCode(userIdOrToken);
      if (code === undefined) throw new Error('sandbox.smsCode: no SMS code was sent for that user_id or token');
      return code;
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
