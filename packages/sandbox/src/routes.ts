/**
 * Where each operation of the `operations` table is served: `api`
 * operations answer JSON at their `route`, `redirect` operations serve a
 * payment page at theirs (and take the page's pay button at `{route}/pay`).
 * Notifications have no route: the sandbox sends them.
 *
 * Several api operations share one LianLian endpoint (mpay.applyDirect and
 * mpay.verifyDirect on /mpayapi/v1/bankcardprepay; easypay.query and
 * mpay.query on /queryapi/orderquery.htm; aggregate.query and
 * onlineBanking.query on /wallet/llwalletapi/orderquery.htm); dispatch.ts
 * picks one per request.
 */
import type { FieldRule, OperationDef } from '@lianlian-sdk/node';

/** One api route and the operations that share it, in `operations` table order. */
export interface ApiRoute {
  readonly route: string;
  readonly ops: readonly OperationDef[];
  /**
   * Answer fields that one operation of the route signs and another leaves
   * unsigned (card_no: MPAY_payment_result_query.md says it is "not involved
   * in signature", easypay_payment_result_query.md does not). A client
   * verifying either way must fail on one of them, so the sandbox leaves
   * these optional fields out of that route's answers.
   */
  readonly contested: ReadonlySet<string>;
}

/** Suffix of the route that takes a payment page's "pay" button. */
export const PAY_SUFFIX = '/pay';

/** The api routes of `ops`, by path. */
export function apiRoutes(ops: readonly OperationDef[]): Map<string, ApiRoute> {
  const byRoute = new Map<string, OperationDef[]>();
  for (const op of ops) if (op.kind === 'api') byRoute.set(op.route, [...(byRoute.get(op.route) ?? []), op]);
  const routes = new Map<string, ApiRoute>();
  for (const [route, shared] of byRoute) routes.set(route, { route, ops: shared, contested: contestedFields(shared) });
  return routes;
}

/** The redirect pages of `ops`, by path. */
export function redirectRoutes(ops: readonly OperationDef[]): Map<string, OperationDef> {
  return new Map(ops.filter((op) => op.kind === 'redirect').map((op) => [op.route, op]));
}

function contestedFields(ops: readonly OperationDef[]): Set<string> {
  const signedness = new Map<string, Set<boolean>>();
  for (const op of ops)
    for (const rule of answerRules(op)) signedness.set(rule.name, (signedness.get(rule.name) ?? new Set()).add(rule.unsigned === true));
  return new Set([...signedness].filter(([, kinds]) => kinds.size > 1).map(([name]) => name));
}

function answerRules(op: OperationDef): FieldRule[] {
  return [...op.response, ...op.responseGroups.flatMap((g) => g.fields)];
}
