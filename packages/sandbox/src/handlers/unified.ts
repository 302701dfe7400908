/**
 * Unified gateway payment (unified-gateway-payment.md): the merchant's
 * server creates the order and gets a payment page URL (`gateway_url`) for
 * the payer; paying there sends the aggregate notification
 * (aggregate-asyn-notification.md, as the page's step 3 says) and, with a
 * url_return, the synchronous one (sync-notification.md, step 2).
 */
import { orderFields } from '../orders.ts';
import { openOrder } from '../payments.ts';
import { checkoutUrl } from '../pages/links.ts';
import { randomToken } from '../random.ts';
import type { Handler } from './types.ts';

/** flag_pay_product 2 and 12 are online banking (Unified-direct-api.md); 0 and 1 bank card payments. */
const ONLINE_BANKING = new Set(['2', '12']);

/**
 * unified.createBill (Unified-direct-api.md): 1002 for a used no_order;
 * else `0000` with the order, the page token and gateway_url. The order's
 * pay_type (for notifications) is card_type for online banking (default
 * `1`, debit card) and `2` (express pay, debit card) for card payments.
 */
export const unifiedCreateBill: Handler = (ctx) => {
  const { op, params, state, oidPartner, origin } = ctx;
  if (state.order(oidPartner, params.no_order ?? '')) return { code: '1002' };
  const pageToken = randomToken();
  const payType = ONLINE_BANKING.has(params.flag_pay_product ?? '') ? (params.card_type ?? '1') : '2';
  const order = openOrder({ op, oidPartner, channel: 'page', now: state.now() }, params, { pageToken, payType });
  state.addOrder(order);
  return { code: '0000', fields: { ...orderFields(order), token: pageToken, gateway_url: checkoutUrl(origin, pageToken) } };
};
