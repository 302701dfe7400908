/**
 * Text keys (issue 13): `sign(params, pemText)` against `sign(params, handle)`
 * in one run, for both providers, MD5withRSA and SHA256withRSA, 2048 bits;
 * and `verify(params, pemText)` against `verify(params, handle)`. Target: text
 * within 1.1× of the handle, now that key text is parsed once (keys.ts,
 * _key-cache.ts).
 *
 * A third peer signs with a different text of the same key on every call
 * (the PEM plus 1–64 trailing line breaks, which the parser ignores; more
 * texts than the cache holds, so every call misses): what every text call
 * paid before the cache.
 *
 * Keys are generated at run time and are test-only.
 *
 * Run: pnpm generate && pnpm build && pnpm --filter @lianlian-sdk/bench bench:keys
 */
import { generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import * as web from '@lianlian-sdk/web';
import * as nodeSdk from '@lianlian-sdk/node';
import { ROUNDS, SLICE_MS, WARMUP_MS, fmtMs, fmtOps, load, machine, runCase, timeRatio } from './_harness.ts';

type SignType = 'RSA' | 'SHA256withRSA';
const LABEL: Record<SignType, string> = { RSA: 'MD5withRSA', SHA256withRSA: 'SHA256withRSA' };
const NODE_HASH: Record<SignType, string> = { RSA: 'md5', SHA256withRSA: 'sha256' };
const TARGET = 1.1;
/** More distinct texts than the cache holds (16 per kind), so the "new text" peer never hits. */
const MISS_TEXTS = 64;

/** The card-bind apply request of sign.bench.ts. */
function requestParams(signType: SignType): Record<string, unknown> {
  return {
    oid_partner: '201304121000001004',
    api_version: '1.0',
    sign_type: signType,
    time_stamp: '20240611153012',
    user_id: 'bench-user-20240611-0001',
    pay_type: 'D',
    card_no: '6222021234567890128',
    acct_name: '张三',
    bind_mob: '13958069593',
    id_type: '0',
    id_no: '330401198001014616',
    risk_item: JSON.stringify({ frms_ware_category: '1009', user_info_mercht_userno: 'bench-user-20240611-0001', user_info_dt_register: '20220101120000' }),
  };
}

// TEST-ONLY key, made for this run.
const BITS = 2048;
const pair = generateKeyPairSync('rsa', {
  modulusLength: BITS,
  publicExponent: 65537,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

const SDKS = [
  { name: 'web', sdk: web, provider: web.webCryptoProvider },
  { name: 'node', sdk: nodeSdk, provider: nodeSdk.nodeCryptoProvider },
] as const;

interface Row {
  readonly op: 'sign' | 'verify';
  readonly provider: string;
  readonly signType: SignType;
  readonly text: { opsPerSec: number; spread: number };
  readonly handle: { opsPerSec: number; spread: number };
  readonly miss: { opsPerSec: number; spread: number };
  /** text time ÷ handle time, paired per round. */
  readonly ratio: number;
  /** new-text time ÷ handle time, paired per round. */
  readonly missRatio: number;
}

const started = performance.now();
console.log('# Text keys: sign(params, pemText) vs sign(params, handle)\n');
console.log(`machine: ${machine()}`);
console.log(`load average at start (1/5/15 min): ${load()}`);
console.log(`harness: ${ROUNDS} interleaved rounds × ${SLICE_MS} ms per peer after ${WARMUP_MS} ms warm-up; ops/s = median of rounds; ratio = median of per-round ratios\n`);

// Sanity: the same text gives the same handle, and every peer's signature is node:crypto's.
for (const { name, sdk } of SDKS) {
  if ((await sdk.importPrivateKey(pair.privateKey)) !== (await sdk.importPrivateKey(pair.privateKey))) throw new Error(`sanity: ${name}: the same private key text gave two handles`);
  if ((await sdk.importPublicKey(pair.publicKey)) !== (await sdk.importPublicKey(pair.publicKey))) throw new Error(`sanity: ${name}: the same public key text gave two handles`);
}

const rows: Row[] = [];
let missCounter = 0;
const missText = (pem: string) => pem + '\n'.repeat(1 + (missCounter++ % MISS_TEXTS));

for (const op of ['sign', 'verify'] as const) {
  for (const signType of ['RSA', 'SHA256withRSA'] as const) {
    for (const { name, sdk, provider } of SDKS) {
      const params = requestParams(signType);
      const expected = cryptoSign(NODE_HASH[signType], Buffer.from(sdk.signatureSource(params), 'utf8'), pair.privateKey).toString('base64');
      const signed = { ...params, sign: expected };
      const privateHandle = await sdk.importPrivateKey(pair.privateKey);
      const publicHandle = await sdk.importPublicKey(pair.publicKey);
      // One shape for the three peers: only where the key comes from differs.
      const run = (key: () => never): (() => Promise<unknown>) =>
        op === 'sign' ? () => sdk.sign(params, key(), signType, provider) : () => sdk.verify(signed, key(), provider);
      const handle = op === 'sign' ? privateHandle : publicHandle;
      const pem = op === 'sign' ? pair.privateKey : pair.publicKey;
      const peers = [
        { name: 'text', async: true, op: run(() => pem as never) },
        { name: 'handle', async: true, op: run(() => handle as never) },
        { name: 'new text each call', async: true, op: run(() => missText(pem) as never) },
      ];
      for (const p of peers) {
        const out = await p.op();
        if (op === 'sign' ? out !== expected : out !== true) throw new Error(`sanity: ${name} ${op} ${LABEL[signType]} with ${p.name}: wrong answer`);
      }
      const [text, hit, miss] = await runCase(peers);
      rows.push({ op, provider: name, signType, text: text!, handle: hit!, miss: miss!, ratio: timeRatio(text!, hit!), missRatio: timeRatio(miss!, hit!) });
      process.stderr.write('.');
    }
  }
}
process.stderr.write('\n');
console.log(`sanity: the same text gives the same handle (both packages, both kinds); every timed peer's signature equals node:crypto's, every timed verify answers true: ok\n`);

console.log(`| op | provider | algorithm | bits | text ms/op | handle ms/op | text ÷ handle | new text each call ms/op | new text ÷ handle | spread (text / handle) |`);
console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const ms = (x: { opsPerSec: number }) => fmtMs(1000 / x.opsPerSec);
  const sp = (x: { spread: number }) => `±${((x.spread * 100) / 2).toFixed(0)}%`;
  console.log(
    `| ${r.op} | ${r.provider} | ${LABEL[r.signType]} | ${BITS} | ${ms(r.text)} | ${ms(r.handle)} | **${r.ratio.toFixed(2)}×** | ${ms(r.miss)} | ${r.missRatio.toFixed(2)}× | ${sp(r.text)} / ${sp(r.handle)} |`,
  );
}

// The cost the cache leaves on a text call, without the RSA operation around it: the key lookup alone.
{
  const handle = await web.importPrivateKey(pair.privateKey);
  const [text, hit] = await runCase([
    { name: 'importPrivateKey(text)', async: true, op: () => web.importPrivateKey(pair.privateKey) },
    { name: 'importPrivateKey(handle)', async: true, op: () => web.importPrivateKey(handle) },
  ]);
  const us = (x: { opsPerSec: number }) => (1e6 / x.opsPerSec).toFixed(2);
  console.log(`\nkey lookup alone (web, ${BITS}-bit private key): importPrivateKey(text) ${us(text!)} µs/op (cache hit), importPrivateKey(handle) ${us(hit!)} µs/op`);
}

console.log('\n| target | measured | result |');
console.log('|---|---|---|');
let met = 0;
for (const r of rows) {
  const ok = r.ratio <= TARGET;
  if (ok) met++;
  console.log(`| ${r.provider} ${LABEL[r.signType]}-${BITS} ${r.op}: text within ${TARGET}× of handle | ${r.ratio.toFixed(2)}× (${fmtOps(r.text.opsPerSec)} vs ${fmtOps(r.handle.opsPerSec)} ops/s) | ${ok ? 'MET' : 'NOT MET'} |`);
}
console.log(`\n${met} of ${rows.length} targets met; run took ${((performance.now() - started) / 1000).toFixed(0)} s; load average at end: ${load()}`);
