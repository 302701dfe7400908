/**
 * Where paid orders and refunds turn into notifications. Each one's message
 * is built and signed once and kept in the state (and its store), so a re-send
 * (`POST /_sandbox/notify`) delivers the very same bytes, as LianLian's own
 * duplicates would be (async-notification-concept.md: "your server has
 * received 2 same asynchronous notification for a same transaction").
 */
import type { RsaPrivateKey } from '@lianlian-sdk/node';
import type { NotifyTarget } from '../handlers/types.ts';
import type { SandboxState } from '../state.ts';
import { orderNotification, refundNotification } from './body.ts';
import type { DeliveryAttempt, Notifier } from './deliveries.ts';

/** Queues and re-sends notifications. */
export class Outbox {
  readonly #privateKey: RsaPrivateKey;
  readonly #notifier: Notifier;
  readonly #state: SandboxState;
  readonly #log: ((line: string) => void) | undefined;

  constructor(privateKey: RsaPrivateKey, notifier: Notifier, state: SandboxState, log?: (line: string) => void) {
    this.#privateKey = privateKey;
    this.#notifier = notifier;
    this.#state = state;
    this.#log = log;
  }

  /** Builds the target's notification (once, kept in the state) and delivers it in the background. */
  send(target: NotifyTarget): void {
    const built = 'order' in target ? orderNotification(target.order, this.#privateKey) : refundNotification(target.refund, this.#privateKey);
    const kept = built.catch((err: unknown) => {
      // A sandbox bug (a required field it could not fill): say which field, nothing of the order.
      this.#log?.(`notification not sent: ${err instanceof Error ? err.message : 'build failed'}`);
      return undefined;
    });
    this.#state.keepNotification(target, kept);
    void this.#notifier.track(kept.then((n) => (n ? this.#notifier.deliver(n) : [])));
  }

  /**
   * Delivers the target's notification again and resolves with this
   * delivery's attempts; `undefined` when none was ever built (not paid yet).
   */
  async resend(target: NotifyTarget): Promise<DeliveryAttempt[] | undefined> {
    const notification = await this.#state.notification(target);
    return notification ? this.#notifier.deliver(notification) : undefined;
  }
}
