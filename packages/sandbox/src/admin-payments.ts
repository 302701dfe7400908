/**
 * The payment side of the admin routes: pay an order as its payer, re-send
 * a notification, list delivery attempts, and the checkout page behind
 * aggregate `payLoad` and unified `gateway_url` links.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PaidOrder } from './admin-types.ts';
import type { SandboxContext } from './context.ts';
import { parseJsonObject, readBody, sendHtml, sendJson } from './http.ts';
import { errorPage, orderPage } from './pages/html.ts';
import { ADMIN_PAY_PATH } from './pages/links.ts';
import { payAsPayer, servePayButton } from './pages/pay.ts';
import { RET_MSG } from './ret-codes.ts';

/**
 * `POST /_sandbox/pay`. A JSON body `{"oid_partner","no_order"}` answers JSON:
 * 200 `{oid_partner, no_order, oid_paybill, result_pay, sync_notification?}`
 * (`sync_notification`: `{action, fields}`, the signed form the browser would
 * post to url_return), 404 for no such order, 409 for one already paid or
 * paid through its API. A form body (the checkout page's button) answers HTML.
 */
export async function adminPay(req: IncomingMessage, res: ServerResponse, ctx: SandboxContext): Promise<void> {
  const text = await readBody(req);
  if (!(req.headers['content-type'] ?? '').toLowerCase().includes('json')) {
    const page = await servePayButton(text, ctx);
    ctx.log?.(`POST ${ADMIN_PAY_PATH} page → ${page.retCode}`);
    return sendHtml(res, page.status, page.html);
  }
  const { oid_partner: oidPartner, no_order: noOrder } = parseJsonObject(text) ?? {};
  if (typeof oidPartner !== 'string' || typeof noOrder !== 'string') return sendJson(res, 400, { error: 'need a JSON body {"oid_partner": "...", "no_order": "..."}' });
  const result = await payAsPayer(oidPartner, noOrder, ctx);
  switch (result.kind) {
    case 'unknown':
      return sendJson(res, 404, { error: 'no such order' });
    case 'not-on-page':
      return sendJson(res, 409, { error: `this order is paid through its API (${result.order.createdBy}), not by a payer on a page` });
    case 'refused':
      return sendJson(res, 409, { error: 'the order cannot be paid now', ret_code: result.code, ret_msg: RET_MSG[result.code] });
    case 'paid': {
      const { order, sync } = result;
      return sendJson(res, 200, {
        oid_partner: order.oidPartner,
        no_order: order.noOrder,
        oid_paybill: order.oidPaybill,
        result_pay: order.status,
        ...(sync && { sync_notification: sync }),
      } satisfies PaidOrder);
    }
  }
}

/**
 * `POST /_sandbox/notify` `{"oid_partner", "no_order"}` (or `"no_refund"`):
 * sends the paid order's (or the refund's) notification again, exactly as
 * first signed, and answers 200 `{"attempts": [...]}` once that delivery is
 * over; 404 for no such order or refund, 409 for an order not paid yet.
 */
export async function adminNotify(req: IncomingMessage, res: ServerResponse, ctx: SandboxContext): Promise<void> {
  const body = parseJsonObject(await readBody(req)) ?? {};
  const { oid_partner: oidPartner, no_order: noOrder, no_refund: noRefund } = body;
  if (typeof oidPartner !== 'string' || (typeof noOrder !== 'string') === (typeof noRefund !== 'string'))
    return sendJson(res, 400, { error: 'need a JSON body {"oid_partner": "...", "no_order": "..."} or {"oid_partner": "...", "no_refund": "..."}' });
  const order = typeof noOrder === 'string' ? ctx.state.order(oidPartner, noOrder) : undefined;
  const refund = typeof noRefund === 'string' ? ctx.state.refund(oidPartner, noRefund) : undefined;
  if (!order && !refund) return sendJson(res, 404, { error: typeof noOrder === 'string' ? 'no such order' : 'no such refund' });
  const attempts = await ctx.outbox.resend(order ? { order } : { refund: refund! });
  if (!attempts) return sendJson(res, 409, { error: 'no notification was sent for it yet: the order is not paid' });
  return sendJson(res, 200, { attempts });
}

/**
 * `GET /_sandbox/notifications` → `{"attempts": [...]}`, every delivery
 * attempt so far (operation, URL, merchant's ret_code, attempt number).
 * With `?settled=1` it first waits until no delivery is under way.
 */
export async function adminNotifications(res: ServerResponse, url: URL, ctx: SandboxContext): Promise<void> {
  if (url.searchParams.get('settled') === '1') await ctx.notifier.settled();
  sendJson(res, 200, { attempts: ctx.notifier.attempts() });
}

/** `GET /_sandbox/checkout?token=…`: the payment page of an aggregate or unified order; its button posts to `/_sandbox/pay`. */
export function adminCheckout(res: ServerResponse, url: URL, ctx: SandboxContext): void {
  const order = ctx.state.orderByPageToken(url.searchParams.get('token') ?? '');
  if (!order) return sendHtml(res, 404, errorPage('8901', RET_MSG['8901']));
  sendHtml(res, 200, orderPage(order, ADMIN_PAY_PATH));
}
