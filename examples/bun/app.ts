// The payment routes as a web fetch handler (Request → Response), for any runtime's server.
import { type AggregateNotification, LianLian, lianlianTime, randomString, riskItem } from '@lianlian-sdk/web';

export interface Config {
  oidPartner: string;
  privateKey: string;
  lianlianPublicKey: string;
  baseUrl?: string; // unset in production: LianLian's own API
}

interface Order {
  status: 'waiting' | 'paid' | 'unknown';
  deliveries: number;
  processed: number;
  oid_paybill?: string;
}

export function paymentApp(config: () => Config): (request: Request) => Promise<Response> {
  // Made on the first request and kept: importing keys costs a few ms.
  let client: LianLian | undefined;
  // Orders by no_order; in memory for the example, your database in production.
  const orders = new Map<string, Order>();

  /** The notification callback: a re-delivery of a paid order changes nothing. */
  const onPaid = (n: AggregateNotification) => {
    const order = orders.get(n.no_order) ?? { status: 'unknown', deliveries: 0, processed: 0 };
    order.deliveries += 1;
    if (order.status !== 'paid' && n.result_pay === 'SUCCESS') {
      Object.assign(order, { status: 'paid', oid_paybill: n.oid_paybill, processed: order.processed + 1 }); // ship here, once
    }
    orders.set(n.no_order, order);
  };

  return async (request) => {
    const ll = (client ??= new LianLian(config()));
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/card-bin') {
      const { card_no } = await request.json();
      const bin = await ll.cardBin.query({ card_no });
      return Response.json({ bank_code: bin.bank_code, bank_name: bin.bank_name, card_type: bin.card_type });
    }
    if (request.method === 'POST' && url.pathname === '/orders') {
      const { user_id, money_order } = await request.json();
      const no_order = `D${Date.now()}${randomString(6)}`;
      const applied = await ll.aggregate.apply({
        no_order,
        dt_order: lianlianTime(),
        busi_partner: '101001',
        name_goods: 'badminton racket',
        money_order,
        notify_url: new URL('/notify', request.url).href,
        user_id,
        pay_type: 'I',
        risk_item: riskItem({ frms_ware_category: '1009', user_info_mercht_userno: user_id, user_info_dt_register: '20200101120000', goods_name: 'badminton racket' }),
      });
      orders.set(no_order, { status: 'waiting', deliveries: 0, processed: 0 });
      return Response.json({ no_order, oid_paybill: applied.oid_paybill });
    }
    if (request.method === 'POST' && url.pathname === '/notify') {
      return ll.aggregate.notificationHandler(onPaid)(request);
    }
    const order = url.pathname.match(/^\/orders\/(\w+)$/);
    if (request.method === 'GET' && order) {
      const found = orders.get(order[1]!);
      return found ? Response.json(found) : Response.json({ error: 'unknown order' }, { status: 404 });
    }
    return Response.json({ error: 'not found' }, { status: 404 });
  };
}
