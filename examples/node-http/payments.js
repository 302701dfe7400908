// The payment logic, independent of the HTTP framework.
import { LianLian, lianlianTime, randomString, riskItem } from '@lianlian-sdk/node';

// One client for the process, made on first use (keys are parsed once).
let client;
export function lianlian() {
  client ??= new LianLian({
    oidPartner: process.env.LIANLIAN_OID_PARTNER,
    privateKey: process.env.LIANLIAN_PRIVATE_KEY,
    lianlianPublicKey: process.env.LIANLIAN_PUBLIC_KEY,
    baseUrl: process.env.LIANLIAN_BASE_URL, // unset in production: LianLian's own API
  });
  return client;
}

// Orders by no_order; in memory for the example, your database in production.
export const orders = new Map();

export async function cardBin(card_no) {
  const bin = await lianlian().cardBin.query({ card_no });
  return { bank_code: bin.bank_code, bank_name: bin.bank_name, card_type: bin.card_type };
}

export async function createOrder({ user_id, money_order }, notifyUrl) {
  const no_order = `N${Date.now()}${randomString(6)}`;
  const applied = await lianlian().aggregate.apply({
    no_order,
    dt_order: lianlianTime(),
    busi_partner: '101001',
    name_goods: 'badminton racket',
    money_order,
    notify_url: notifyUrl,
    user_id,
    pay_type: 'I',
    risk_item: riskItem({ frms_ware_category: '1009', user_info_mercht_userno: user_id, user_info_dt_register: '20200101120000', goods_name: 'badminton racket' }),
  });
  orders.set(no_order, { status: 'waiting', deliveries: 0, processed: 0 });
  return { no_order, oid_paybill: applied.oid_paybill };
}

/** The notification callback: a re-delivery of a paid order changes nothing. */
export function onPaid(n) {
  const order = orders.get(n.no_order) ?? { status: 'unknown', deliveries: 0, processed: 0 };
  order.deliveries += 1;
  if (order.status !== 'paid' && n.result_pay === 'SUCCESS') {
    Object.assign(order, { status: 'paid', oid_paybill: n.oid_paybill, processed: order.processed + 1 }); // ship here, once
  }
  orders.set(n.no_order, order);
}
