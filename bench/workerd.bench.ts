/**
 * CPU per MD5withRSA-2048 signature inside workerd (Cloudflare's runtime, run
 * locally by Miniflare), and cold start.
 *
 * A tiny Worker, bundled with esbuild the way wrangler would (ESM, browser
 * platform, `worker`/`browser` conditions), imports @lianlian-sdk/web, takes a
 * TEST-ONLY key from a binding, and on `GET /?n=N` signs a realistic request
 * N times. Inside workerd the clocks do not advance during CPU work (a
 * Spectre mitigation), so the timing is done from Node: requests with n=0 and
 * n=N, alternated for several rounds; per-sign CPU ≈ (median t_N − median
 * t_0) / N. Miniflare enforces no CPU limit, so N signatures fit in one request.
 *
 * Cold start: (a) workerd — from `new Miniflare()` to ready, and from ready to
 * the first signature's answer (module evaluation, key import and first sign,
 * all unoptimised code); (b) Node — in a fresh process, from
 * `import('@lianlian-sdk/web')` to the first signature (including key import).
 *
 * Run: pnpm generate && pnpm build && pnpm --filter @lianlian-sdk/bench bench:workerd
 */
import { createPublicKey, generateKeyPairSync, verify as cryptoVerify } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { signatureSource } from '@lianlian-sdk/web';
import { fmtMs, load, machine, median } from './_harness.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.BENCH_WORKERD_N ?? 200);
const ROUNDS = Number(process.env.BENCH_WORKERD_ROUNDS ?? 7);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const TARGET_MS = 3;

/** Same request as sign.bench.ts, sign_type RSA (MD5withRSA). */
const PARAMS = {
  oid_partner: '201304121000001004',
  api_version: '1.0',
  sign_type: 'RSA',
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

const WORKER = `
import { importPrivateKey, sign } from '@lianlian-sdk/web';
const PARAMS = ${JSON.stringify(PARAMS)};
let key;
export default {
  async fetch(request, env) {
    const n = Number(new URL(request.url).searchParams.get('n') ?? '1');
    key ??= await importPrivateKey(env.PRIVATE_KEY_PEM);
    let signature = '';
    for (let i = 0; i < n; i++) signature = await sign(PARAMS, key, 'RSA');
    return Response.json({ n, signature });
  },
};
`;

// TEST-ONLY key, made for this run.
const pair = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const publicKey = createPublicKey(pair.publicKey);
const data = Buffer.from(signatureSource(PARAMS), 'utf8');
function check(signature: string, where: string): void {
  if (!cryptoVerify('md5', data, publicKey, Buffer.from(signature, 'base64'))) throw new Error(`${where}: the signature does not verify with node:crypto`);
}

const bundle = await build({
  stdin: { contents: WORKER, resolveDir: HERE, sourcefile: 'worker.mjs', loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['worker', 'browser'],
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0]!.text;
if (/from\s*["']node:/.test(script)) throw new Error('the Worker bundle imports a node: module');

const require = createRequire(createRequire(import.meta.url).resolve('miniflare'));
const workerdVersion = (require('workerd/package.json') as { version: string }).version;

function startMiniflare(): Miniflare {
  return new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2025-09-01',
    bindings: { PRIVATE_KEY_PEM: pair.privateKey },
  });
}

async function timedFetch(mf: Miniflare, n: number): Promise<number> {
  const t = performance.now();
  const res = await mf.dispatchFetch(`http://bench.local/?n=${n}`);
  const body = (await res.json()) as { n: number; signature: string };
  const ms = performance.now() - t;
  if (res.status !== 200 || body.n !== n) throw new Error(`worker answered ${res.status}`);
  if (n > 0) check(body.signature, 'workerd');
  return ms;
}

console.log('# MD5withRSA-2048 inside workerd\n');
console.log(`machine: ${machine()}`);
console.log(`load average at start (1/5/15 min): ${load()}`);
console.log(`workerd ${workerdVersion} (via Miniflare), Worker bundle ${(script.length / 1024).toFixed(1)} KiB; ${ROUNDS} rounds of n=0 / n=${N}\n`);

// Cold start in workerd.
const coldReady: number[] = [];
const coldFirst: number[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  const t0 = performance.now();
  const mf = startMiniflare();
  await mf.ready;
  const t1 = performance.now();
  await timedFetch(mf, 1);
  const t2 = performance.now();
  coldReady.push(t1 - t0);
  coldFirst.push(t2 - t1);
  await mf.dispose();
}

// Per-sign CPU in a warm isolate.
const mf = startMiniflare();
await mf.ready;
for (let i = 0; i < 3; i++) await timedFetch(mf, 50); // warm-up: JIT tiers, key import
const t0s: number[] = [];
const tNs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  t0s.push(await timedFetch(mf, 0));
  tNs.push(await timedFetch(mf, N));
  t0s.push(await timedFetch(mf, 0));
}
await mf.dispose();
const perSign = (median(tNs) - median(t0s)) / N;
const perRound = tNs.map((t, i) => (t - (t0s[2 * i]! + t0s[2 * i + 1]!) / 2) / N);

// Cold start in Node: a fresh process each run.
const CHILD = `
const t0 = performance.now();
const web = await import('@lianlian-sdk/web');
const t1 = performance.now();
const key = await web.importPrivateKey(process.env.BENCH_PEM);
const signature = await web.sign(${JSON.stringify(PARAMS)}, key, 'RSA');
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstSignMs: t2 - t1, totalMs: t2 - t0, signature }));
`;
const nodeCold: { importMs: number; firstSignMs: number; totalMs: number; processMs: number }[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  const t = performance.now();
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], { cwd: HERE, env: { ...process.env, BENCH_PEM: pair.privateKey }, encoding: 'utf8' });
  const processMs = performance.now() - t;
  if (out.status !== 0) throw new Error(`node cold-start child failed: ${out.stderr}`);
  const r = JSON.parse(out.stdout) as { importMs: number; firstSignMs: number; totalMs: number; signature: string };
  check(r.signature, 'node cold start');
  nodeCold.push({ ...r, processMs });
}

