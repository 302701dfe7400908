/**
 * Finds the order a query, refund or pre-authorisation call names. The
 * pages let the merchant name it by `no_order`, by `oid_paybill`, or both
 * ("Optional if oid_paybill is present", easypay_payment_result_query.md);
 * `dt_order` and `user_id`, when sent, must match too.
 */
import type { Outcome } from '../answer.ts';
import type { PaymentOrder, Product } from '../orders.ts';
import { refreshStatus } from '../payments.ts';
import type { RetCode } from '../ret-codes.ts';
import type { HandlerContext } from './types.ts';

/** The order, or the answer to give instead. */
export type Found = { readonly order: PaymentOrder } | { readonly outcome: Outcome };

/** How to look: which products the endpoint serves, and the ret_code for "no such order". */
export interface FindOptions {
  readonly products: readonly Product[];
  /** `8901` (没有记录) for queries, `5002` (原始交易不存在) for refunds and captures. */
  readonly missing: RetCode;
}

/**
 * Looks the order up. `1004（no_order）` when neither key is sent, `9092`
 * (支付单号与订单号不一致) when the two keys name different orders, the
 * `missing` code when there is no such order of these products.
 */
export function findOrder(ctx: HandlerContext, options: FindOptions): Found {
  const { params, state, oidPartner } = ctx;
  const { no_order: noOrder, oid_paybill: oidPaybill } = params;
  if (noOrder === undefined && oidPaybill === undefined) return { outcome: { code: '1004', field: 'no_order' } };
  const byNo = noOrder === undefined ? undefined : state.order(oidPartner, noOrder);
  const byPaybill = oidPaybill === undefined ? undefined : state.orderByPaybill(oidPartner, oidPaybill);
  const missing = { outcome: { code: options.missing } };
  if (noOrder !== undefined && oidPaybill !== undefined && byNo !== byPaybill) return byNo || byPaybill ? { outcome: { code: '9092' } } : missing;
  const order = byNo ?? byPaybill;
  if (!order || !options.products.includes(order.product)) return missing;
  if (params.dt_order !== undefined && params.dt_order !== order.dtOrder) return missing;
  if (params.user_id !== undefined && order.userId !== undefined && params.user_id !== order.userId) return missing;
  refreshStatus(order, state.now());
  return { order };
}
