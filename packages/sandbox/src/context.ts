/** What every part of a running sandbox shares: its state, key, notification machinery, armed faults and address. */
import type { RsaPrivateKey } from '@lianlian-sdk/node';
import type { FaultPlan } from './faults/plan.ts';
import type { SettleContext } from './handlers/types.ts';
import type { Notifier } from './notify/deliveries.ts';
import type { Outbox } from './notify/outbox.ts';
import type { SandboxState } from './state.ts';

/** One running sandbox. */
export interface SandboxContext {
  readonly state: SandboxState;
  /** Signs answers, notifications and sync forms; opens pay_load envelopes. */
  readonly privateKey: RsaPrivateKey;
  readonly publicKeyPem: string;
  readonly notifier: Notifier;
  readonly outbox: Outbox;
  /** Faults armed for the next API calls (faults/). */
  readonly faults: FaultPlan;
  /** The origin it listens on, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** One line per call; never request data. */
  readonly log: ((line: string) => void) | undefined;
}

/** The part of the context that payments change and notify through. */
export function settleContext(ctx: SandboxContext): SettleContext {
  return { state: ctx.state, notify: (target) => ctx.outbox.send(target) };
}
