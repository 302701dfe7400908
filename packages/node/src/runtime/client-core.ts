// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
import { ValidationError } from './errors/validation-error.ts';
import type { CryptoProvider } from './crypto-provider.ts';
import { importPrivateKey, importPublicKey, type RsaPrivateKey, type RsaPublicKey } from './keys.ts';
import {
  assertNotification,
  createNotificationHandler,
  parseNotificationBody,
  verifyNotification,
  type NotificationFields,
  type NotificationOptions,
} from './notification.ts';
import type { OperationDef, SignType } from './operation.ts';
import { encryptPayload } from './pay-load.ts';
import { assertRedirect, createRedirectForm, type RedirectForm } from './redirect.ts';
import { sign } from './sign.ts';
import { lianlianTime } from './time.ts';
import { postJson } from './transport.ts';
import { validateParams } from './validate.ts';
import { verifyResponse } from './verify-response.ts';
import { createWebCryptoProvider, webCryptoProvider } from './web-crypto-provider.ts';

/** Settings for {@link LianLian}. */
export interface LianLianConfig {
  /** Your merchant id (`oid_partner`), e.g. `201304121000001004`. */
  readonly oidPartner: string;
  /** Your RSA private key: PKCS#8 or PKCS#1 PEM, or the bare base64 LianLian's dashboard uses. */
  readonly privateKey: string | RsaPrivateKey;
  /** LianLian's public key (`llpay_public_key.pem`); every answer is verified with it. */
  readonly lianlianPublicKey: string | RsaPublicKey;
  /**
   * Send every operation to this one origin instead of LianLian's hosts, e.g. the
   * sandbox. Each endpoint keeps its host as the first path segment:
   * `https://traderapi.lianlianpay.com/bankcardbind.htm` → `${baseUrl}/traderapi/bankcardbind.htm`.
   */
  readonly baseUrl?: string;
  /** Custom fetch (tests, proxies, instrumented clients). Default: the global fetch. */
  readonly fetch?: typeof globalThis.fetch;
  /** Milliseconds to wait for an answer. Default 30 000. */
  readonly timeout?: number;
  /** Preferred signature type; used where the operation allows it, else the operation's first. Default `RSA` (MD5withRSA). */
  readonly signType?: SignType;
  /** SubtleCrypto to use, e.g. @peculiar/webcrypto's. Default: `globalThis.crypto.subtle`. */
  readonly subtle?: SubtleCrypto;
  /**
   * Crypto implementation. Default: node:crypto in `@lianlian-sdk/node`, WebCrypto elsewhere
   * (with `subtle`, if given). `nodeCryptoProvider` from `@lianlian-sdk/web/node-crypto` opts in
   * to node:crypto on runtimes that have it (Bun, Deno, Workers with nodejs_compat).
   */
  readonly crypto?: CryptoProvider;
}

/** Per-call settings. */
export interface RequestOptions {
  /** Signature type for this call; must be one the operation allows. */
  readonly signType?: SignType;
  /** Milliseconds to wait for this answer. */
  readonly timeout?: number;
  /** Abort the call. */
  readonly signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The fields the client fills in for the caller: merchant id, sign type, fixed
 * versions (`api_version`, `version`) and the request time (`time_stamp`, or
 * `timestamp` on redirect pages), always UTC+8.
 * @internal
 */
export function managedFields(op: OperationDef, oidPartner: string, signType: SignType): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of op.request) {
    if (!f.managed || f.name === 'sign') continue;
    if (f.name === 'oid_partner') out[f.name] = oidPartner;
    else if (f.name === 'sign_type') out[f.name] = signType;
    else if (f.name === 'time_stamp' || f.name === 'timestamp') out[f.name] = lianlianTime();
    else if (f.fixed !== undefined) out[f.name] = f.fixed;
  }
  if (op.apiVersion !== undefined && op.request.some((f) => f.name === 'api_version')) out.api_version = op.apiVersion;
  return out;
}

/**
 * Validate → fill → sign → (encrypt) → send → verify, for every operation.
 * @internal
 */
export class LianLianCore {
  readonly #config: LianLianConfig;
  readonly #crypto: CryptoProvider;
  #keys: Promise<{ privateKey: RsaPrivateKey; publicKey: RsaPublicKey }> | undefined;

  readonly #describe: ((code: string) => { readonly description: string } | undefined) | undefined;

