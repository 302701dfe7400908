/**
 * Checks what arms a fault, from Node (`ArmFault`, camelCase) or from
 * `POST /_sandbox/faults` (`FaultArming`, snake_case), into one
 * {@link FaultSpec}. Every refusal names the field as the caller spelt it.
 */
import type { FaultKind } from '../admin-types.ts';
import { FaultArmingError, shown } from './errors.ts';
import type { CheckedTarget, FaultTargets } from './targets.ts';

/** The four faults, in the order the docs list them. */
export const FAULT_KINDS: readonly FaultKind[] = ['drop-answer-after-acting', 'unavailable-before-acting', 'delay', 'reset-before-acting'];

/** Most matching calls one fault may apply to. */
export const MAX_FAULT_TIMES = 1000;

/** Longest delay: 10 minutes, more than any client timeout worth testing. */
export const MAX_DELAY_MS = 600_000;

/** A checked fault. */
export type FaultSpec = CheckedTarget & {
  readonly kind: FaultKind;
  readonly times: number;
  readonly delayMs?: number;
  /** The Retry-After header value, as sent. */
  readonly retryAfter?: string;
};

/** How a caller spells each input. */
export type FaultNames = Readonly<Record<'kind' | 'operation' | 'route' | 'times' | 'delayMs' | 'retryAfter', string>>;

/** Node's `sandbox.armFault` and the admin client's input. */
export const JS_NAMES: FaultNames = { kind: 'kind', operation: 'operation', route: 'route', times: 'times', delayMs: 'delayMs', retryAfter: 'retryAfter' };

/** `POST /_sandbox/faults`' JSON body. */
export const WIRE_NAMES: FaultNames = { ...JS_NAMES, delayMs: 'delay_ms', retryAfter: 'retry_after' };

/** An HTTP date in the one form senders must use (RFC 9110 IMF-fixdate), e.g. `Wed, 21 Oct 2015 07:28:00 GMT`. */
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * The fault `input` describes.
 * @throws FaultArmingError naming the first field that is missing, unknown or wrong
 */
export function parseFault(input: unknown, names: FaultNames, targets: FaultTargets): FaultSpec {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new FaultArmingError('body', `must be an object like {"${names.kind}": "delay", "${names.operation}": "easypay.apply", "${names.delayMs}": 5000}, got ${shown(input)}`);
  const fields = input as Record<string, unknown>;
  const known = Object.values(names);
  const unknown = Object.keys(fields).find((key) => !known.includes(key));
  if (unknown !== undefined) throw new FaultArmingError(unknown, `unknown field; a fault takes ${known.join(', ')}`);
  const get = (key: keyof FaultNames) => fields[names[key]];

  const kind = get('kind');
  if (!FAULT_KINDS.includes(kind as FaultKind)) throw new FaultArmingError(names.kind, `must be one of ${FAULT_KINDS.join(', ')}; got ${shown(kind)}`);
  const target = targets.check(get('operation'), get('route'), names);
  const times = get('times') ?? 1;
  if (!isIntegerIn(times, 1, MAX_FAULT_TIMES)) throw new FaultArmingError(names.times, `must be an integer from 1 to ${MAX_FAULT_TIMES} (matching calls), got ${shown(times)}`);

  const delayMs = get('delayMs');
  if (kind === 'delay') {
    if (!isIntegerIn(delayMs, 1, MAX_DELAY_MS)) throw new FaultArmingError(names.delayMs, `required for kind "delay": an integer from 1 to ${MAX_DELAY_MS} (milliseconds), got ${shown(delayMs)}`);
  } else if (delayMs !== undefined) throw new FaultArmingError(names.delayMs, `applies only to kind "delay", not "${kind as string}"`);

  const retryAfter = get('retryAfter');
  if (retryAfter !== undefined && kind !== 'unavailable-before-acting')
    throw new FaultArmingError(names.retryAfter, `applies only to kind "unavailable-before-acting", not "${kind as string}"`);
  const header = retryAfter === undefined ? undefined : retryAfterHeader(retryAfter);
  if (header === null)
    throw new FaultArmingError(names.retryAfter, `must be seconds (an integer of 0 or more) or an HTTP date like "Wed, 21 Oct 2015 07:28:00 GMT", got ${shown(retryAfter)}`);

  return {
    ...target,
    kind: kind as FaultKind,
    times: times as number,
    ...(kind === 'delay' && { delayMs: delayMs as number }),
    ...(header !== undefined && { retryAfter: header }),
  };
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The header value of a Retry-After input (RFC 9110 §10.2.3: delay-seconds or HTTP-date), or `null` when it is neither. */
function retryAfterHeader(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  if (typeof value !== 'string') return null;
  if (/^\d{1,10}$/.test(value)) return value;
  // The regex keeps CR/LF out of the header; the round trip refuses dates that do not exist (31 Feb, a wrong weekday).
  return IMF_FIXDATE.test(value) && new Date(value).toUTCString() === value ? value : null;
}
