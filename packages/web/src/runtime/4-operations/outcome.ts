// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * What became of a call that moves money or changes state, after a failure
 * that may have reached LianLian (`TransportError.mayHaveBeenProcessed`).
 *
 * In LianLian's model the order number is the idempotency key: a call sent
 * again with the same `no_order` (or `no_refund`) is refused as a duplicate
 * (1002), never carried out twice. So the safe way back is to ask, not to
 * resend: query by the order number (the operation's spec `lookup`), then act
 * on the answer. LianLian's own instant-payment demo says the same of 8901:
 * the order does not exist, pay it again under the same number, never a new
 * one (LLP-InstantPay-Java@34966eb, QueryApiTest.java:96-97).
 * @module
 */
import { LianLianError } from '../1-errors-encoding/errors/lianlian-error.ts';
import type { OperationDef } from '../1-errors-encoding/operation.ts';
import type { Sealer } from '../3-sign-verify/pay-load.ts';
import { callOperation } from './call.ts';
import type { RequestOptions } from './config.ts';
import type { Core } from './core.ts';

/**
 * What LianLian did with a call, as its lookup query tells.
 * - `found: true`: LianLian has the record; `answer` is the query's verified answer (its state: paid, waiting, refunded…).
 * - `found: false`: LianLian has no record, so the call did not take effect. Send it again with the same order
 *   number: if the first one is still on its way, LianLian keeps only one (the other is refused as a duplicate,
 *   1002). `code` is the query's ret_code (8901, 没有记录); `signed` whether LianLian signed that answer (its
 *   "not found" answers often are not, so one could be forged: resending under the same number is still safe).
 */
export type Outcome<T> =
  | {
      /** LianLian has a record of the call. */
      readonly found: true;
      /** The lookup query's verified answer. */
      readonly answer: T;
    }
  | {
      /** LianLian has no record, so the call did not take effect. */
      readonly found: false;
      /** The query's ret_code for "no record" (e.g. 8901). */
      readonly code: string;
      /** Whether LianLian signed that "no record" answer. */
      readonly signed: boolean;
    };

/**
 * Sends `op`'s lookup query with the fields of `params` it names (the parameters the call was made with) and
 * tells what LianLian did. The query is a read call: retried on network errors, 429 and 5xx.
 * @throws {TypeError} when `op` has no lookup or `lookup` is not its query
 * @throws what the query throws otherwise (TransportError, SignatureVerificationError, LianLianError for other codes)
 * @internal
 */
export async function outcomeOf<T>(core: Core, op: OperationDef, lookup: OperationDef, params: object, options?: RequestOptions, seal?: Sealer): Promise<Outcome<T>> {
  if (op.lookup?.operation !== lookup.id) throw new TypeError(`${op.id}: its lookup is ${op.lookup?.operation ?? 'not defined'}, not ${lookup.id}`);
  const given = (params ?? {}) as Record<string, unknown>;
  const query: Record<string, unknown> = { ...op.lookup.set };
  for (const name of op.lookup.fields) if (given[name] !== undefined) query[name] = given[name];
  try {
    return { found: true, answer: await callOperation<T>(core, lookup, query, options, seal) };
  } catch (err) {
    if (err instanceof LianLianError && lookup.notFoundCodes?.includes(err.code)) return { found: false, code: err.code, signed: err.signed };
    throw err;
  }
}
