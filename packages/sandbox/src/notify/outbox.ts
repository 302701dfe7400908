/**
 * Where paid orders and refunds turn into notifications. Each one's message
 * is built and signed once and kept on the order or refund, so a re-send
 * (`POST /_sandbox/notify`) delivers the very same bytes, as LianLian's own
 * duplicates would be (async-notification-concept.md: "your server has
 * received 2 same asynchronous notification for a same transaction").
 */
import type { RsaPrivateKey } from '@lianlian-sdk/node';
import type { NotifyTarget } from '../handlers/types.ts';
import type { PreparedNotification } from '../orders.ts';
import { orderNotification, refundNotification } from './body.ts';
import type { DeliveryAttempt, Notifier } from './deliveries.ts';

/** Queues and re-sends notifications. */
export class Outbox {
  readonly #privateKey: RsaPrivateKey;
  readonly #notifier: Notifier;
  readonly #log: ((line: string) => void) | undefined;

  constructor(privateKey: RsaPrivateKey, notifier: Notifier, log?: (line: string) => void) {
    this.#privateKey = privateKey;
    this.#notifier = notifier;
    this.#log = log;
  }

  /** Builds the target's notification (once, kept on the target) and delivers it in the background. */
  send(target: NotifyTarget): void {
    const built = 'order' in target ? orderNotification(target.order, this.#privateKey) : refundNotification(target.refund, this.#privateKey);
    const kept = built.catch((err: unknown) => {
      // A sandbox bug (a required field it could not fill): say which field, nothing of the order.
      this.#log?.(`notification not sent: ${err instanceof Error ? err.message : 'build failed'}`);
      return undefined;
    });
    if ('order' in target) target.order.notification = kept;
    else target.refund.notification = kept;
    void this.#notifier.track(kept.then((n) => (n ? this.#notifier.deliver(n) : [])));
  }

  /**
   * Delivers the target's notification again and resolves with this
   * delivery's attempts; `undefined` when none was ever built (not paid yet).
   */
  async resend(target: NotifyTarget): Promise<DeliveryAttempt[] | undefined> {
    const kept: Promise<PreparedNotification | undefined> | undefined = 'order' in target ? target.order.notification : target.refund.notification;
    const notification = await kept;
    return notification ? this.#notifier.deliver(notification) : undefined;
  }
}
