// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Hooks a merchant passes in the config to watch every call: logging, metrics,
 * tracing. Each receives what happened, never a secret: bodies are `redact()`ed
 * before a hook sees them, so no card number, ID number, phone, name or key
 * reaches one in full.
 * @module
 */
import { redact } from '../1-errors-encoding/redact.ts';
import type { OperationEffect } from '../1-errors-encoding/operation.ts';

/** One moment of a call, as a hook receives it. */
export interface CallEvent {
  /** Operation id, e.g. `cardBind.query`. */
  readonly operation: string;
  /** `read` calls are retried on network errors, 429 and 5xx; `write` calls are sent once. */
  readonly effect: OperationEffect;
  /** 1 for the first attempt, 2 for the first retry… */
  readonly attempt: number;
  /** Milliseconds since this attempt started (0 in `onRequest`). */
  readonly durationMs: number;
  /** HTTP status of the answer, once there is one. */
  readonly status?: number;
  /** LianLian's ret_code, once the answer has been read. */
  readonly retCode?: string;
  /** The request's fields (`onRequest`) or the answer's (`onResponse`), redacted; before verification. */
  readonly body?: Readonly<Record<string, unknown>>;
}

/** A failed attempt about to be retried, or a call that failed. */
export interface CallFailureEvent extends CallEvent {
  /** The error the call failed with. */
  readonly error: Error;
  /** `onRetry`: milliseconds until the next attempt. */
  readonly delayMs?: number;
}

/** Hooks in {@link LianLianConfig.hooks}. They may be async; the call does not wait for them. */
export interface CallHooks {
  /** Each attempt, as it is sent. */
  readonly onRequest?: (event: CallEvent) => unknown;
  /** Each HTTP answer, a failed status included. */
  readonly onResponse?: (event: CallEvent) => unknown;
  /** A `read` call's failed attempt, before it is retried. */
  readonly onRetry?: (event: CallFailureEvent) => unknown;
  /** The call failed: TransportError, LianLianError, SignatureVerificationError… (validation errors, raised before sending, excluded). */
  readonly onError?: (event: CallFailureEvent) => unknown;
}

/**
 * Calls one hook. What a call returns must not depend on a hook (a payment that
 * went through must not turn into an error because a logger threw), so a hook's
 * error is rethrown on its own, where the runtime reports uncaught errors.
 * The event is built only when the hook is set: a call without hooks redacts nothing.
 * @internal
 */
export function runHook<E>(hook: ((event: E) => unknown) | undefined, event: () => E): void {
  if (!hook) return;
  try {
    const result = hook(event());
    if (result instanceof Promise) result.catch(rethrowLater);
  } catch (err) {
    rethrowLater(err);
  }
}

function rethrowLater(err: unknown): void {
  queueMicrotask(() => {
    throw err;
  });
}

/** A body as hooks see it. @internal */
export function redactedBody(body: unknown): Readonly<Record<string, unknown>> | undefined {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (redact(body as Record<string, unknown>) as Record<string, unknown>) : undefined;
}
