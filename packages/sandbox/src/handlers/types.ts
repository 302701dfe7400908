/** The shape shared by the operation handlers. */
import type { Outcome } from '../answer.ts';
import type { SandboxState } from '../state.ts';

/** A request that passed the common checks (check-request.ts). */
export interface HandlerContext {
  /** The merchant, registered and with a verified signature. */
  readonly oidPartner: string;
  /** The signed parameters, as strings, already checked against the spec. */
  readonly params: Readonly<Record<string, string>>;
  readonly state: SandboxState;
}

/** Business logic for one operation: synchronous, so two requests never interleave inside it. */
export type Handler = (ctx: HandlerContext) => Outcome;
