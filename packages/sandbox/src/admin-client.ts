/**
 * `@lianlian-sdk/sandbox/admin`: a typed client for a running sandbox's admin
 * routes (`/_sandbox/*`, admin.ts), for tests in any runtime. It imports ky and
 * types only, no `node:` module, so it runs in Node, Deno, Bun, workerd and
 * edge runtimes alike, against a sandbox started by `startSandbox()` or the CLI.
 *
 * GETs are retried twice, after a network error (a refused connection) or
 * status 408, 413, 429, 500, 502, 503 or 504: that covers a CLI that printed
 * its URL a moment before it accepts. POSTs and DELETEs change state and are sent once.
 * An HTTP error answer becomes a {@link SandboxAdminError} naming the route,
 * the status and the sandbox's reason; network failures and timeouts stay as
 * fetch or ky reports them.
 *
 * @example
 * import { createSandboxAdmin } from '@lianlian-sdk/sandbox/admin';
 * const admin = createSandboxAdmin('http://127.0.0.1:41234');
 * await admin.registerMerchant(oidPartner, merchantPublicKeyPem);
 * const ll = new LianLian({ oidPartner, privateKey, lianlianPublicKey: await admin.publicKey(), baseUrl: 'http://127.0.0.1:41234' });
 * const { token } = await ll.cardBind.apply({ user_id: 'u1', ... });
 * await ll.cardBind.verify({ user_id: 'u1', token, verify_code: await admin.smsCode({ token }) });
 * @module
 */
import ky, { HTTPError } from 'ky';
import type { ArmedFault, ArmFault, DeliveryAttempt, FaultArming, PaidOrder } from './admin-types.ts';

export type {
  ArmedFault,
  ArmFault,
  DeliveryAttempt,
  DeliveryOutcome,
  FaultArming,
  FaultKind,
  FaultTarget,
  PaidOrder,
  PayStatus,
  SyncNotification,
} from './admin-types.ts';

/** How the admin client talks to the sandbox. */
export interface SandboxAdminOptions {
  /** Milliseconds each attempt may take. Default 30 000: re-sending a notification waits for its delivery. */
  readonly timeout?: number;
  /** The fetch to send requests with (e.g. a service binding's). Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** The admin routes of one sandbox, as methods. */
export interface SandboxAdmin {
  /** The sandbox's public key PEM: the client's `lianlianPublicKey`. */
  publicKey(): Promise<string>;
  /** Registers a merchant, or gives a registered one a new public key. */
  registerMerchant(oidPartner: string, publicKeyPem: string): Promise<void>;
  /** The last SMS code the sandbox "texted" for a user or a token. */
  smsCode(who: { readonly userId: string } | { readonly token: string }): Promise<string>;
  /** Pays a page order (aggregate, unified, a payment page's) as its payer would. */
  pay(order: { readonly oidPartner: string; readonly noOrder: string }): Promise<PaidOrder>;
  /** Sends a paid order's (or a refund's) notification again, byte for byte; resolves with that delivery's attempts. */
  resendNotification(
    target: { readonly oidPartner: string; readonly noOrder: string } | { readonly oidPartner: string; readonly noRefund: string },
  ): Promise<DeliveryAttempt[]>;
  /** Every notification delivery attempt so far; with `settled`, once no delivery is under way. */
  notifications(options?: { readonly settled?: boolean }): Promise<DeliveryAttempt[]>;
  /** The HTML checkout page behind an aggregate `payLoad` or a unified `gateway_url` token. */
  checkoutPage(token: string): Promise<string>;
  /**
   * Arms a fault for the next `times` (default 1) API calls of an operation or
   * route, behind those already armed. A bad field is a 400 SandboxAdminError
   * whose reason names it (`body.field` holds its wire name, e.g. `delay_ms`).
   * @example await admin.armFault({ kind: 'unavailable-before-acting', operation: 'refund.apply', retryAfter: 2 })
   */
  armFault(fault: ArmFault): Promise<ArmedFault>;
  /** The armed faults, in the order calls will take them. */
  faults(): Promise<ArmedFault[]>;
  /** Disarms the fault `id` (404 SandboxAdminError when none is armed under it), or all of them; resolves with how many. */
  clearFaults(id?: string): Promise<number>;
}

/** An admin route answered with an HTTP error. */
export class SandboxAdminError extends Error {
  override readonly name = 'SandboxAdminError';

