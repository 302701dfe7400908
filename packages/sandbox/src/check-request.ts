/**
 * The checks every request passes before any business logic, in the order
 * LianLian's answers imply: readable body (1012), known merchant (3001),
 * valid signature (1001), then the operation's parameter rules (1004).
 *
 * Fields the operation does not know are signed over and then ignored, as
 * LianLian appears to: its Java demos build the signature source from every
 * non-empty field, and it enables fields per merchant (`platform`) before its
 * docs list them. The client sends such fields only through `extraFields`.
 */
import {
  decryptPayload,
  nodeCryptoProvider,
  parseLianLianTime,
  validateParams,
  ValidationError,
  verify,
  type FieldRule,
  type OperationDef,
  type RsaPrivateKey,
} from '@lianlian-sdk/node';
import type { RetCode } from './ret-codes.ts';
import type { SandboxState } from './state.ts';

/** `time_stamp` may be at most 30 minutes off LianLian's clock (exchange-payment-apply-api.md: "The deviation can NOT exceed 30 minutes"). */
export const MAX_CLOCK_SKEW_MS = 30 * 60 * 1000;

/** A request that passed every check: the merchant and its parameters as strings. */
export interface CheckedRequest {
  readonly ok: true;
  readonly oidPartner: string;
  readonly params: Readonly<Record<string, string>>;
}

/** A request that failed a check; `oidPartner` is set when the body named one. */
export interface RejectedRequest {
  readonly ok: false;
  readonly code: RetCode;
  readonly field?: string;
  readonly oidPartner?: string;
}

/**
 * Runs the checks for one request body.
 * @param op - the operation the route belongs to
 * @param rawBody - the request body as received
 * @param state - the sandbox store (merchants, clock)
 * @param sandboxKey - the sandbox's private key, which opens `pay_load`
 */
export async function checkRequest(
  op: OperationDef,
  rawBody: string,
  state: SandboxState,
  sandboxKey: RsaPrivateKey,
): Promise<CheckedRequest | RejectedRequest> {
  // 1. A JSON object; for lianpay1_0_1 operations, `{oid_partner, pay_load}` whose pay_load opens to one (MPAY-card-bind-apply.md).
  const params = await readParams(op, rawBody, sandboxKey);
  return params ? checkParams(op, params, state) : { ok: false, code: '1012' };
}

/**
 * Checks 2 to 4 for fields already read from a body (a JSON request, or the
 * form of a redirect page): registered merchant (3001), that merchant's
 * signature over exactly these fields (1001), the operation's rules (1004).
 */
export async function checkParams(op: OperationDef, params: Readonly<Record<string, unknown>>, state: SandboxState): Promise<CheckedRequest | RejectedRequest> {
  const named = typeof params.oid_partner === 'string' && params.oid_partner !== '' ? params.oid_partner : undefined;

  // 2. A registered merchant.
  const merchant = named === undefined ? undefined : state.merchant(named);
  if (!merchant || named === undefined) return { ok: false, code: '3001', ...(named !== undefined && { oidPartner: named }) };
  const reject = (code: RetCode, field?: string): RejectedRequest => ({ ok: false, code, oidPartner: named, ...(field !== undefined && { field }) });

  // 3. Signed by that merchant's key (signature.md: "we decrypt the signature with your public key").
  let signed = false;
  try {
    signed = await verify(params, await merchant.publicKey, nodeCryptoProvider);
  } catch {
    signed = false;
  }
  if (!signed) return reject('1001');

  // 4. The operation's request rules, over the fields it knows.
  const broken = brokenRule(op, params, state.now());
  if (broken !== undefined) return reject('1004', broken);
  const wire: Record<string, string> = {};
  const callerFields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const rule = op.request.find((r) => r.name === name);
    if (!rule) continue;
    if (rule.managed) {
      if (typeof value === 'string' && value !== '') wire[name] = value;
    } else callerFields[name] = value;
  }
  try {
    Object.assign(wire, validateParams(op, callerFields));
  } catch (err) {
    if (err instanceof ValidationError) return reject('1004', err.field);
    throw err;
  }
  return { ok: true, oidPartner: named, params: wire };
}

/**
 * Whether `params` satisfy the shape of `op`'s request: no field that another
 * operation of the route has and `op` does not, and every required field
 * present. This is how a route shared by several operations tells them apart
 * (dispatch.ts); a field no operation of the route knows tells nothing.
 * @param routeFields - the request field names of every operation on the route
 */
export function fitsRequest(op: OperationDef, params: Readonly<Record<string, unknown>>, routeFields: ReadonlySet<string>): boolean {
  if (Object.keys(params).some((name) => routeFields.has(name) && !op.request.some((r) => r.name === name))) return false;
  return op.request.every((r) => r.presence !== 'required' || (params[r.name] !== undefined && params[r.name] !== null && params[r.name] !== ''));
}

/**
 * The fields of a JSON request body for `op`, or `undefined` when it does
 * not parse as one (1012): a JSON object, or for lianpay1_0_1 operations an
 * `{oid_partner, pay_load}` envelope whose pay_load opens to one.
 */
export async function readParams(op: OperationDef, rawBody: string, sandboxKey: RsaPrivateKey): Promise<Record<string, unknown> | undefined> {
  const body = parseObject(rawBody);
  if (!body || op.payload !== 'lianpay1_0_1') return body;
  const keys = Object.keys(body).sort().join(',');
  if (keys !== 'oid_partner,pay_load' || typeof body.pay_load !== 'string') return undefined;
  let inner: Record<string, unknown> | undefined;
  try {
    inner = parseObject(await decryptPayload(body.pay_load, sandboxKey, nodeCryptoProvider));
  } catch {
    return undefined;
  }
  // The outer oid_partner routes the envelope; it must name the same merchant as the signed body inside.
  if (!inner || inner.oid_partner !== body.oid_partner) return undefined;
  return inner;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first field that breaks a rule validateParams does not cover: a
 * client-managed field (oid_partner, sign_type, api_version, time_stamp) that
 * is missing or wrong. validateParams rejects managed fields outright, so they
 * are checked here.
 */
function brokenRule(op: OperationDef, params: Readonly<Record<string, unknown>>, now: number): string | undefined {
  for (const rule of op.request) {
    if (!rule.managed || rule.name === 'sign') continue;
    const value = params[rule.name];
    if (value === undefined || value === null || value === '') {
      if (rule.presence === 'required') return rule.name;
      continue;
    }
    if (typeof value !== 'string' || !managedValueOk(op, rule, value, now)) return rule.name;
  }
  return undefined;
}

function managedValueOk(op: OperationDef, rule: FieldRule, value: string, now: number): boolean {
  if (rule.maxLength !== undefined && [...value].length > rule.maxLength) return false;
  if (rule.enum && !rule.enum.includes(value)) return false;
  if (rule.fixed !== undefined && value !== rule.fixed) return false;
  switch (rule.name) {
    case 'sign_type':
      return (op.signTypes as readonly string[]).includes(value);
    case 'api_version':
      return op.apiVersion === undefined || value === op.apiVersion;
    // time_stamp on the APIs, timestamp on the redirect pages (easypay_web_redirect.md: "no more than 30 mins").
    case 'time_stamp':
    case 'timestamp': {
      const at = /^\d{14}$/.test(value) ? parseLianLianTime(value) : undefined;
      return at !== undefined && Math.abs(at.getTime() - now) <= MAX_CLOCK_SKEW_MS;
    }
    default:
      return true;
  }
}
