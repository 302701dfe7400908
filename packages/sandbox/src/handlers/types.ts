/** The shape shared by the operation handlers. */
import type { OperationDef } from '@lianlian-sdk/node';
import type { Outcome } from '../answer.ts';
import type { PaymentOrder, Refund } from '../orders.ts';
import type { SandboxState } from '../state.ts';

/** What a notification is about: a paid order or a refund. */
export type NotifyTarget = { readonly order: PaymentOrder } | { readonly refund: Refund };

/** The state a payment changes and the way its notification goes out; what payments.ts needs. */
export interface SettleContext {
  readonly state: SandboxState;
  /** Queues the signed async notification for a paid order or a refund (notify/outbox.ts); never blocks the answer. */
  readonly notify: (target: NotifyTarget) => void;
}

/** A request that passed the common checks (check-request.ts). */
export interface HandlerContext extends SettleContext {
  /** The operation the request was dispatched to. */
  readonly op: OperationDef;
  /** The merchant, registered and with a verified signature. */
  readonly oidPartner: string;
  /** The signed parameters, as strings, already checked against the spec. */
  readonly params: Readonly<Record<string, string>>;
  /** The sandbox's origin (`http://127.0.0.1:port`), for the page URLs it hands out. */
  readonly origin: string;
}

/** Business logic for one operation: synchronous, so two requests never interleave inside it. */
export type Handler = (ctx: HandlerContext) => Outcome;
