/**
 * Issue 13 §4, side by side in one run:
 *   - MD5withRSA-2048 signing in workerd, default entry (no opt-in), with and without `nodejs_compat`,
 *     and in Node (default provider, and node:crypto itself as the limit);
 *   - notification handling per second (verify + parse + answer: `easypayNotificationHandler` on a signed
 *     body) in Node and in workerd, with and without `nodejs_compat`.
 *
 * Workers are bundled with esbuild the way wrangler does (ESM, browser platform, worker/browser
 * conditions) and run in workerd through Miniflare. Inside workerd the clocks do not advance during
 * CPU work, so per-operation CPU is timed from Node: requests with n=0 and n=N alternated for several
 * rounds; per-op ≈ (median t_N − median t_0) / N. Keys are TEST-ONLY, made for this run.
 *
 * Run: pnpm generate && pnpm build && pnpm --filter @lianlian-sdk/bench bench:runtimes
 */
import { createPrivateKey, createPublicKey, createSign, generateKeyPairSync, sign as nodeSign, verify as cryptoVerify } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import * as web from '@lianlian-sdk/web';
import { createClient, easypayNotificationHandler } from '@lianlian-sdk/web/functions';
import { fmtMs, load, machine, median } from './_harness.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.BENCH_N ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const OID = '201304121000001004';

const PARAMS = {
  oid_partner: OID, api_version: '1.0', sign_type: 'RSA', time_stamp: '20240611153012', user_id: 'bench-user-20240611-0001', pay_type: 'D',
  card_no: '6222021234567890128', acct_name: '张三', bind_mob: '13958069593', id_type: '0', id_no: '330401198001014616',
};
const pem = () => generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const merchant = pem(); // TEST-ONLY
const lianlian = pem(); // TEST-ONLY, plays LianLian signing its notifications
const notification = (() => {
  const fields = { oid_partner: OID, sign_type: 'RSA', no_order: 'BENCH20240611000001', dt_order: '20240611153012', oid_paybill: '2024061100000001', money_order: '210.97', result_pay: 'SUCCESS', pay_type: 'D', settle_date: '20240611', info_order: 'bench' };
  const sign = createSign('RSA-MD5').update(web.signatureSource(fields), 'utf8').sign(lianlian.privateKey, 'base64');
  return JSON.stringify({ ...fields, sign });
})();

const WORKER = `
import { importPrivateKey, sign, defaultCryptoProvider } from '@lianlian-sdk/web';
import { createClient, easypayNotificationHandler } from '@lianlian-sdk/web/functions';
const PARAMS = ${JSON.stringify(PARAMS)};
let key, handler;
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const n = Number(url.searchParams.get('n') ?? '1');
    if (url.pathname === '/notify') {
      handler ??= easypayNotificationHandler(createClient({ oidPartner: '${OID}', privateKey: env.PRIVATE_KEY_PEM, lianlianPublicKey: env.LIANLIAN_PUBLIC_KEY }), () => {});
      let last = '';
      for (let i = 0; i < n; i++) last = await (await handler(new Request('https://merchant.example/notify', { method: 'POST', body: env.NOTIFICATION }))).text();
      return Response.json({ n, last, provider: defaultCryptoProvider.name });
    }
    key ??= await importPrivateKey(env.PRIVATE_KEY_PEM);
    let signature = '';
    for (let i = 0; i < n; i++) signature = await sign(PARAMS, key, 'RSA');
    return Response.json({ n, signature, provider: defaultCryptoProvider.name });
  },
};
`;

const data = Buffer.from(web.signatureSource(PARAMS), 'utf8');
const checkSignature = (s: string) => {
  if (!cryptoVerify('md5', data, createPublicKey(merchant.publicKey), Buffer.from(s, 'base64'))) throw new Error('a signature does not verify with node:crypto');
};
const ACK = '{"ret_code":"0000","ret_msg":"ok"}';

const script = (
  await build({ stdin: { contents: WORKER, resolveDir: HERE, sourcefile: 'worker.mjs', loader: 'js' }, bundle: true, format: 'esm', platform: 'browser', conditions: ['worker', 'browser'], target: 'es2022', write: false, logLevel: 'silent' })
).outputFiles[0]!.text;
if (/from\s*["']node:/.test(script)) throw new Error('the Worker bundle imports a node: module');

/** Per-operation CPU of `path` inside workerd, and the provider the default picked there. */
async function inWorkerd(flags: string[], path: '/' | '/notify'): Promise<{ ms: number; provider: string }> {
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2025-09-01',
    compatibilityFlags: flags,
    bindings: { PRIVATE_KEY_PEM: merchant.privateKey, LIANLIAN_PUBLIC_KEY: lianlian.publicKey, NOTIFICATION: notification },
  });
  try {
    let provider = '';
    const timed = async (n: number) => {
      const t = performance.now();
      const res = await mf.dispatchFetch(`http://bench.local${path}?n=${n}`);
      const body = (await res.json()) as { n: number; signature?: string; last?: string; provider: string };
      const ms = performance.now() - t;
      if (res.status !== 200 || body.n !== n) throw new Error(`worker answered ${res.status}`);
      if (n > 0 && path === '/') checkSignature(body.signature!);
      if (n > 0 && path === '/notify' && body.last !== ACK) throw new Error(`notification not acknowledged: ${body.last}`);
      provider = body.provider;
      return ms;
    };
    for (let i = 0; i < 3; i++) await timed(50);
    const t0: number[] = [];
    const tN: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      t0.push(await timed(0));
      tN.push(await timed(N));
    }
    return { ms: (median(tN) - median(t0)) / N, provider };
  } finally {
    await mf.dispose();
  }
}

