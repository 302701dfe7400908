/**
 * The signed messages LianLian sends: async notifications (JSON to
 * notify_url, async-notification-concept.md) and the synchronous ones (a
 * form the payer's browser posts to url_return, sync-notification.md and the
 * "Synchronous Notification" sections of the redirect pages). Their fields
 * are the notification operation's `request` rules: the order's or refund's
 * wire view is cut to those and checked (conform.ts), then signed with the
 * sandbox key, `sign_type` RSA.
 */
import { nodeCryptoProvider, operations, sign, type OperationDef, type RsaPrivateKey } from '@lianlian-sdk/node';
import { conformFields } from '../conform.ts';
import { orderFields, refundFields, type PaymentOrder, type PreparedNotification, type Product, type Refund } from '../orders.ts';
import { RET_MSG } from '../ret-codes.ts';

/**
 * Products notified as another product: unified payments send the aggregate
 * notification and the online banking synchronous one (unified-gateway-payment.md,
 * "Asynchronous Notification" links aggregate-asyn-notification.md,
 * "Synchronous Notification" sync-notification.md).
 */
const NOTIFIED_AS: Partial<Record<Product, { readonly async: string; readonly sync: string }>> = {
  unified: { async: 'aggregate', sync: 'onlineBanking' },
};

const ALL = Object.values(operations) as OperationDef[];

function notificationOps(prefix: string, encoding: OperationDef['encoding']): OperationDef[] {
  return ALL.filter((op) => op.kind === 'notification' && op.encoding === encoding && op.id.startsWith(`${prefix}.`));
}

function notificationOp(prefix: string, encoding: OperationDef['encoding']): OperationDef | undefined {
  return notificationOps(prefix, encoding)[0];
}

/** The async (JSON) notification operation for orders of `product`, if the spec has one. */
export function asyncNotificationOp(product: Product): OperationDef | undefined {
  return notificationOp(NOTIFIED_AS[product]?.async ?? product, 'json');
}

/**
 * The synchronous (form) notification for an order: the one documented on
 * the page that created it (easypay_web_redirect.md#synchronous-notification
 * for easypay.webPayment), else its product's only one (online banking's
 * sync-notification.md, which unified payments use too).
 */
export function syncNotificationOp(order: PaymentOrder): OperationDef | undefined {
  const page = ALL.find((op) => op.id === order.createdBy)?.doc;
  const own = ALL.find((op) => op.kind === 'notification' && op.encoding !== 'json' && op.doc.split('#')[0] === page);
  if (own) return own;
  const candidates = notificationOps(NOTIFIED_AS[order.product]?.sync ?? order.product, 'form');
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The order's wire view as a notification states it: a success (some notifications carry ret_code / ret_msg). */
export function notificationFields(order: PaymentOrder): Record<string, string | undefined> {
  return { ...orderFields(order), ret_code: '0000', ret_msg: RET_MSG['0000'] };
}

/**
 * `fields` cut to the notification's rules, with `sign_type` RSA and the
 * sandbox's signature.
 * @throws {ConformanceError} when a required field is missing (a sandbox bug)
 */
export async function signedMessage(op: OperationDef, fields: Readonly<Record<string, unknown>>, privateKey: RsaPrivateKey): Promise<Record<string, string>> {
  const message = conformFields(op.request, { ...fields, sign_type: 'RSA' }) as Record<string, string>;
  message.sign = await sign(message, privateKey, 'RSA', nodeCryptoProvider);
  return message;
}

/** The paid order's async notification, or `undefined` when the spec has none for its product or it has no notify_url. */
export async function orderNotification(order: PaymentOrder, privateKey: RsaPrivateKey): Promise<PreparedNotification | undefined> {
  const op = asyncNotificationOp(order.product);
  if (!op || order.notifyUrl === undefined) return undefined;
  const message = await signedMessage(op, notificationFields(order), privateKey);
  return { opId: op.id, url: order.notifyUrl, body: JSON.stringify(message), ref: { oid_partner: order.oidPartner, no_order: order.noOrder } };
}

/** The refund's async notification (refund-async-notification.md). */
export async function refundNotification(refund: Refund, privateKey: RsaPrivateKey): Promise<PreparedNotification | undefined> {
  const op = notificationOp('refund', 'json');
  if (!op) return undefined;
  const message = await signedMessage(op, { ...refundFields(refund), ret_code: '0000', ret_msg: RET_MSG['0000'] }, privateKey);
  return { opId: op.id, url: refund.notifyUrl, body: JSON.stringify(message), ref: { oid_partner: refund.oidPartner, no_refund: refund.noRefund } };
}
