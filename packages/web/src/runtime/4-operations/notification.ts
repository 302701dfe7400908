// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Receiving LianLian's notifications: the asynchronous JSON POST to `notify_url`
 * (async-notification-concept.md) and the synchronous form POST to `url_return`
 * (sync-notification.md). Fails closed: nothing reaches the merchant's code
 * before the body is read within a size limit, parsed, its LianLian signature
 * verified over the fields exactly as received, the fields found to be the only
 * ones that signature can stand for (signed-fields.ts), and it is found to be
 * addressed to this merchant with every required field present. The merchant's
 * code gets exactly the signed, non-empty fields, in one normal form.
 */
import { readAtMost } from '../1-errors-encoding/_read-limited.ts';
import { NotificationError } from '../1-errors-encoding/errors/notification-error.ts';
import { SignatureVerificationError } from '../1-errors-encoding/errors/signature-verification-error.ts';
import type { CryptoProvider } from '../2-crypto-keys/crypto-provider.ts';
import type { Core } from './core.ts';
import type { RsaPublicKey } from '../2-crypto-keys/keys.ts';
import type { OperationDef } from '../1-errors-encoding/operation.ts';
import { verify } from '../3-sign-verify/sign.ts';
import { AmbiguousMessage, signedFields } from '../3-sign-verify/signed-fields.ts';

/** Settings for a notification handler. */
export interface NotificationOptions {
  /**
   * Largest body accepted, in bytes; reading stops as soon as it is exceeded and
   * the answer is 413. Default 65 536 (64 KiB): LianLian's notifications are a
   * few hundred bytes (easypay-asyn-notification.md), so this only bounds abuse.
   */
  readonly maxBodyBytes?: number;
  /**
   * Told about every notification that was not acknowledged: the typed error
   * for a rejected one (NotificationError, SignatureVerificationError; their
   * messages hold no body data) or whatever the callback threw. For logging and
   * alerts; its own errors are ignored. The answer to LianLian never carries it.
   * Served through `toNodeListener`, it is also told when the server consumed
   * the body before the handler (NotificationError, code `body-consumed`).
   */
  readonly onError?: (error: unknown) => void;
}

/**
 * What a notification handler tells an adapter that serves it: which
 * operation it receives and how to report an error the adapter finds itself.
 * @internal
 */
export interface NotificationHook {
  readonly operation: string;
  /** The handler's `onError`, guarded: never throws. */
  readonly report: (error: unknown) => void;
}

// Why a symbol on the handler function: toNodeListener must report a body an Express parser
// consumed (the handler never runs then) to the onError the merchant gave notificationHandler,
// while the handler's public type stays a plain `(Request) => Promise<Response>` every runtime
// can serve. Non-enumerable, so spreading or logging the handler shows nothing; Symbol.for, so a
// handler and an adapter from two copies of the runtime (npm and JSR, two versions) still meet.
const HOOK = Symbol.for('@lianlian-sdk/web.notificationHook');

/**
 * The hook of a handler made by `notificationHandler`, or undefined for any other function
 * (including a wrapper around one).
 * @internal
 */
export function notificationHookOf(handler: unknown): NotificationHook | undefined {
  if (typeof handler !== 'function') return undefined;
  const hook: unknown = (handler as { [HOOK]?: unknown })[HOOK];
  if (typeof hook !== 'object' || hook === null) return undefined;
  const { operation, report } = hook as Partial<NotificationHook>;
  return typeof operation === 'string' && typeof report === 'function' ? { operation, report } : undefined;
}

/** Fields of one notification, as received. @internal */
export type NotificationFields = Record<string, unknown>;

/** 64 KiB; see {@link NotificationOptions.maxBodyBytes}. */
const DEFAULT_MAX_NOTIFICATION_BYTES = 64 * 1024;

const JSON_HEADERS = { 'content-type': 'application/json;charset=utf-8', 'cache-control': 'no-store' } as const;

/** An answer in LianLian's shape; only ret_code 0000 stops its resending (async-notification-concept.md, "Send response"). */
function answer(status: number, retCode: string, retMsg: string, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ ret_code: retCode, ret_msg: retMsg }), { status, headers: { ...JSON_HEADERS, ...extra } });
}

/** Any code but 0000 makes LianLian send the notification again (up to 30 times, every 2 minutes). */
const RETRY_CODE = '9999';

/**
 * Throws unless `op` describes a notification.
 * @internal
 */
