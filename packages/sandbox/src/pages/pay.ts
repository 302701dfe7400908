/**
 * The payer pays: the "pay" button of a payment page (`POST {route}/pay`,
 * or `POST /_sandbox/pay` from the checkout page, both a form of
 * `oid_partner` + `no_order`), or a test calling `POST /_sandbox/pay` with
 * the same fields as JSON. The order is paid, or held for a
 * pre-authorisation (payments.ts), which queues the async notification.
 * With a `url_return`, the answer is the signed synchronous notification as
 * a form the browser posts there (sync-notification.md; "whenever the
 * payment or the authorization is confirmed as successful",
 * easypay_web_redirect.md).
 */
import type { SyncNotification } from '../admin-types.ts';
import { settleContext, type SandboxContext } from '../context.ts';
import { notificationFields, signedMessage, syncNotificationOp } from '../notify/body.ts';
import type { PaymentOrder } from '../orders.ts';
import { payOnPage } from '../payments.ts';
import type { RetCode } from '../ret-codes.ts';
import { autoPostPage, resultPage } from './html.ts';
import { refusedPage, type PageAnswer } from './redirect.ts';

/** What paying did. */
export type PayResult =
  | { readonly kind: 'unknown' }
  /** The order is paid through its API (SMS verify, instant payment), not by a payer on a page. */
  | { readonly kind: 'not-on-page'; readonly order: PaymentOrder }
  | { readonly kind: 'refused'; readonly order: PaymentOrder; readonly code: RetCode }
  | { readonly kind: 'paid'; readonly order: PaymentOrder; readonly sync?: SyncNotification };

/** Pays the merchant's order `noOrder` as its payer. */
export async function payAsPayer(oidPartner: string, noOrder: string, ctx: SandboxContext): Promise<PayResult> {
  const order = ctx.state.order(oidPartner, noOrder);
  if (!order) return { kind: 'unknown' };
  if (order.channel !== 'page') return { kind: 'not-on-page', order };
  const code = payOnPage(order, settleContext(ctx));
  ctx.state.flush(); // paid before anyone is told (the admin route answers through here too)
  if (code !== '0000') return { kind: 'refused', order, code };
  const op = syncNotificationOp(order);
  if (!op || order.urlReturn === undefined) return { kind: 'paid', order };
  const signed = await signedMessage(op, notificationFields(order), ctx.privateKey);
  // The H5 return is one form field, res_data, holding the signed fields as JSON (LLP-ExpressPay-PHP H5/llpay/lib/llpay_notify.class.php:100).
  const fields = op.encoding === 'res-data' ? { res_data: JSON.stringify(signed) } : signed;
  return { kind: 'paid', order, sync: { action: order.urlReturn, fields } };
}

/** The HTML answer to a pay button: the self-posting sync notification, or the result page. */
export async function servePayButton(rawBody: string | undefined, ctx: SandboxContext): Promise<PageAnswer> {
  const form = new URLSearchParams(rawBody ?? '');
  const oidPartner = form.get('oid_partner');
  const noOrder = form.get('no_order');
  if (!oidPartner || !noOrder) return refusedPage('1004', oidPartner ? 'no_order' : 'oid_partner');
  const result = await payAsPayer(oidPartner, noOrder, ctx);
  switch (result.kind) {
    case 'unknown':
    case 'not-on-page':
      return refusedPage('8901', undefined, 404);
    case 'refused':
      return refusedPage(result.code, undefined, 409);
    case 'paid':
      return { status: 200, html: result.sync ? autoPostPage(result.sync.action, result.sync.fields) : resultPage(result.order), retCode: '0000' };
  }
}