/** Per-operation wall time of `op` in this Node process (median of rounds of N). */
async function inNode(op: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 50; i++) await op();
  const per: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    for (let i = 0; i < N; i++) await op();
    per.push((performance.now() - t) / N);
  }
  return median(per);
}

console.log('# Signing and notification handling per runtime\n');
console.log(`machine: ${machine()}; load average at start: ${load()}; N=${N}, ${ROUNDS} rounds\n`);

const key = await web.importPrivateKey(merchant.privateKey);
const nodeKey = createPrivateKey(merchant.privateKey);
checkSignature(await web.sign(PARAMS, key, 'RSA'));
const nodeDefault = await inNode(() => web.sign(PARAMS, key, 'RSA'));
const nodeLimit = await inNode(async () => nodeSign('md5', data, nodeKey));
const nodeWeb = await inNode(async () => web.sign(PARAMS, key, 'RSA', web.webCryptoProvider));
const SHA_PARAMS = { ...PARAMS, sign_type: 'SHA256withRSA' };
const shaData = Buffer.from(web.signatureSource(SHA_PARAMS), 'utf8');
const nodeDefaultSha = await inNode(() => web.sign(SHA_PARAMS, key, 'SHA256withRSA'));
const nodeLimitSha = await inNode(async () => nodeSign('sha256', shaData, nodeKey));
const handler = easypayNotificationHandler(createClient({ oidPartner: OID, privateKey: merchant.privateKey, lianlianPublicKey: lianlian.publicKey }), () => {});
const nodeNotify = await inNode(async () => {
  const answer = await (await handler(new Request('https://merchant.example/notify', { method: 'POST', body: notification }))).text();
  if (answer !== ACK) throw new Error(`notification not acknowledged: ${answer}`);
});
const wSign = await inWorkerd([], '/');
const wSignCompat = await inWorkerd(['nodejs_compat'], '/');
const wNotify = await inWorkerd([], '/notify');
const wNotifyCompat = await inWorkerd(['nodejs_compat'], '/notify');

console.log('| measure | provider picked | ms per op | ops/s |');
console.log('|---|---|---:|---:|');
const row = (label: string, provider: string, ms: number) => console.log(`| ${label} | ${provider} | ${fmtMs(ms)} | ${Math.round(1000 / ms).toLocaleString('en-US')} |`);
row('Node 20: MD5withRSA-2048 sign, default provider', web.defaultCryptoProvider.name, nodeDefault);
row('Node 20: same, webCryptoProvider (BigInt)', 'web', nodeWeb);
row('Node 20: node:crypto sign alone (the limit)', '—', nodeLimit);
row('Node 20: SHA256withRSA-2048 sign, default provider', web.defaultCryptoProvider.name, nodeDefaultSha);
row('Node 20: node:crypto SHA256withRSA sign alone', '—', nodeLimitSha);
row('workerd: MD5withRSA-2048 sign, default entry, no flags', wSign.provider, wSign.ms);
row('workerd: same, `nodejs_compat`', wSignCompat.provider, wSignCompat.ms);
row('Node 20: notification handled (verify + parse + answer)', web.defaultCryptoProvider.name, nodeNotify);
row('workerd: notification handled, no flags', wNotify.provider, wNotify.ms);
row('workerd: notification handled, `nodejs_compat`', wNotifyCompat.provider, wNotifyCompat.ms);
const ratio = nodeDefault / nodeLimit;
console.log('\n| target | measured | result |\n|---|---|---|');
console.log(`| workerd with nodejs_compat, default entry: ≤ 1 ms per MD5withRSA-2048 sign | ${fmtMs(wSignCompat.ms)} ms | ${wSignCompat.ms <= 1 ? 'MET' : 'NOT MET'} |`);
console.log(`| workerd without the flag: ≤ 3 ms | ${fmtMs(wSign.ms)} ms | ${wSign.ms <= 3 ? 'MET' : 'NOT MET'} |`);
console.log(`| Node, web package default within 1.3× of node:crypto (MD5withRSA) | ${ratio.toFixed(2)}× | ${ratio <= 1.3 ? 'MET' : 'NOT MET'} |`);
const shaRatio = nodeDefaultSha / nodeLimitSha;
console.log(`| Node, web package default within 1.3× of node:crypto (SHA256withRSA) | ${shaRatio.toFixed(2)}× | ${shaRatio <= 1.3 ? 'MET' : 'NOT MET'} |`);
console.log(`\nload average at end: ${load()}`);
