// A Cloudflare Worker taking LianLian payments. Keys and the merchant id are bindings
// (wrangler secrets / vars), read per request from `env`, never from process.env.
import { LianLian, lianlianTime, randomString, riskItem } from '@lianlian-sdk/web';

// One client per isolate, made on the first request: importing keys costs a few ms,
// and the isolate serves many requests.
let client;
function lianlian(env) {
  client ??= new LianLian({
    oidPartner: env.LIANLIAN_OID_PARTNER,
    privateKey: env.LIANLIAN_PRIVATE_KEY,
    lianlianPublicKey: env.LIANLIAN_PUBLIC_KEY,
    baseUrl: env.LIANLIAN_BASE_URL, // unset in production: LianLian's own API
  });
  return client;
}

const json = (body, status = 200) => Response.json(body, { status });

/** The notification callback: KV keeps each order's state, so a re-delivery changes nothing. */
async function onPaid(notification, env) {
  const key = `order:${notification.no_order}`;
  const order = JSON.parse((await env.ORDERS.get(key)) ?? '{"status":"unknown"}');
  order.deliveries = (order.deliveries ?? 0) + 1;
  if (order.status !== 'paid' && notification.result_pay === 'SUCCESS') {
    order.status = 'paid';
    order.oid_paybill = notification.oid_paybill;
    order.processed = (order.processed ?? 0) + 1; // ship the goods here, once
  }
  await env.ORDERS.put(key, JSON.stringify(order));
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const ll = lianlian(env);

    if (request.method === 'POST' && url.pathname === '/card-bin') {
      const { card_no } = await request.json();
      const bin = await ll.cardBin.query({ card_no });
      return json({ bank_code: bin.bank_code, bank_name: bin.bank_name, card_type: bin.card_type });
    }

    if (request.method === 'POST' && url.pathname === '/orders') {
      const { user_id, money_order } = await request.json();
      const no_order = `W${Date.now()}${randomString(6)}`;
      const applied = await ll.aggregate.apply({
        no_order,
        dt_order: lianlianTime(),
        busi_partner: '101001',
        name_goods: 'badminton racket',
        money_order,
        notify_url: new URL('/notify', request.url).href,
        user_id,
        pay_type: 'I',
        // riskItem() checks the fields against LianLian's rules and gives the JSON string.
        risk_item: riskItem({ frms_ware_category: '1009', user_info_mercht_userno: user_id, user_info_dt_register: '20200101120000', goods_name: 'badminton racket' }),
      });
      await env.ORDERS.put(`order:${no_order}`, JSON.stringify({ status: 'waiting', deliveries: 0, processed: 0 }));
      return json({ no_order, oid_paybill: applied.oid_paybill });
    }

    if (request.method === 'POST' && url.pathname === '/notify') {
      // Verifies the signature, calls onPaid, answers {"ret_code":"0000"} (or an error LianLian retries).
      return ll.aggregate.notificationHandler((n) => onPaid(n, env))(request);
    }

    const order = url.pathname.match(/^\/orders\/(\w+)$/);
    if (request.method === 'GET' && order) {
      const saved = await env.ORDERS.get(`order:${order[1]}`);
      return saved ? json(JSON.parse(saved)) : json({ error: 'unknown order' }, 404);
    }
    return json({ error: 'not found' }, 404);
  },
};
