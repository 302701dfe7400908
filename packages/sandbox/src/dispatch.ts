/**
 * Picks the operation a request to a shared route is for. LianLian serves
 * some operations at one endpoint (routes.ts) and tells them apart by the
 * body: MPAY's apply arrives as an encrypted pay_load envelope, its verify as
 * plain JSON with a verify_code (MPAY-apply-direct-API.md,
 * MPAY-verify-direct-api.md). The sandbox takes the first operation, in
 * `operations` table order, whose request rules the body satisfies.
 *
 * The two order-query routes are shared by operations with the same request
 * shape (easypay.query / mpay.query, aggregate.query / onlineBanking.query),
 * so the first always fits and answers: easypay.query and aggregate.query.
 * Their answers are valid for the second operation too: both list the same
 * fields, and fields whose signing differs are left out (routes.ts).
 */
import type { OperationDef, RsaPrivateKey } from '@lianlian-sdk/node';
import { fitsRequest, readParams } from './check-request.ts';
import type { ApiRoute } from './routes.ts';

/** The chosen operation and the body's fields as read for it (`undefined`: unreadable, 1012). */
export interface Dispatched {
  readonly op: OperationDef;
  readonly params: Record<string, unknown> | undefined;
}

/**
 * The operation for `rawBody` on `route`. A body carrying `pay_load` is for
 * the route's encrypted operation, opened or not (1012). Otherwise, when no
 * operation's rules are satisfied, the first one whose body format parses is
 * chosen, so its checks name the broken rule (e.g. `1004（verify_code）` for
 * a plain verify body missing the code); when none parses, the route's first
 * operation answers 1012.
 */
export async function dispatch(route: ApiRoute, rawBody: string, sandboxKey: RsaPrivateKey): Promise<Dispatched> {
  const encrypted = route.ops.find((op) => op.payload === 'lianpay1_0_1');
  if (encrypted && route.ops.length > 1 && hasPayLoad(rawBody)) return { op: encrypted, params: await readParams(encrypted, rawBody, sandboxKey) };
  let readable: Dispatched | undefined;
  const routeFields = new Set(route.ops.flatMap((op) => op.request.map((r) => r.name)));
  for (const op of route.ops) {
    const params = await readParams(op, rawBody, sandboxKey);
    if (!params) continue;
    if (fitsRequest(op, params, routeFields)) return { op, params };
    readable ??= { op, params };
  }
  return readable ?? { op: route.ops[0]!, params: undefined };
}

function hasPayLoad(rawBody: string): boolean {
  try {
    const body: unknown = JSON.parse(rawBody);
    return body !== null && typeof body === 'object' && 'pay_load' in body;
  } catch {
    return false;
  }
}
