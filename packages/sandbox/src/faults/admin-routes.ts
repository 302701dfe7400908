/**
 * The fault admin routes:
 *
 * - `POST /_sandbox/faults` `{"kind", "operation" | "route", "times"?, "delay_ms"?, "retry_after"?}`
 *   → 201, the armed fault; 400 `{error, field}` naming the bad field; 409 when too many are armed
 * - `GET /_sandbox/faults` → `{"faults": [...]}`, in the order calls will take them
 * - `DELETE /_sandbox/faults` → `{"cleared": n}`; `DELETE /_sandbox/faults/{id}` → `{"cleared": 1}`, 404 unknown id
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from '../context.ts';
import { readBody, sendJson } from '../http.ts';
import { FaultArmingError } from './errors.ts';
import { WIRE_NAMES } from './parse.ts';

/** Path of the fault routes. */
export const FAULTS_PATH = '/_sandbox/faults';

/** Serves a fault route; `false` (nothing sent) when no fault route has this method and path. */
export async function handleFaults(req: IncomingMessage, res: ServerResponse, path: string, ctx: SandboxContext): Promise<boolean> {
  const method = req.method ?? 'GET';
  if (path === FAULTS_PATH && method === 'POST') await armFault(req, res, ctx);
  else if (path === FAULTS_PATH && method === 'GET') sendJson(res, 200, { faults: ctx.faults.list() });
  else if (path === FAULTS_PATH && method === 'DELETE') sendJson(res, 200, { cleared: ctx.faults.clear() });
  else if (path.startsWith(`${FAULTS_PATH}/`) && method === 'DELETE') {
    const id = path.slice(FAULTS_PATH.length + 1); // ids are f1, f2…: nothing to decode
    const cleared = ctx.faults.clear(id);
    if (cleared) sendJson(res, 200, { cleared });
    else sendJson(res, 404, { error: `no armed fault ${JSON.stringify(id)} (used up, cleared, or never armed)` });
  } else return false;
  return true;
}

async function armFault(req: IncomingMessage, res: ServerResponse, ctx: SandboxContext): Promise<void> {
  const text = await readBody(req);
  try {
    return sendJson(res, 201, ctx.faults.arm(parseJson(text), WIRE_NAMES));
  } catch (err) {
    if (err instanceof FaultArmingError) return sendJson(res, err.status, { error: err.message, field: err.field });
    throw err;
  }
}

/** The body as JSON; parseFault then says what is wrong with the value. */
function parseJson(text: string | undefined): unknown {
  try {
    if (text !== undefined) return JSON.parse(text);
  } catch {
    // answered below
  }
  throw new FaultArmingError('body', `must be JSON, like {"kind": "delay", "operation": "easypay.apply", "delay_ms": 5000}`);
}