  constructor(
    config: LianLianConfig,
    defaultProvider: CryptoProvider = webCryptoProvider,
    describeReturnCode?: (code: string) => { readonly description: string } | undefined,
  ) {
    this.#describe = describeReturnCode;
    if (!config || typeof config.oidPartner !== 'string' || !/^\d{1,18}$/.test(config.oidPartner))
      throw new ValidationError('LianLian', 'oidPartner', 'must be your merchant id: up to 18 digits');
    if (!config.privateKey) throw new ValidationError('LianLian', 'privateKey', 'is required');
    if (!config.lianlianPublicKey) throw new ValidationError('LianLian', 'lianlianPublicKey', 'is required');
    if (config.baseUrl !== undefined && !/^https?:\/\//.test(config.baseUrl))
      throw new ValidationError('LianLian', 'baseUrl', 'must be an absolute http(s) URL');
    this.#config = config;
    this.#crypto = config.crypto ?? (config.subtle ? createWebCryptoProvider(config.subtle) : defaultProvider);
  }

  /** Runs one operation and returns its verified answer. */
  async request<T>(op: OperationDef, params: object, options: RequestOptions = {}): Promise<T> {
    const body: Record<string, string> = validateParams(op, params);
    const signType = this.#signType(op, options.signType);
    Object.assign(body, managedFields(op, this.#config.oidPartner, signType));

    const keys = await this.#importKeys();
    body.sign = await sign(body, keys.privateKey, signType, this.#crypto);
    const wire =
      op.payload === 'lianpay1_0_1'
        ? { oid_partner: body.oid_partner, pay_load: await encryptPayload(JSON.stringify(body), keys.publicKey, this.#crypto) }
        : body;

    const url = this.#config.baseUrl ? this.#config.baseUrl.replace(/\/+$/, '') + op.route : op.endpoint;
    const answer = await postJson(op.id, url, JSON.stringify(wire), {
      timeout: options.timeout ?? this.#config.timeout ?? DEFAULT_TIMEOUT_MS,
      ...(this.#config.fetch && { fetch: this.#config.fetch }),
      ...(options.signal && { signal: options.signal }),
    });
    return (await verifyResponse(op, answer, keys.publicKey, this.#config.oidPartner, this.#crypto, this.#describe)) as T;
  }

  /**
   * A web-standard handler (Workers, Deno, Bun; Node through `toNodeListener`) for
   * the notifications LianLian POSTs to `notify_url` (async-notification-concept.md).
   *
   * It reads the body (at most `maxBodyBytes`, default 64 KiB, else 413), parses it
   * per the operation's encoding (else 400), verifies LianLian's signature over the
   * fields as received (else 401), checks that `oid_partner` is yours (else 403)
   * and that the operation's required fields are present (else 400); only then
   * calls `onNotification`, and once it resolves answers 200
   * `{"ret_code":"0000","ret_msg":"ok"}`. If it throws, the answer is 500 with
   * ret_code 9999 so LianLian retries; the error goes to `options.onError`, never
   * into the answer. Any other method gets 405. Fields LianLian adds beyond the
   * spec are passed through: the signature covers them.
   *
   * **Duplicates are normal.** LianLian resends until it gets 0000 (30 times, every
   * 2 minutes) and may deliver the same notification twice even after a 0000. The
   * callback must be idempotent, e.g. keyed on `no_order` / `oid_paybill`: apply
   * the result once, and return normally for a repeat so the handler answers
   * 0000 again.
   * @param op - the notification's operation from the `operations` table
   * @param onNotification - the merchant's code; receives the verified fields
   */
  notificationHandler<T>(
    op: OperationDef,
    onNotification: (notification: T) => unknown | Promise<unknown>,
    options: NotificationOptions = {},
  ): (request: Request) => Promise<Response> {
    return createNotificationHandler<T>(op, (fields) => this.#verifyNotification(op, fields), onNotification, options);
  }

  /**
   * Parses and verifies a notification body a framework has already read: the
   * raw JSON text of an asynchronous notification, or the form of a synchronous
   * notification posted to `url_return` (sync-notification.md) as text or
   * URLSearchParams. Same checks as {@link LianLianCore.notificationHandler},
   * without the size limit.
   * @returns the verified fields
   * @throws {SignatureVerificationError} missing or invalid signature
   * @throws {NotificationError} unparseable body, another merchant, a missing required field
   */
  async parseNotification<T>(op: OperationDef, body: string | URLSearchParams): Promise<T> {
    assertNotification(op);
    return (await this.#verifyNotification(op, parseNotificationBody(op, body))) as T;
  }

  /**
   * Validates, fills and signs the fields of a redirect page and returns them as a
   * form the customer's browser posts to LianLian (easypay_web_redirect.md,
   * online-banking-redirect-api.md). Nothing is sent and nothing is logged.
   * @throws {ValidationError} before anything is signed
   */
  async redirectForm(op: OperationDef, params: object, options: RequestOptions = {}): Promise<RedirectForm> {
    assertRedirect(op);
    const fields: Record<string, string> = validateParams(op, params);
    const signType = this.#signType(op, options.signType);
    Object.assign(fields, managedFields(op, this.#config.oidPartner, signType));
    const keys = await this.#importKeys();
    // JSON-string fields (risk_item) are already their final text: signed exactly as posted (payment-risk-item.md).
    fields.sign = await sign(fields, keys.privateKey, signType, this.#crypto);
    const action = this.#config.baseUrl ? this.#config.baseUrl.replace(/\/+$/, '') + op.route : op.endpoint;
    // The H5 page takes every signed field as one JSON input, req_data (easypay_h5_redirect.md).
    return createRedirectForm(action, op.encoding === 'json' ? { req_data: JSON.stringify(fields) } : fields);
  }

  async #verifyNotification(op: OperationDef, fields: NotificationFields): Promise<NotificationFields> {
    const keys = await this.#importKeys();
    return verifyNotification(op, fields, keys.publicKey, this.#config.oidPartner, this.#crypto);
  }

  #signType(op: OperationDef, requested: SignType | undefined): SignType {
    if (requested !== undefined) {
      if (!op.signTypes.includes(requested))
        throw new ValidationError(op.id, 'sign_type', `must be one of ${op.signTypes.join(', ')} for this operation`);
      return requested;
    }
    const preferred = this.#config.signType ?? 'RSA';
    return op.signTypes.includes(preferred) ? preferred : (op.signTypes[0] ?? 'RSA');
  }

  /** Keys are parsed once per client; a bad key fails the first call with a KeyFormatError. */
  #importKeys(): Promise<{ privateKey: RsaPrivateKey; publicKey: RsaPublicKey }> {
    this.#keys ??= Promise.all([
      importPrivateKey(this.#config.privateKey, this.#config.subtle),
      importPublicKey(this.#config.lianlianPublicKey, this.#config.subtle),
    ]).then(([privateKey, publicKey]) => ({ privateKey, publicKey }));
    this.#keys.catch(() => (this.#keys = undefined));
    return this.#keys;
  }
}