const list = (xs: number[]) => xs.map((x) => fmtMs(x)).join(', ');
console.log('| measure | median | runs |');
console.log('|---|---:|---|');
console.log(`| workerd request, n=0 (ms) | ${fmtMs(median(t0s))} | ${list(t0s)} |`);
console.log(`| workerd request, n=${N} (ms) | ${fmtMs(median(tNs))} | ${list(tNs)} |`);
console.log(`| **workerd CPU per MD5withRSA-2048 sign (ms)** | **${fmtMs(perSign)}** | per round: ${list(perRound)} |`);
console.log(`| workerd cold: new Miniflare() → ready (ms) | ${fmtMs(median(coldReady))} | ${list(coldReady)} |`);
console.log(`| workerd cold: ready → first signature answered (ms) | ${fmtMs(median(coldFirst))} | ${list(coldFirst)} |`);
console.log(`| Node cold: import('@lianlian-sdk/web') (ms) | ${fmtMs(median(nodeCold.map((r) => r.importMs)))} | ${list(nodeCold.map((r) => r.importMs))} |`);
console.log(`| Node cold: import done → first signature (key import + sign) (ms) | ${fmtMs(median(nodeCold.map((r) => r.firstSignMs)))} | ${list(nodeCold.map((r) => r.firstSignMs))} |`);
console.log(`| Node cold: import → first signature, total (ms) | ${fmtMs(median(nodeCold.map((r) => r.totalMs)))} | ${list(nodeCold.map((r) => r.totalMs))} |`);
console.log(`| Node cold: whole process, spawn → exit (ms) | ${fmtMs(median(nodeCold.map((r) => r.processMs)))} | ${list(nodeCold.map((r) => r.processMs))} |`);
console.log(`\nsanity: every signature answered above verifies with node:crypto; load average at end: ${load()}`);
console.log(`\n| target | measured | result |\n|---|---|---|\n| ≤ ${TARGET_MS} ms CPU per MD5withRSA-2048 sign in workerd | ${fmtMs(perSign)} ms | ${perSign <= TARGET_MS ? 'MET' : 'NOT MET'} |`);
