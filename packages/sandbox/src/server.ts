/**
 * The sandbox server: a real node:http server that answers LianLian's API
 * routes (`operations[*].route`, the path a client with `baseUrl` posts to),
 * with the faults armed for them (faults/), serves the redirect payment
 * pages, and the admin routes of admin.ts. It sends notifications to the
 * merchants' notify_url (notify/).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importPrivateKey, operations, type OperationDef } from '@lianlian-sdk/node';
import { ADMIN_PREFIX, handleAdmin } from './admin.ts';
import type { ArmedFault, ArmFault } from './admin-types.ts';
import type { SandboxContext } from './context.ts';
import { JS_NAMES } from './faults/parse.ts';
import { FaultPlan } from './faults/plan.ts';
import { serveApi } from './faults/serve-api.ts';
import { FaultTargets } from './faults/targets.ts';
import { readBody, sendHtml, sendJson } from './http.ts';
import { generateTestKeyPair, loadOrCreateKeyFile } from './keys.ts';
import { openLmdbStore } from './lmdb-store.ts';
import { Notifier, type DeliveryAttempt, type DeliveryOptions } from './notify/deliveries.ts';
import { Outbox } from './notify/outbox.ts';
import { servePayButton } from './pages/pay.ts';
import { servePaymentPage } from './pages/redirect.ts';
import { apiRoutes, PAY_SUFFIX, redirectRoutes } from './routes.ts';
import { SandboxState } from './state.ts';
import { MemoryStore } from './store.ts';

/** How often expired SMS challenges are purged from memory and the store. */
const PURGE_INTERVAL_MS = 60_000;

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
  /** How notifications are delivered: attempts, interval, timeout, allowed hosts (default: loopback only). */
  readonly notify?: DeliveryOptions;
  /**
   * Directory to keep the state in (LMDB), so merchants, cards, orders,
   * refunds and pending SMS challenges survive a restart. Created if missing.
   * Default: none, the state lives in memory and dies with the sandbox.
   */
  readonly dataDir?: string;
  /**
   * File with the sandbox's test-only private key (PKCS#8 PEM). Read when it
   * exists, else a new key is written there (mode 0600). Default: none, a
   * fresh key per start. Use it with `dataDir` so merchants' `lianlianPublicKey` stays valid.
   */
  readonly keyFile?: string;
}

/** A running sandbox. */
export interface Sandbox {
  /** Origin to use as the client's `baseUrl`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The sandbox's public key (SPKI PEM): what merchants configure as `lianlianPublicKey`. Test-only, fresh per start unless `keyFile` is given. */
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
  /** Every notification delivery attempt so far (what `GET /_sandbox/notifications` lists). */
  notifications(): readonly DeliveryAttempt[];
  /** Resolves once no notification is being built, sent or waiting for a retry. */
  notificationsSettled(): Promise<void>;
  /**
   * Arms a fault for the next `times` (default 1) API calls of an operation
   * or route, behind the faults already armed (what `POST /_sandbox/faults` does).
   * @throws FaultArmingError naming the bad field (`kind`, `operation`, `route`, `times`, `delayMs`, `retryAfter`)
   * @example sandbox.armFault({ kind: 'drop-answer-after-acting', operation: 'easypay.apply' })
   */
  armFault(fault: ArmFault): ArmedFault;
  /** The armed faults, in the order calls will take them. */
  faults(): ArmedFault[];
  /** Disarms the fault `id`, or all of them; returns how many were disarmed. */
  clearFaults(id?: string): number;
  /** Stops listening, stops notification retries, drops open connections and closes the store. */
  close(): Promise<void>;
}

/**
 * Starts a sandbox: a fresh test-only key pair (or `keyFile`'s) and empty
 * state (or `dataDir`'s).
 *
 * @example
 * const sandbox = await startSandbox();
 * sandbox.registerMerchant('201304121000001004', merchantPublicKeyPem);
 * const ll = new LianLian({ oidPartner: '201304121000001004', privateKey, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const keys = options.keyFile === undefined ? generateTestKeyPair() : loadOrCreateKeyFile(options.keyFile);
  const privateKey = await importPrivateKey(keys.privateKeyPem);
  const state = new SandboxState(options.dataDir === undefined ? new MemoryStore() : await openLmdbStore(options.dataDir), options.now);
  state.sms.purge(); // what expired while the sandbox was down
  const purging = setInterval(() => state.sms.purge(), PURGE_INTERVAL_MS);
  purging.unref();
  const notifier = new Notifier(options.notify, state.now, options.log);
  const all = Object.values(operations) as OperationDef[];
  const api = apiRoutes(all);
  const pages = redirectRoutes(all);
  const faults = new FaultPlan(new FaultTargets(all, api));
  let ctx: SandboxContext | undefined;

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'sandbox error' });
      else res.destroy();
    });
  });

  /**
   * Answers one request. What an API call or a page changed is written
   * (flushed) before its answer leaves; the admin routes that change state
   * write before they answer too (admin.ts, pages/pay.ts).
   */
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    if (!ctx) return sendJson(res, 503, { error: 'sandbox starting' });
    if (url.pathname.startsWith(ADMIN_PREFIX)) return handleAdmin(req, res, url, ctx);
    const route = api.get(url.pathname);
    const page = pages.get(url.pathname);
    const payButton = url.pathname.endsWith(PAY_SUFFIX) ? pages.get(url.pathname.slice(0, -PAY_SUFFIX.length)) : undefined;
    const target = route?.route ?? page?.route ?? (payButton && url.pathname);
    if (target === undefined) return sendJson(res, 404, { error: `no LianLian route ${url.pathname}` });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: `${target} takes POST` });
    }
    const body = await readBody(req);
    try {
      if (route) return await serveApi(req, res, route, body, ctx);
      const answer = page ? await servePaymentPage(page, body, req.headers['content-type'], ctx) : await servePayButton(body, ctx);
      state.flush();
      options.log?.(`POST ${target} ${page ? page.id : 'pay'} → ${answer.retCode}`);
      return sendHtml(res, answer.status, answer.html);
    } finally {
      state.flush(); // also when answering failed: the changes happened
    }
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
  const origin = `http://${shownHost}:${address.port}`;
  ctx = {
    state,
    privateKey,
    publicKeyPem: keys.publicKeyPem,
    notifier,
    outbox: new Outbox(privateKey, notifier, state, options.log),
    faults,
    origin,
    log: options.log,
  };
  let closing: Promise<void> | undefined;

  return {
    url: origin,
    publicKeyPem: keys.publicKeyPem,
    registerMerchant: (oidPartner, publicKeyPem) => state.registerMerchant(oidPartner, publicKeyPem),
    smsCode(userIdOrToken) {
      const code = state.sms.lastCode(userIdOrToken);
      if (code === undefined) throw new Error('sandbox.smsCode: no SMS code was sent for that user_id or token');
      return code;
    },
    notifications: () => notifier.attempts(),
    notificationsSettled: () => notifier.settled(),
    armFault: (fault) => faults.arm(fault, JS_NAMES),
    faults: () => faults.list(),
    clearFaults: (id) => faults.clear(id),
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        clearInterval(purging);
        notifier.close();
        faults.close(); // calls waiting out a delay are dropped unprocessed
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }).finally(() => state.close());
      return closing;
    },
  };
}
