/**
 * Easy Payment direct APIs (easypay.md): apply and verify (card-payment.ts),
 * and the result query. Pre-authorisations are in preauth.ts; the redirect
 * pages in pages/.
 */
import { applyCardPayment, verifyCardPayment } from './card-payment.ts';
import { orderQuery } from './order-query.ts';
import type { Handler } from './types.ts';

/** easypay.apply (easypay-apply-direct-API.md): `0000` with the order and an SMS token. */
export const easypayApply: Handler = (ctx) => applyCardPayment(ctx, '0000');

/** easypay.verify (easypay-verify-direct-api.md): pays (pay_type M) or holds (F) the order. */
export const easypayVerify: Handler = verifyCardPayment;

/**
 * easypay.query and mpay.query (one endpoint, /queryapi/orderquery.htm):
 * Easy Payment and MPAY orders, answered as easypay.query (dispatch.ts).
 */
export const cardOrderQuery: Handler = orderQuery(['easypay', 'mpay']);
