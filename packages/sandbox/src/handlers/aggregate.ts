/**
 * Aggregate payment direct API (aggregate-direct-api.md): creates an order
 * the payer pays in a wallet (WeChat Pay, Alipay). The payer's side is the
 * sandbox checkout page: `payLoad` is its URL for the QR code payments (I,
 * L) and a JSON text naming it for the in-app ones (Y, W); paying there, or
 * `POST /_sandbox/pay`, pays the order and sends aggregate-asyn-notification.md.
 * The result query serves aggregate, online banking and unified orders alike
 * (one endpoint, answered as aggregate.query, dispatch.ts).
 */
import { orderFields } from '../orders.ts';
import { openOrder } from '../payments.ts';
import { checkoutUrl } from '../pages/links.ts';
import { randomToken } from '../random.ts';
import { orderQuery } from './order-query.ts';
import type { Handler } from './types.ts';

/** Pay types answered with a QR code link (aggregate-direct-api.md: "For QR code payments, a link of QR code is returned"). */
const QR_PAY_TYPES = new Set(['I', 'L']);

/** aggregate.apply: 1002 for a used no_order; else `0000` with the WAITING order and its payLoad. */
export const aggregateApply: Handler = (ctx) => {
  const { op, params, state, oidPartner, origin } = ctx;
  if (state.order(oidPartner, params.no_order ?? '')) return { code: '1002' };
  const pageToken = randomToken();
  const order = openOrder({ op, oidPartner, channel: 'page', now: state.now() }, params, { pageToken });
  state.addOrder(order);
  const url = checkoutUrl(origin, pageToken);
  const payLoad = QR_PAY_TYPES.has(params.pay_type ?? '') ? url : JSON.stringify({ appid: 'lianlian-sandbox', checkout_url: url });
  return { code: '0000', fields: { ...orderFields(order), payLoad } };
};

/** aggregate.query and onlineBanking.query (/wallet/llwalletapi/orderquery.htm). */
export const walletOrderQuery: Handler = orderQuery(['aggregate', 'onlineBanking', 'unified']);