  constructor(
    /** Method and path below `/_sandbox/`, e.g. `GET sms?user_id=u1`. */
    readonly route: string,
    /** The HTTP status. */
    readonly status: number,
    /** The sandbox's reason (its JSON `error`), else the status text. */
    readonly reason: string,
    /** The answer's body: parsed JSON, or text. */
    readonly body: unknown,
  ) {
    super(`${route}: ${status}${reason ? ` ${reason}` : ''}`);
  }
}

async function toAdminError(route: string, response: Response): Promise<SandboxAdminError> {
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (the checkout page's 404 is HTML): keep the text
  }
  const json = typeof body === 'object' && body !== null ? (body as { error?: unknown; ret_code?: unknown }) : {};
  const reason = typeof json.error === 'string' ? json.error + (typeof json.ret_code === 'string' ? ` (ret_code ${json.ret_code})` : '') : response.statusText;
  return new SandboxAdminError(route, response.status, reason, body);
}

/** A client for the admin routes of the sandbox at `url` (its base URL, as the CLI prints it). */
export function createSandboxAdmin(url: string | URL, options: SandboxAdminOptions = {}): SandboxAdmin {
  const api = ky.create({
    prefixUrl: new URL('_sandbox/', String(url).replace(/\/*$/, '/')),
    timeout: options.timeout ?? 30_000,
    retry: { limit: 2, methods: ['get'] },
    fetch: options.fetch,
  });
  /** Sends one request; an HTTP error answer becomes a SandboxAdminError. */
  const call = async <T>(method: 'get' | 'post' | 'delete', path: string, read: (response: Response) => Promise<T>, json?: unknown): Promise<T> => {
    try {
      return await read(await api(path, { method, json }));
    } catch (error) {
      throw error instanceof HTTPError ? await toAdminError(`${method.toUpperCase()} ${path}`, error.response) : error;
    }
  };
  const text = (r: Response) => r.text();
  const json = <T>(r: Response) => r.json() as Promise<T>;
  const q = encodeURIComponent;

  return {
    publicKey: () => call('get', 'public-key', text),
    registerMerchant: (oidPartner, publicKeyPem) =>
      call('post', 'merchants', async (r) => void (await r.body?.cancel()), { oid_partner: oidPartner, public_key: publicKeyPem }),
    smsCode: async (who) =>
      (await call('get', 'token' in who ? `sms?token=${q(who.token)}` : `sms?user_id=${q(who.userId)}`, json<{ verify_code: string }>)).verify_code,
    pay: ({ oidPartner, noOrder }) => call('post', 'pay', json<PaidOrder>, { oid_partner: oidPartner, no_order: noOrder }),
    resendNotification: async (target) => {
      const body = 'noRefund' in target ? { oid_partner: target.oidPartner, no_refund: target.noRefund } : { oid_partner: target.oidPartner, no_order: target.noOrder };
      return (await call('post', 'notify', json<{ attempts: DeliveryAttempt[] }>, body)).attempts;
    },
    notifications: async ({ settled = false } = {}) => (await call('get', settled ? 'notifications?settled=1' : 'notifications', json<{ attempts: DeliveryAttempt[] }>)).attempts,
    checkoutPage: (token) => call('get', `checkout?token=${q(token)}`, text),
    armFault: (fault) => call('post', 'faults', json<ArmedFault>, toWire(fault)),
    faults: async () => (await call('get', 'faults', json<{ faults: ArmedFault[] }>)).faults,
    clearFaults: async (id) => (await call('delete', id === undefined ? 'faults' : `faults/${q(id)}`, json<{ cleared: number }>)).cleared,
  };
}

/** The JSON body of `POST /_sandbox/faults`: the same fields, snake_case; anything else is passed on for the sandbox to name. */
function toWire(fault: ArmFault): FaultArming {
  const { delayMs, retryAfter, ...rest } = fault as ArmFault & { delayMs?: number; retryAfter?: number | string };
  return { ...rest, ...(delayMs !== undefined && { delay_ms: delayMs }), ...(retryAfter !== undefined && { retry_after: retryAfter }) };
}
