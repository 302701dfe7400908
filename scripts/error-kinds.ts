/**
 * Prints, for each way a call can fail to get a usable answer, the TransportError it gives:
 * `kind`, `mayHaveBeenProcessed` and `JSON.stringify(err)` (the table in issue 12's closing note).
 * A node:http server on 127.0.0.1 plays LianLian badly; keys are TEST-ONLY, made for this run.
 * The assertions live in generator/test/runtime/retries.test.ts; this only shows the values.
 *
 *   pnpm build && tsx scripts/error-kinds.ts
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LianLian } from '@lianlian-sdk/web';

const keys = () => generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const merchant = keys();
const lianlian = keys();

let mode: 'reset' | 'hang' | '503' | 'html' = 'hang';
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (mode === 'reset') return void req.socket.destroy();
    if (mode === 'hang') return;
    if (mode === '503') return void res.writeHead(503).end('unavailable');
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
  });
});
const listen = async (s: ReturnType<typeof createServer>) => {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return (s.address() as AddressInfo).port;
};
const port = await listen(server);
const closed = createServer();
const closedPort = await listen(closed);
await new Promise<void>((resolve) => closed.close(() => resolve()));

const client = (origin: string) => new LianLian({ oidPartner: '201304121000001004', privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey, baseUrl: origin, timeout: 300, retry: 0 });
const transfer = (ll: LianLian, signal?: AbortSignal) =>
  ll.instantPayment.apply(
    { no_order: 'N1', dt_order: '20260101120000', money_order: '1.00', flag_card: '0', card_no: '6217001234567890122', acct_name: '张三', info_order: 'x', memo: 'm', notify_url: 'https://m.example/n' },
    signal ? { signal } : {},
  );
const here = client(`http://127.0.0.1:${port}`);

console.log('| failure | `kind` | `mayHaveBeenProcessed` | `JSON.stringify(err)` |\n|---|---|---|---|');
async function row(label: string, call: Promise<unknown>): Promise<void> {
  const err = (await call.then(() => new Error('answered'), (e: unknown) => e)) as { kind?: string; mayHaveBeenProcessed?: boolean };
  console.log(`| ${label} | \`${err.kind}\` | ${err.mayHaveBeenProcessed} | \`${JSON.stringify(err)}\` |`);
}
mode = 'hang';
await row('no answer in time (timeout 300 ms)', transfer(here));
await row('connection refused (a closed port)', transfer(client(`http://127.0.0.1:${closedPort}`)));
mode = 'reset';
await row('connection reset after the request was read', transfer(here));
mode = '503';
await row('HTTP 503', transfer(here));
mode = 'html';
await row('a 200 that is not JSON', transfer(here));
await row('aborted before sending', transfer(here, AbortSignal.abort()));
mode = 'hang';
const controller = new AbortController();
setTimeout(() => controller.abort(), 100);
await row('aborted while waiting', transfer(here, controller.signal));
server.closeAllConnections();
server.close();
