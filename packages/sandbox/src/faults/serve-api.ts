/**
 * Serves one API call with the fault armed for it, if any (plan.ts):
 *
 * - `reset-before-acting`: resets the connection (TCP RST); nothing is processed.
 * - `unavailable-before-acting`: 503 with `Retry-After` when armed with one; nothing is processed.
 * - `delay`: waits, then processes and answers at once. The wait runs first so
 *   that a client which gave up finds nothing changed yet, then finds the
 *   change once the delay is over, as with a slow LianLian that still books
 *   the call. If the sandbox closes during the wait, nothing is processed.
 * - `drop-answer-after-acting`: processes the call and commits its changes,
 *   then closes the connection (FIN) without an HTTP answer.
 *
 * The fault is chosen after the body is read and its operation found
 * (dispatch.ts reads only), so a fault for `easypay.apply` fits only that
 * operation even on a shared route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerApi, dispatchApi } from '../api.ts';
import type { SandboxContext } from '../context.ts';
import { sendJson, sendText } from '../http.ts';
import type { ApiRoute } from '../routes.ts';

/** Answers (or, as its fault says, does not answer) one API call whose body is `body`. */
export async function serveApi(req: IncomingMessage, res: ServerResponse, route: ApiRoute, body: string | undefined, ctx: SandboxContext): Promise<void> {
  const dispatched = await dispatchApi(route, body, ctx);
  const fault = ctx.faults.take(route.route, dispatched.op.id);
  const line = `POST ${route.route} ${dispatched.op.id} →`;
  const faultNote = fault && ` (fault ${fault.id} ${fault.kind})`;

  if (fault?.kind === 'reset-before-acting') {
    ctx.log?.(`${line} reset, not processed${faultNote}`);
    return void req.socket.resetAndDestroy();
  }
  if (fault?.kind === 'unavailable-before-acting') {
    ctx.log?.(`${line} 503, not processed${faultNote}`);
    if (fault.retryAfter !== undefined) res.setHeader('retry-after', fault.retryAfter);
    return sendText(res, 503, `Service Unavailable: sandbox fault ${fault.id} (${fault.kind}), the request was not processed\n`);
  }
  if (fault?.kind === 'delay' && !(await ctx.faults.wait(fault.delayMs!))) {
    ctx.log?.(`${line} closed during the delay, not processed${faultNote}`);
    return void req.socket.destroy();
  }

  const answer = await answerApi(route, dispatched, ctx);
  ctx.state.flush(); // committed before the answer leaves, or is dropped
  if (fault?.kind === 'drop-answer-after-acting') {
    ctx.log?.(`${line} ${answer.retCode}, answer dropped${faultNote}`);
    return void req.socket.destroy();
  }
  ctx.log?.(`${line} ${answer.retCode}${faultNote ?? ''}`);
  // After a delay the client may have gone; writing to the closed socket is then a no-op.
  sendJson(res, 200, answer.body);
}
