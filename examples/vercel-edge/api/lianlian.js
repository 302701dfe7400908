// A Vercel Edge Function taking LianLian payments (deploy: `vercel deploy`; this file is /api/lianlian).
import { LianLian, lianlianTime, randomString, riskItem } from '@lianlian-sdk/web';

export const config = { runtime: 'edge' };

// One client per isolate, made on the first request (env is read then, not at import).
let client;
function lianlian() {
  client ??= new LianLian({
    oidPartner: process.env.LIANLIAN_OID_PARTNER,
    privateKey: process.env.LIANLIAN_PRIVATE_KEY,
    lianlianPublicKey: process.env.LIANLIAN_PUBLIC_KEY,
    baseUrl: process.env.LIANLIAN_BASE_URL, // unset in production: LianLian's own API
  });
  return client;
}

// Orders by no_order. In memory for the example: in production use a shared store (Vercel KV, Upstash,
// your database), since edge isolates share nothing.
const orders = new Map();

/** The notification callback: a re-delivery of a paid order changes nothing. */
function onPaid(n) {
  const order = orders.get(n.no_order) ?? { status: 'unknown', deliveries: 0, processed: 0 };
  order.deliveries += 1;
  if (order.status !== 'paid' && n.result_pay === 'SUCCESS') {
    Object.assign(order, { status: 'paid', oid_paybill: n.oid_paybill, processed: order.processed + 1 }); // ship here, once
  }
  orders.set(n.no_order, order);
}

export default async function handler(request) {
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/api\/lianlian/, '') || '/';
  const ll = lianlian();

  if (request.method === 'POST' && path === '/card-bin') {
    const { card_no } = await request.json();
    const bin = await ll.cardBin.query({ card_no });
    return Response.json({ bank_code: bin.bank_code, bank_name: bin.bank_name, card_type: bin.card_type });
  }
  if (request.method === 'POST' && path === '/orders') {
    const { user_id, money_order } = await request.json();
    const no_order = `V${Date.now()}${randomString(6)}`;
    const applied = await ll.aggregate.apply({
      no_order,
      dt_order: lianlianTime(),
      busi_partner: '101001',
      name_goods: 'badminton racket',
      money_order,
      notify_url: new URL('/api/lianlian/notify', request.url).href,
      user_id,
      pay_type: 'I',
      risk_item: riskItem({ frms_ware_category: '1009', user_info_mercht_userno: user_id, user_info_dt_register: '20200101120000', goods_name: 'badminton racket' }),
    });
    orders.set(no_order, { status: 'waiting', deliveries: 0, processed: 0 });
    return Response.json({ no_order, oid_paybill: applied.oid_paybill });
  }
  if (request.method === 'POST' && path === '/notify') {
    return ll.aggregate.notificationHandler(onPaid)(request);
  }
  const order = path.match(/^\/orders\/(\w+)$/);
  if (request.method === 'GET' && order) {
    const found = orders.get(order[1]);
    return found ? Response.json(found) : Response.json({ error: 'unknown order' }, { status: 404 });
  }
  return Response.json({ error: 'not found' }, { status: 404 });
}
