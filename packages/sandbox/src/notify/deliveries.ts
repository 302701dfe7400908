/**
 * Delivers notifications the way async-notification-concept.md describes:
 * a POST of the JSON body with `Content-type: text/json;charset=utf-8`,
 * counted as received only when the merchant answers `{"ret_code":"0000"}`,
 * and re-sent otherwise. LianLian re-sends 30 times every 2 minutes and
 * gives up on an answer after 5 seconds; the sandbox keeps the same logic
 * with small, configurable numbers so a test sees retries in milliseconds.
 *
 * Every attempt is recorded (operation, URL, what the merchant answered,
 * attempt number) for `GET /_sandbox/notifications`; no message content,
 * hence no personal data, is kept there or logged.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { lianlianTime } from '@lianlian-sdk/node';
import type { DeliveryAttempt } from '../admin-types.ts';
import type { PreparedNotification } from '../orders.ts';

export type { DeliveryAttempt, DeliveryOutcome } from '../admin-types.ts';

/** LianLian's own schedule (async-notification-concept.md, "Resending logic"), for reference. */
export const LIANLIAN_NOTIFY_ATTEMPTS = 30;
/** LianLian waits 2 minutes between attempts. */
export const LIANLIAN_NOTIFY_INTERVAL_MS = 2 * 60 * 1000;
/** LianLian counts an attempt failed after 5 seconds without an answer. */
export const LIANLIAN_NOTIFY_TIMEOUT_MS = 5_000;

/** How the sandbox delivers notifications. */
export interface DeliveryOptions {
  /** Attempts per delivery, the first included. Default 3 (LianLian: 30). */
  readonly attempts?: number;
  /** Milliseconds between attempts. Default 100 (LianLian: 2 minutes). */
  readonly intervalMs?: number;
  /** Milliseconds to wait for the merchant's answer. Default 5000, as LianLian. */
  readonly timeoutMs?: number;
  /**
   * Which notify_url / url_return hosts the sandbox may contact. Default: loopback
   * only (127.0.0.0/8, localhost, [::1]), so a test's placeholder such as
   * `https://merchant.example/notify` never leaves the machine; such a delivery
   * is recorded as `skipped`.
   */
  readonly allowUrl?: (url: URL) => boolean;
}

/** True for 127.0.0.0/8, localhost and [::1]. */
export function isLoopbackUrl(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
}

/** Delivery attempts (and per-notification delivery counters) kept in memory; the oldest go first. */
export const MAX_LOGGED_ATTEMPTS = 10_000;

/** Sends notifications with retries and keeps the log of the latest {@link MAX_LOGGED_ATTEMPTS} attempts. */
export class Notifier {
  readonly #attempts: number;
  readonly #intervalMs: number;
  readonly #timeoutMs: number;
  readonly #allowUrl: (url: URL) => boolean;
  readonly #now: () => number;
  readonly #log: ((line: string) => void) | undefined;
  readonly #closing = new AbortController();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #record: DeliveryAttempt[] = [];
  readonly #deliveries = new Map<string, number>();

  constructor(options: DeliveryOptions = {}, now: () => number = Date.now, log?: (line: string) => void) {
    this.#attempts = positiveInteger(options.attempts ?? 3, 'attempts');
    this.#intervalMs = nonNegativeInteger(options.intervalMs ?? 100, 'intervalMs');
    this.#timeoutMs = positiveInteger(options.timeoutMs ?? LIANLIAN_NOTIFY_TIMEOUT_MS, 'timeoutMs');
    this.#allowUrl = options.allowUrl ?? isLoopbackUrl;
    this.#now = now;
    this.#log = log;
  }

  /** Every attempt so far (the latest {@link MAX_LOGGED_ATTEMPTS}), oldest first. */
  attempts(): readonly DeliveryAttempt[] {
    return [...this.#record];
  }

  /** Keeps `work` in {@link Notifier.settled}'s reckoning. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    const done = (): void => void this.#pending.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves once no notification is being prepared, sent or waiting for a retry. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  /**
   * Delivers `notification` (one delivery: up to `attempts` attempts) and
   * resolves with its attempts. Never rejects.
   */
  deliver(notification: PreparedNotification): Promise<DeliveryAttempt[]> {
    return this.track(this.#run(notification));
  }

  /** Stops retries and in-flight sends. */
  close(): void {
    this.#closing.abort();
  }

  async #run(n: PreparedNotification): Promise<DeliveryAttempt[]> {
    const key = `${n.opId}\u0000${n.ref.oid_partner}\u0000${n.ref.no_order ?? n.ref.no_refund ?? ''}`;
    const delivery = (this.#deliveries.get(key) ?? 0) + 1;
    this.#deliveries.delete(key); // re-inserted last: the Map's order is least recently delivered first
    this.#deliveries.set(key, delivery);
    if (this.#deliveries.size > MAX_LOGGED_ATTEMPTS) this.#deliveries.delete(this.#deliveries.keys().next().value!);
    const base = { op: n.opId, url: n.url, ...n.ref, delivery };
    const made: DeliveryAttempt[] = [];
    const note = (attempt: DeliveryAttempt): void => {
      made.push(attempt);
      this.#record.push(attempt);
      if (this.#record.length > MAX_LOGGED_ATTEMPTS) this.#record.splice(0, this.#record.length - MAX_LOGGED_ATTEMPTS);
      this.#log?.(`notify ${attempt.op} delivery ${attempt.delivery} attempt ${attempt.attempt} → ${attempt.ret_code ?? attempt.outcome}`);
    };
    if (!this.#allowed(n.url)) {
      note({ ...base, attempt: 0, outcome: 'skipped', at: this.#stamp() });
      return made;
    }
    for (let attempt = 1; attempt <= this.#attempts; attempt++) {
      if (attempt > 1 && !(await this.#wait())) break;
      if (this.#closing.signal.aborted) break;
      const answer = await this.#post(n);
      note({ ...base, attempt, ...answer, at: this.#stamp() });
      if (answer.outcome === 'acknowledged') break;
    }
    return made;
  }

  #allowed(url: string): boolean {
    try {
      const parsed = new URL(url);
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && this.#allowUrl(parsed);
    } catch {
      return false;
    }
  }

  async #wait(): Promise<boolean> {
    try {
      await sleep(this.#intervalMs, undefined, { signal: this.#closing.signal });
      return true;
    } catch {
      return false;
    }
  }

  async #post(n: PreparedNotification): Promise<Pick<DeliveryAttempt, 'outcome' | 'status' | 'ret_code'>> {
    let response: Response;
    try {
      response = await fetch(n.url, {
        method: 'POST',
        headers: { 'content-type': 'text/json;charset=utf-8' },
        body: n.body,
        redirect: 'manual',
        signal: AbortSignal.any([this.#closing.signal, AbortSignal.timeout(this.#timeoutMs)]),
      });
    } catch {
      return { outcome: 'failed' };
    }
    let retCode: string | undefined;
    try {
      const answer: unknown = JSON.parse(await response.text());
      const code = answer !== null && typeof answer === 'object' ? (answer as Record<string, unknown>).ret_code : undefined;
      if (typeof code === 'string') retCode = code;
    } catch {
      retCode = undefined;
    }
    const acknowledged = response.ok && retCode === '0000';
    return { outcome: acknowledged ? 'acknowledged' : 'rejected', status: response.status, ...(retCode !== undefined && { ret_code: retCode }) };
  }

  #stamp(): string {
    return lianlianTime(new Date(this.#now()));
  }
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`notify.${name} must be a positive integer`);
  return value;
}

function nonNegativeInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`notify.${name} must be a non-negative integer`);
  return value;
}
