import { checkExtraFields } from './_extra-fields.ts';
import type { RequestOptions } from './config.ts';
import { managedFields, signTypeFor, urlFor, type Core } from './core.ts';
import type { Sealer } from '../3-sign-verify/pay-load.ts';
import type { OperationDef } from '../1-errors-encoding/operation.ts';
import { sign } from '../3-sign-verify/sign.ts';
import { assertSignableRequest } from '../3-sign-verify/signed-fields.ts';
import { runHook } from './hooks.ts';
import { DEFAULT_RETRY_LIMIT, postJson } from './transport.ts';
import { validateParams } from './validate.ts';
import { verifyResponse } from '../3-sign-verify/verify-response.ts';

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Validate → fill → sign → (seal) → send → verify: one operation, returning its verified answer.
 * @internal
 */
export async function callOperation<T>(core: Core, op: OperationDef, params: object, options: RequestOptions = {}, seal?: Sealer): Promise<T> {
  if (op.payload !== 'none' && !seal) throw new TypeError(`${op.id}: needs its ${op.payload} sealer`);
  const body: Record<string, string> = { ...validateParams(op, params), ...checkExtraFields(op, options.extraFields) };
  assertSignableRequest(op, body);
  const signType = signTypeFor(core, op, options.signType);
  Object.assign(body, managedFields(op, core.config.oidPartner, signType));
  const keys = await core.keys();
  body.sign = await sign(body, keys.privateKey, signType, core.crypto);
  const wire = op.payload !== 'none' && seal ? await seal(body, keys, core.crypto) : body;
  const hooks = core.config.hooks;
  const effect = op.effect ?? 'write'; // an operation that does not say is never retried
  const started = Date.now();
  const stats = { attempts: 0 };
  try {
    const answer = await postJson(op.id, effect, urlFor(core, op), JSON.stringify(wire), {
      timeout: options.timeout ?? core.config.timeout ?? DEFAULT_TIMEOUT_MS,
      retry: options.retry ?? core.config.retry ?? DEFAULT_RETRY_LIMIT,
      ...(core.config.fetch && { fetch: core.config.fetch }),
      maxResponseBytes: core.config.maxResponseBytes,
      ...(options.signal && { signal: options.signal }),
      ...(hooks && { hooks, fields: body }),
      stats,
    });
    return (await verifyResponse(op, answer, keys.publicKey, core.config.oidPartner, core.crypto, core.describe, body)) as T;
  } catch (err) {
    if (err instanceof Error) {
      const { status, code } = err as { status?: unknown; code?: unknown };
      runHook(hooks?.onError, () => ({
        operation: op.id,
        effect,
        attempt: stats.attempts,
        durationMs: Date.now() - started,
        ...(typeof status === 'number' && { status }),
        ...(typeof code === 'string' && { retCode: code }),
        error: err,
      }));
    }
    throw err;
  }
}