export function assertNotification(op: OperationDef): void {
  if (!op || op.kind !== 'notification')
    throw new TypeError(`${op?.id ?? 'operation'}: is not a notification; pass the operation of a notification`);
}

/**
 * Reads the whole body as UTF-8 text, giving up as soon as it exceeds `maxBytes`
 * (a declared content-length is checked first, so an honest oversized body is
 * never read at all).
 * @throws {NotificationError} 413 when too large, 400 when not UTF-8
 * @internal
 */
export async function readLimitedText(opId: string, request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    void request.body?.cancel().catch(() => undefined);
    throw new NotificationError(opId, 413, `body is larger than ${maxBytes} bytes`, 'body-too-large');
  }
  const bytes = await readAtMost(request.body, maxBytes);
  if (!bytes) throw new NotificationError(opId, 413, `body is larger than ${maxBytes} bytes`, 'body-too-large');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotificationError(opId, 400, 'body is not valid UTF-8');
  }
}

/** Form fields, refusing a name given twice: which copy LianLian signed would be a guess. */
function formFields(opId: string, form: URLSearchParams): NotificationFields {
  const entries: [string, string][] = [];
  form.forEach((value, name) => entries.push([name, value])); // forEach: the packages' lib has no DOM.Iterable
  if (new Set(entries.map(([name]) => name)).size !== entries.length)
    throw new NotificationError(opId, 400, 'a form field appears more than once');
  // fromEntries defines own properties, so a field named __proto__ stays a plain field.
  return Object.fromEntries(entries);
}

/**
 * Parses a notification body per the operation's encoding: a JSON object
 * (async-notification-concept.md: `text/json;charset=utf-8`) or an
 * `application/x-www-form-urlencoded` form (sync-notification.md), or for
 * `res-data` a form whose one field res_data holds the JSON object (the H5
 * return). A URLSearchParams is taken as that form whatever the encoding.
 * @param contentType - the request's content-type, if known; a form must not be multipart
 * @throws {NotificationError} 400 for an empty or unparseable body
 * @internal
 */
export function parseNotificationBody(op: OperationDef, body: string | URLSearchParams, contentType: string | null = null): NotificationFields {
  if (body instanceof URLSearchParams) return unwrap(op, formFields(op.id, body));
  if (typeof body !== 'string') throw new NotificationError(op.id, 400, 'body must be the raw text or a URLSearchParams');
  if (body.trim() === '') throw new NotificationError(op.id, 400, 'body is empty');
  if (op.encoding !== 'json') {
    const mime = contentType?.split(';')[0]?.trim().toLowerCase();
    if (mime && mime !== 'application/x-www-form-urlencoded')
      throw new NotificationError(op.id, 400, 'body must be an application/x-www-form-urlencoded form');
    return unwrap(op, formFields(op.id, new URLSearchParams(body)));
  }
  return jsonObject(op.id, body, 'body');
}

/**
 * The H5 return (encoding `res-data`) is a form whose one field, res_data,
 * holds the signed fields as a JSON object (LianLian's PHP demo reads
 * `$_POST['res_data']`); any other form is taken field by field.
 */
function unwrap(op: OperationDef, form: NotificationFields): NotificationFields {
  if (op.encoding !== 'res-data') return form;
  const names = Object.keys(form);
  if (names.length !== 1 || names[0] !== 'res_data' || typeof form.res_data !== 'string')
    throw new NotificationError(op.id, 400, 'form must hold exactly one field, res_data, with the notification as JSON');
  return jsonObject(op.id, form.res_data, 'res_data');
}

