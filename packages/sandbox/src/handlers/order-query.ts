/**
 * Result queries (easypay_payment_result_query.md, MPAY_payment_result_query.md,
 * aggregate-payment-result-query.md, exchange-payment-result-query.md,
 * instant-payment-result-query.md): the order's state as its wire view; the
 * answer builder keeps the fields each page lists. Unknown orders answer
 * 8901 (没有记录, return-codes.md): none of these pages names a code for it.
 */
import type { Product } from '../orders.ts';
import { orderFields } from '../orders.ts';
import { findOrder } from './find-order.ts';
import type { Handler } from './types.ts';

/**
 * A query handler over the orders of `products`: one LianLian system answers
 * for each (orderquery.htm for Easy Payment and MPAY, the wallet's
 * orderquery.htm for aggregate, online banking and unified payments, …).
 * `bank_name` and `memo` come only with query_version 1.1 ("returns only when
 * query_version is 1.1"); the sandbox has no bank failure to put in memo.
 */
export function orderQuery(products: readonly Product[]): Handler {
  return (ctx) => {
    const found = findOrder(ctx, { products, missing: '8901' });
    if ('outcome' in found) return found.outcome;
    const fields = orderFields(found.order);
    if (ctx.params.query_version !== '1.1') fields.bank_name = undefined;
    return { code: '0000', fields };
  };
}
