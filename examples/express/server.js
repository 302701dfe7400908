// Express 5. The notify route takes the raw body (express.raw): the signature covers the exact bytes.
import express from 'express';
import { toNodeListener } from '@lianlian-sdk/node';
import { cardBin, createOrder, lianlian, onPaid, orders } from './payments.js';

const app = express();
// Before express.json(), so nothing parses the notification first.
app.post('/notify', express.raw({ type: '*/*' }), toNodeListener(lianlian().aggregate.notificationHandler(onPaid)));
app.use(express.json());

app.post('/card-bin', async (req, res) => res.json(await cardBin(req.body.card_no)));
app.post('/orders', async (req, res) => res.json(await createOrder(req.body, `${req.protocol}://${req.get('host')}/notify`)));
app.get('/orders/:no_order', (req, res) => {
  const order = orders.get(req.params.no_order);
  order ? res.json(order) : res.status(404).json({ error: 'unknown order' });
});

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