function jsonObject(opId: string, text: string, what: string): NotificationFields {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new NotificationError(opId, 400, `${what} is not JSON; LianLian sends notifications as a JSON object`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new NotificationError(opId, 400, `${what} is not a JSON object`);
  return parsed as NotificationFields;
}

/**
 * Verifies parsed notification fields: LianLian's signature over the fields as
 * received (signature-verify-sign.md; extra fields LianLian may add are covered
 * by it too), then that `oid_partner` is ours, then that every required field of
 * the operation is present. `sign_type` is left to the signature check: a missing
 * or empty one means RSA (sync-notification.md's sample sends it empty).
 * @returns the signed, non-empty fields in their normal form (signed-fields.ts), now trusted
 * @throws {SignatureVerificationError} missing or invalid signature
 * @throws {NotificationError} 403 for another merchant, 400 for a missing required field
 * @internal
 */
export async function verifyNotification(
  op: OperationDef,
  fields: NotificationFields,
  lianlianPublicKey: RsaPublicKey,
  oidPartner: string,
  provider?: CryptoProvider,
): Promise<NotificationFields> {
  if (typeof fields.sign !== 'string' || fields.sign === '')
    throw new SignatureVerificationError(op.id, 'notification carries no LianLian signature (sign)');
  if (!(await verify(fields, lianlianPublicKey, provider)))
    throw new SignatureVerificationError(op.id, "LianLian's signature on the notification does not verify");
  let signed: NotificationFields;
  try {
    signed = signedFields(fields, op.request);
  } catch (error) {
    if (error instanceof AmbiguousMessage) throw new SignatureVerificationError(op.id, `notification refused: ${error.message}`);
    throw error;
  }
  if (signed.oid_partner !== oidPartner) throw new NotificationError(op.id, 403, 'notification is addressed to another oid_partner', 'other-merchant');
  for (const rule of op.request) {
    if (rule.presence !== 'required' || rule.name === 'sign' || rule.name === 'sign_type') continue;
    if (signed[rule.name] === undefined) throw new NotificationError(op.id, 400, `notification lacks required field ${rule.name}`, 'missing-field');
  }
  return signed;
}

/** The answer for a notification we refuse; says what was wrong in our words only. */
function rejection(error: unknown): Response {
  if (error instanceof NotificationError) return answer(error.status, RETRY_CODE, error.reason);
  if (error instanceof SignatureVerificationError) return answer(401, RETRY_CODE, 'LianLian signature is missing or does not verify');
  // Our own failure (e.g. an unusable key): LianLian should retry once it is fixed.
  return answer(500, RETRY_CODE, 'notification could not be checked');
}

/**
 * Builds the web-standard handler behind `LianLian#notificationHandler`.
 * @param check - verifies parsed fields (signature, merchant, required fields) and returns them
 * @internal
 */
export function createNotificationHandler<T>(
  op: OperationDef,
  check: (fields: NotificationFields) => Promise<NotificationFields>,
  onNotification: (notification: T) => unknown,
  options: NotificationOptions = {},
): (request: Request) => Promise<Response> {
  assertNotification(op);
  if (typeof onNotification !== 'function') throw new TypeError(`${op.id}: onNotification must be a function`);
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_NOTIFICATION_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new TypeError(`${op.id}: maxBodyBytes must be a positive integer`);
  const report = (error: unknown): void => {
    try {
      options.onError?.(error);
    } catch {
      // A failing logger must not change the answer LianLian gets.
    }
  };

  const handler = async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') {
      void request.body?.cancel().catch(() => undefined);
      return answer(405, RETRY_CODE, 'method not allowed; notifications are POSTed', { allow: 'POST' });
    }
    let notification: T;
    try {
      const text = await readLimitedText(op.id, request, maxBytes);
      notification = (await check(parseNotificationBody(op, text, request.headers.get('content-type')))) as T;
    } catch (error) {
      report(error);
      return rejection(error);
    }
    try {
      await onNotification(notification);
    } catch (error) {
      // Non-0000 so LianLian retries; the error itself stays on our side.
      report(error);
      return answer(500, RETRY_CODE, 'merchant handler failed');
    }
    return answer(200, '0000', 'ok');
  };
  const hook: NotificationHook = { operation: op.id, report };
  Object.defineProperty(handler, HOOK, { value: hook });
  return handler;
}

/**
 * `LianLian#notificationHandler` for a client's state: the handler, with checks
 * by this client's key and merchant id.
 * @internal
 */
export function notificationHandlerFor<T>(
  core: Core,
  op: OperationDef,
  onNotification: (notification: T) => unknown,
  options?: NotificationOptions,
): (request: Request) => Promise<Response> {
  return createNotificationHandler<T>(op, (fields) => verifyFor(core, op, fields), onNotification, options);
}

/**
 * `LianLian#parseNotification` for a client's state.
 * @internal
 */
export async function parseNotificationFor<T>(core: Core, op: OperationDef, body: string | URLSearchParams): Promise<T> {
  assertNotification(op);
  return (await verifyFor(core, op, parseNotificationBody(op, body))) as T;
}

async function verifyFor(core: Core, op: OperationDef, fields: NotificationFields): Promise<NotificationFields> {
  return verifyNotification(op, fields, (await core.keys()).publicKey, core.config.oidPartner, core.crypto);
}
