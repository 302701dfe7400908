/**
 * One LianLian API call, in two steps: the operation of the route
 * (dispatch.ts, which changes nothing, so faults can be matched on it), then
 * the common checks (check-request.ts), the operation's handler, and the
 * signed answer (answer.ts).
 */
import type { OperationDef } from '@lianlian-sdk/node';
import { signedAnswer, type Outcome } from './answer.ts';
import { checkParams, type CheckedRequest, type RejectedRequest } from './check-request.ts';
import { settleContext, type SandboxContext } from './context.ts';
import { dispatch, type Dispatched } from './dispatch.ts';
import { HANDLERS } from './handlers/index.ts';
import type { ApiRoute } from './routes.ts';

/** The answer body, the operation it answers for and the ret_code it carries (for logs: the code, never the fields). */
export interface ApiAnswer {
  readonly op: OperationDef;
  readonly retCode: string;
  readonly body: Record<string, unknown>;
}

/**
 * The operation a request to `route` is for, and its fields as read for it. Reads only.
 * @param rawBody - the body text, or `undefined` when it could not be read (too large, not UTF-8) → 1012
 */
export async function dispatchApi(route: ApiRoute, rawBody: string | undefined, ctx: SandboxContext): Promise<Dispatched> {
  return rawBody === undefined ? { op: route.ops[0]!, params: undefined } : dispatch(route, rawBody, ctx.privateKey);
}

/** Answers one dispatched request to `route`: checks it, runs its handler (the state changes here) and signs the answer. */
export async function answerApi(route: ApiRoute, { op, params }: Dispatched, ctx: SandboxContext): Promise<ApiAnswer> {
  const checked: CheckedRequest | RejectedRequest = params ? await checkParams(op, params, ctx.state) : { ok: false, code: '1012' };
  let outcome: Outcome;
  let oidPartner: string | undefined;
  if (!checked.ok) {
    outcome = { code: checked.code, ...(checked.field !== undefined && { field: checked.field }) };
    oidPartner = checked.oidPartner;
  } else {
    oidPartner = checked.oidPartner;
    const handler = HANDLERS[op.id];
    try {
      outcome = handler ? handler({ ...settleContext(ctx), op, oidPartner, params: checked.params, origin: ctx.origin }) : { code: '9999' };
    } catch {
      outcome = { code: '9999' }; // a sandbox bug; never echo the exception (it could quote request data)
    }
  }
  try {
    return { op, retCode: outcome.code, body: await signedAnswer(op, outcome, oidPartner, ctx.privateKey, { omit: route.contested }) };
  } catch {
    // The handler's fields broke a required rule (conform.ts): a sandbox bug, answered as 系统错误.
    return { op, retCode: '9999', body: await signedAnswer(op, { code: '9999' }, oidPartner, ctx.privateKey) };
  }
}
