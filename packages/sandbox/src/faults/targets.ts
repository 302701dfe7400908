/**
 * What a fault can be armed for: an api operation the sandbox answers, by id,
 * or an api route, by path. Payment pages and notifications are not calls the
 * merchant's client makes to an api route, so they are refused with the reason.
 */
import type { OperationDef } from '@lianlian-sdk/node';
import type { ApiRoute } from '../routes.ts';
import { FaultArmingError, shown } from './errors.ts';

/** A checked target: exactly one of the two. */
export type CheckedTarget = { readonly operation: string } | { readonly route: string };

/** The api operations and routes of one sandbox, for checking fault targets. */
export class FaultTargets {
  readonly #routes: ReadonlyMap<string, ApiRoute>;
  readonly #ops = new Map<string, OperationDef>();
  /** Operations dispatch.ts never picks: a request fitting them fits an earlier one of the same route. */
  readonly #answeredAs = new Map<string, string>();

  constructor(ops: readonly OperationDef[], routes: ReadonlyMap<string, ApiRoute>) {
    this.#routes = routes;
    for (const op of ops) this.#ops.set(op.id, op);
    for (const route of routes.values())
      route.ops.forEach((op, i) => {
        const first = route.ops.slice(0, i).find((earlier) => requestShape(earlier) === requestShape(op));
        if (first) this.#answeredAs.set(op.id, first.id);
      });
  }

  /**
   * The target of a fault, from its `operation` and `route` inputs (`names`: how the caller spells them).
   * @throws FaultArmingError naming the field when neither or both are given, or the one given is not an api call
   */
  check(operation: unknown, route: unknown, names: { readonly operation: string; readonly route: string }): CheckedTarget {
    if (operation !== undefined && route !== undefined) throw new FaultArmingError(names.route, `give ${names.operation} or ${names.route}, not both`);
    if (operation !== undefined) return { operation: this.#checkOperation(operation, names.operation) };
    if (route !== undefined) return { route: this.#checkRoute(route, names.route) };
    throw new FaultArmingError(names.operation, `required: an api operation id (e.g. "easypay.apply"), or else ${names.route} (e.g. "/traderapi/easypay.htm")`);
  }

  #checkOperation(value: unknown, field: string): string {
    const op = typeof value === 'string' ? this.#ops.get(value) : undefined;
    if (!op) throw new FaultArmingError(field, `no api operation ${shown(value)}; use an id of the operations table, e.g. "easypay.apply", "refund.apply", "cardBind.verify"`);
    if (op.kind !== 'api')
      throw new FaultArmingError(field, `${op.id} is ${op.kind === 'redirect' ? 'a payment page' : 'a notification the sandbox sends'}, not an api call; faults apply to api calls`);
    const answering = this.#answeredAs.get(op.id);
    if (answering)
      throw new FaultArmingError(field, `${op.id} shares ${op.route} and its request shape with ${answering}, which answers every call there; arm ${answering} or ${JSON.stringify(op.route)}`);
    return op.id;
  }

  #checkRoute(value: unknown, field: string): string {
    if (typeof value === 'string' && this.#routes.has(value)) return value;
    const page = typeof value === 'string' && [...this.#ops.values()].some((op) => op.kind === 'redirect' && op.route === value);
    throw new FaultArmingError(field, page ? `${value} is a payment page, not an api route; faults apply to api calls` : `no api route ${shown(value)}; use an operation's route path, e.g. "/traderapi/easypay.htm"`);
  }
}

/** The request fields and their presence: operations of one route with the same shape cannot be told apart (dispatch.ts). */
function requestShape(op: OperationDef): string {
  return op.request
    .map((rule) => `${rule.name}:${rule.presence}`)
    .sort()
    .join(',');
}
