// Plain node:http. The notify route is the SDK's fetch-style handler adapted by toNodeListener.
import { createServer } from 'node:http';
import { toNodeListener } from '@lianlian-sdk/node';
import { cardBin, createOrder, lianlian, onPaid, orders } from './payments.js';

const notify = toNodeListener(lianlian().aggregate.notificationHandler(onPaid));

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, `http://${req.headers.host}`);
  try {
    if (req.method === 'POST' && pathname === '/notify') return notify(req, res);
    if (req.method === 'POST' && pathname === '/card-bin') return send(res, 200, await cardBin((await readJson(req)).card_no));
    if (req.method === 'POST' && pathname === '/orders') return send(res, 200, await createOrder(await readJson(req), `http://${req.headers.host}/notify`));
    const order = pathname.match(/^\/orders\/(\w+)$/);
    if (req.method === 'GET' && order) return orders.has(order[1]) ? send(res, 200, orders.get(order[1])) : send(res, 404, { error: 'unknown order' });
    send(res, 404, { error: 'not found' });
  } catch (err) {
    console.error(err); // LianLianError / ValidationError messages carry no card or key data
    send(res, 500, { error: err.name });
  }
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
