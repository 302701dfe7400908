/**
 * Runs every project in examples/ the way a merchant would, against the packed packages:
 *
 *   1. `pnpm pack` @lianlian-sdk/web, /node and /sandbox once into a temp dir;
 *   2. per example: copy it to a temp dir, `npm install` the tarballs (plus its own registry dependencies,
 *      from npm's cache when it has them); its dev tools (esbuild, Miniflare, edge-runtime) are linked from
 *      this repo's installed copies, same versions, so no big download;
 *   3. start a fresh sandbox CLI (from the packed @lianlian-sdk/sandbox), register a fresh TEST-ONLY merchant
 *      key, start the example with `npm start` (config in LIANLIAN_* env vars, PORT=0) and drive it over HTTP:
 *      a signed card-bin lookup, an order the sandbox then pays, and the paid notification delivered twice
 *      (the first delivery and an admin re-send) but processed once.
 *
 * Prints one PASS/FAIL row per example; exits 1 on any failure. `tsx scripts/examples.ts [name…]`;
 * EXAMPLES_OFFLINE=1 installs from npm's cache only. Packs what is built: run `pnpm build` first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandboxAdmin } from '@lianlian-sdk/sandbox/admin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = join(ROOT, 'examples');
// Where this repo keeps the runtimes and dev tools the examples name (same versions as their package.json).
const TOOL_DIRS = [join(ROOT, 'runtime-tests/node_modules'), join(ROOT, 'scripts/release/node_modules'), join(ROOT, 'node_modules')];
const OID = '201304121000001004';
const CARD = '6222021234567890128'; // a sandbox TEST_CARDS number, not a real card

// Under `pnpm run`, pnpm exports npm_config_* settings that would steer the examples' npm: start clean.
const baseEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^p?npm_config_/i.test(k)));
baseEnv.DENO_NO_UPDATE_CHECK = '1';
baseEnv.PATH = [...TOOL_DIRS.map((d) => join(d, '.bin')), join(ROOT, '.tools/node_modules/.bin'), process.env.PATH].join(':');

const wanted = process.argv.slice(2);
const names = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES, d.name, 'package.json')))
  .map((d) => d.name)
  .filter((n) => wanted.length === 0 || wanted.includes(n));
if (names.length === 0) throw new Error(`no example matches ${wanted.join(', ')} (have: ${readdirSync(EXAMPLES).join(', ')})`);

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'lianlian-examples-'));
const children = new Set<ChildProcess>();
function stopAll() {
  // Each child leads its own process group (detached), so its own children (npm → node → workerd) stop too.
  for (const child of children) if (child.exitCode === null && child.pid) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, env: baseEnv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${(r.stderr || r.stdout).slice(-3000)}`);
  return r.stdout;
}

/** Starts a long-running command; resolves with the first URL its stdout prints after `pattern`. */
function startServer(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, pattern: RegExp, log: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`${cmd} printed no URL within 60 s:\n${log.join('').slice(-2000)}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      log.push(String(chunk));
      const m = out.match(pattern);
      if (m) { clearTimeout(timer); ok({ url: m[1]!, child }); }
    });
    child.stderr!.on('data', (chunk: Buffer) => void log.push(String(chunk)));
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`${cmd} exited (${code}) before listening:\n${log.join('').slice(-2000)}`)); });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    child.on('exit', () => { clearTimeout(kill); children.delete(child); done(); });
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { done(); }
  });
}

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;
}

/** A TEST-ONLY merchant key pair, fresh for each run. */
async function testMerchantKeys() {
  const pair = await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  return { privateKey: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey)), publicKey: pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey)) };
}

function check(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

async function call(base: string, method: string, path: string, body?: object): Promise<Record<string, any>> {
  const res = await fetch(`${base}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

// --- 1. pack once --------------------------------------------------------------------
const packs = join(work, 'packs');
mkdirSync(packs);
const tarballs: Record<string, string> = {};
for (const pkg of ['web', 'node', 'sandbox']) {
  run('pnpm', ['pack', '--pack-destination', packs], join(ROOT, 'packages', pkg));
}
for (const file of readdirSync(packs)) {
  const m = file.match(/^lianlian-sdk-(web|node|sandbox)-/);
  if (m) tarballs[`@lianlian-sdk/${m[1]}`] = join(packs, file);
}
check(Object.keys(tarballs).length === 3, `pnpm pack made ${readdirSync(packs).join(', ')}`);
// npm's cache first; EXAMPLES_OFFLINE=1 never asks the registry (express and the packages' dependencies must be cached).
const npmFlags = [process.env.EXAMPLES_OFFLINE === '1' ? '--offline' : '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** Installs the packed packages an app names (with the ones they depend on) and its other dependencies. */
function installPacked(dir: string) {
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const devTools = Object.keys(pkg.devDependencies ?? {});
  delete pkg.devDependencies;
  const named = Object.keys(pkg.dependencies ?? {}).filter((n) => n in tarballs);
  // @lianlian-sdk/node and /sandbox depend on /web (and /sandbox on /node): give npm those tarballs too.
  const needed = new Set(named);
  if (needed.has('@lianlian-sdk/sandbox')) needed.add('@lianlian-sdk/node');
  if (needed.has('@lianlian-sdk/node')) needed.add('@lianlian-sdk/web');
  for (const n of needed) pkg.dependencies[n] = `file:${tarballs[n]}`;
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
  run('npm', ['install', ...npmFlags], dir);
  for (const tool of devTools) {
    const from = TOOL_DIRS.map((d) => join(d, tool)).find((p) => existsSync(p));
    check(from, `dev tool ${tool} is not installed in this repo (run pnpm install)`);
    const to = join(dir, 'node_modules', tool);
    mkdirSync(dirname(to), { recursive: true });
    if (!existsSync(to)) symlinkSync(from, to);
  }
}

// The sandbox CLI, installed from its tarball once.
const sandboxDir = join(work, 'sandbox');
mkdirSync(sandboxDir);
writeFileSync(join(sandboxDir, 'package.json'), JSON.stringify({ name: 'examples-sandbox', private: true, dependencies: { '@lianlian-sdk/sandbox': '*' } }));
installPacked(sandboxDir);
const sandboxBin = join(sandboxDir, 'node_modules/.bin/lianlian-sandbox');
console.log(`packed and installed the sandbox in ${((Date.now() - started) / 1000).toFixed(1)}s (${work})`);

// --- 2. each example ---------------------------------------------------------------------
async function runExample(name: string, log: string[]): Promise<string> {
  const dir = join(work, 'examples', name);
  cpSync(join(EXAMPLES, name), dir, { recursive: true, filter: (src) => !/node_modules|package-lock\.json$/.test(src) });
  installPacked(dir);

  const sandbox = await startServer(sandboxBin, ['--port', '0'], sandboxDir, baseEnv, /lianlian-sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/, log);
  let app: ChildProcess | undefined;
  try {
    const admin = createSandboxAdmin(sandbox.url);
    const keys = await testMerchantKeys();
    await admin.registerMerchant(OID, keys.publicKey);
    const env = {
      ...baseEnv,
      PORT: '0',
      LIANLIAN_OID_PARTNER: OID,
      LIANLIAN_PRIVATE_KEY: keys.privateKey,
      LIANLIAN_PUBLIC_KEY: await admin.publicKey(),
      LIANLIAN_BASE_URL: sandbox.url,
    };
    const started = await startServer('npm', ['start', '--silent'], dir, env, /listening on (http:\/\/\S+?)\/?\s/, log);
    app = started.child;
    const base = started.url;

    // 1. a signed call, its answer verified by the app's client
    const bin = await call(base, 'POST', '/card-bin', { card_no: CARD });
    check(bin.bank_code && bin.card_type, `card-bin answered ${JSON.stringify(bin)}`);
    // 2. an order the sandbox pays (as its payer would on the checkout page)
    const order = await call(base, 'POST', '/orders', { user_id: `ex-${name}`, money_order: '31.68' });
    check(order.no_order, `orders answered ${JSON.stringify(order)}`);
    const paid = await admin.pay({ oidPartner: OID, noOrder: order.no_order });
    check(paid.result_pay === 'SUCCESS', `pay: ${paid.result_pay}`);
    await admin.notifications({ settled: true });
    // 3. the same notification once more: acknowledged, and a no-op in the app
    const resent = await admin.resendNotification({ oidPartner: OID, noOrder: order.no_order });
    check(resent.at(-1)?.outcome === 'acknowledged', `re-send: ${JSON.stringify(resent)}`);
    const attempts = (await admin.notifications({ settled: true })).filter((a) => a.no_order === order.no_order);
    check(attempts.length === 2 && attempts.every((a) => a.outcome === 'acknowledged'), `deliveries: ${JSON.stringify(attempts)}`);
    const state = await call(base, 'GET', `/orders/${order.no_order}`);
    check(state.status === 'paid' && state.deliveries === 2 && state.processed === 1, `order state after two deliveries: ${JSON.stringify(state)}`);
    return `card-bin ${bin.bank_code} → order paid → 2 deliveries, processed 1`;
  } finally {
    if (app) await stop(app);
    await stop(sandbox.child);
  }
}

const rows: string[] = [];
let failed = 0;
for (const name of names) {
  const t0 = Date.now();
  const log: string[] = [];
  let result: string, detail: string;
  try {
    detail = await runExample(name, log);
    result = 'PASS';
  } catch (err) {
    failed++;
    const msg = err instanceof Error ? err.message : String(err);
    result = 'FAIL';
    detail = msg.split('\n')[0]!;
    console.error(`--- ${name}: ${msg}\n${log.join('').slice(-3000)}`);
  }
  rows.push(`${result}  ${name.padEnd(20)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s  ${detail}`);
  console.log(rows.at(-1));
}
console.log(`\nexamples: ${names.length - failed}/${names.length} passed, total ${((Date.now() - started) / 1000).toFixed(1)}s`);
rmSync(work, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
