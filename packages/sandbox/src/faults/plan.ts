/**
 * The faults armed on one sandbox, in the order they were armed. Each API
 * call takes the first fault whose operation id or route matches it; a fault
 * is used up after `times` calls. Kept in memory only: a restarted sandbox
 * has none.
 */
import type { ArmedFault } from '../admin-types.ts';
import { FaultArmingError } from './errors.ts';
import { parseFault, type FaultNames, type FaultSpec } from './parse.ts';
import type { FaultTargets } from './targets.ts';

/** Most faults armed at once, so a runaway script cannot grow the sandbox's memory. */
export const MAX_ARMED_FAULTS = 1000;

/** A fault one call took. */
export type TakenFault = FaultSpec & { readonly id: string };

interface Armed {
  readonly id: string;
  readonly spec: FaultSpec;
  left: number;
}

/** Armed faults and the delays under way. */
export class FaultPlan {
  #armed: Armed[] = [];
  #seq = 0;
  readonly #closing = new AbortController();
  readonly #targets: FaultTargets;

  constructor(targets: FaultTargets) {
    this.#targets = targets;
  }

  /**
   * Arms the fault `input` describes (`names`: how its caller spells the fields) behind those already armed.
   * @throws FaultArmingError naming the bad field (status 400), or (status 409) when {@link MAX_ARMED_FAULTS} are armed
   */
  arm(input: unknown, names: FaultNames): ArmedFault {
    const spec = parseFault(input, names, this.#targets);
    if (this.#armed.length >= MAX_ARMED_FAULTS)
      throw new FaultArmingError('faults', `${MAX_ARMED_FAULTS} faults are armed already; clear some first (DELETE /_sandbox/faults)`, 409);
    const armed: Armed = { id: `f${++this.#seq}`, spec, left: spec.times };
    this.#armed.push(armed);
    return view(armed);
  }

  /** The armed faults, in the order calls will take them. */
  list(): ArmedFault[] {
    return this.#armed.map(view);
  }

  /** Disarms the fault `id`, or every fault; returns how many were disarmed. */
  clear(id?: string): number {
    const before = this.#armed.length;
    this.#armed = id === undefined ? [] : this.#armed.filter((a) => a.id !== id);
    return before - this.#armed.length;
  }

  /** The first armed fault for a call of operation `opId` on `route`, counted as used once. */
  take(route: string, opId: string): TakenFault | undefined {
    const armed = this.#armed.find((a) => ('operation' in a.spec ? a.spec.operation === opId : a.spec.route === route));
    if (!armed) return undefined;
    if (--armed.left === 0) this.#armed = this.#armed.filter((a) => a !== armed);
    return { ...armed.spec, id: armed.id };
  }

  /** Waits `ms`; `false` when the sandbox closed first (the call is then dropped, not processed). */
  wait(ms: number): Promise<boolean> {
    const signal = this.#closing.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (waited: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', stop);
        resolve(waited);
      };
      const stop = () => done(false);
      const timer = setTimeout(() => done(true), ms);
      signal.addEventListener('abort', stop, { once: true });
    });
  }

  /** Ends every delay under way; called when the sandbox closes. */
  close(): void {
    this.#closing.abort();
  }
}

function view({ id, spec, left }: Armed): ArmedFault {
  return {
    id,
    kind: spec.kind,
    ...('operation' in spec ? { operation: spec.operation } : { route: spec.route }),
    times_left: left,
    ...(spec.delayMs !== undefined && { delay_ms: spec.delayMs }),
    ...(spec.retryAfter !== undefined && { retry_after: spec.retryAfter }),
  };
}
