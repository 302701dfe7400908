/**
 * Load run (not a test; figures go to the report, not to assertions):
 * 200 concurrent flows against the CLI sandbox with --data-dir and
 * --key-file, each card bind apply → SMS → verify → query, then an Easy
 * Payment with the bound card: apply → SMS → verify → query. Halfway
 * through, the sandbox gets SIGTERM and is started again on the same port,
 * data dir and key; flows retry a step after a network error (bounded),
 * and a verify whose answer was lost is confirmed by query.
 *
 * Loopback only, bounded in count (FLOWS) and time (DEADLINE_MS); stops by itself.
 *
 *   pnpm build && npx tsx packages/sandbox/test/load.ts [--memory]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LianLian, LianLianError, TransportError } from '@lianlian-sdk/node';
import { createSandboxAdmin } from '../src/admin-client.ts';
import { TEST_CARDS } from '../src/index.ts';
import { startCli, type CliSandbox } from './_cli-process.ts';
import { easypayParams } from './_flows.ts';
import { bindParams, OID_PARTNER, testKeyPair } from './_helpers.ts';

const FLOWS = 200;
const DEADLINE_MS = 120_000;
const RETRY_DELAY_MS = 50;
const MAX_TRIES = 200; // 10 s of retries per step at most
/** Restart once this many calls have been answered (a flow makes 8). */
const RESTART_AFTER_CALLS = (FLOWS * 8) / 2;

const dir = mkdtempSync(join(tmpdir(), 'lianlian-sandbox-load-'));
/** `--memory`: the same run without a data dir and without the restart, to compare. */
const memory = process.argv.includes('--memory');
const args = (port: number) => ['--port', String(port), ...(memory ? [] : ['--data-dir', join(dir, 'data')]), '--key-file', join(dir, 'key.pem')];
const started = performance.now();
const deadline = started + DEADLINE_MS;

function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round((Number(kb) / 1024) * 10) / 10;
}

/** CPU time (user + system) the process has used, in ms (/proc/PID/stat, 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

let sandbox: CliSandbox = await startCli(args(0));
const port = sandbox.port;
const rss = { firstIdle: rssMiB(sandbox.child.pid!), firstBeforeStop: 0, secondIdle: 0, secondAfter: 0 };
/** Sandbox CPU spent serving: each process's total at its end minus at its idle start. */
let sandboxCpuMs = -cpuMs(sandbox.child.pid!);
const merchant = testKeyPair();
const admin = createSandboxAdmin(sandbox.url);
await admin.registerMerchant(OID_PARTNER, merchant.publicKeyPem);
const client = new LianLian({ oidPartner: OID_PARTNER, privateKey: merchant.privateKeyPem, lianlianPublicKey: sandbox.publicKeyPem, baseUrl: sandbox.url });

const latencies: number[] = [];
let answered = 0;
let networkErrors = 0;
let restarting: Promise<void> | undefined;
let restartMs = 0;

/** One call, timed; retried after network errors (the sandbox is restarting) until it answers. */
async function call<T>(run: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    await restarting;
    const t0 = performance.now();
    try {
      const out = await run();
      latencies.push(performance.now() - t0);
      if (++answered === RESTART_AFTER_CALLS && !memory) restarting = restart();
      return out;
    } catch (err) {
      const network = err instanceof TransportError || (err instanceof Error && /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(`${err.message} ${String(err.cause)}`));
      if (!network || tries >= MAX_TRIES || performance.now() > deadline) throw err;
      networkErrors++;
      await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
    }
  }
}

async function restart(): Promise<void> {
  rss.firstBeforeStop = rssMiB(sandbox.child.pid!);
  sandboxCpuMs += cpuMs(sandbox.child.pid!);
  const t0 = performance.now();
  await sandbox.stop('SIGTERM');
  sandbox = await startCli(args(port));
  restartMs = performance.now() - t0;
  rss.secondIdle = rssMiB(sandbox.child.pid!);
  sandboxCpuMs -= cpuMs(sandbox.child.pid!);
}

/** A verify whose answer may have been lost in the restart: 1000 then means "already used", which `done` confirms. */
async function verifyOnce<T>(run: () => Promise<T>, done: () => Promise<boolean>): Promise<void> {
  const before = networkErrors;
  try {
    await call(run);
  } catch (err) {
    if (!(err instanceof LianLianError && err.code === '1000' && networkErrors > before && (await done()))) throw err;
  }
}

async function flow(i: number): Promise<void> {
  const user = `load-u${i}`;
  const card = i % 2 ? TEST_CARDS.icbcDebit : TEST_CARDS.ccbDebit;
  const bound = async () => ((await call(() => client.cardBind.query({ user_id: user, offset: '0' }))).unverified?.agreement_list ?? []).length > 0;
  if (!(await bound().catch(() => false))) {
    const applied = await call(() => client.cardBind.apply(bindParams(user, card)));
    const code = await call(() => admin.smsCode({ token: applied.token! }));
    await verifyOnce(() => client.cardBind.verify({ user_id: user, token: applied.token!, verify_code: code }), bound);
  }
  const listed = await call(() => client.cardBind.query({ user_id: user, offset: '0' }));
  const noAgree = listed.unverified?.agreement_list?.[0]?.no_agree;
  if (!noAgree) throw new Error('card not bound');
  for (let attempt = 0; attempt < 3; attempt++) {
    // Paid with the bound card: no card fields but the holder's name (easypay.test.ts does the same).
    const { card_no: _c, id_type: _t, id_no: _n, bind_mob: _m, ...order } = easypayParams(user, 'M', {});
    const params = { ...order, no_order: `${order.no_order}-${attempt}`, no_agree: noAgree };
    let applied;
    try {
      applied = await call(() => client.easypay.apply(params));
    } catch (err) {
      if (err instanceof LianLianError && err.code === '1002') continue; // its first try was answered but lost: new no_order
      throw err;
    }
    const code = await call(() => admin.smsCode({ token: applied.token! }));
    const paid = async () => (await call(() => client.easypay.query({ no_order: params.no_order, dt_order: params.dt_order }))).result_pay === 'SUCCESS';
    await verifyOnce(() => client.easypay.verify({ no_order: params.no_order, dt_order: params.dt_order, money_order: params.money_order, token: applied.token!, verify_code: code }), paid);
    if (!(await paid())) throw new Error('order not paid');
    return;
  }
  throw new Error('easypay.apply kept answering 1002');
}

const results = await Promise.allSettled(Array.from({ length: FLOWS }, (_, i) => flow(i)));
const wallMs = performance.now() - started;
rss.secondAfter = rssMiB(sandbox.child.pid!);
sandboxCpuMs += cpuMs(sandbox.child.pid!);
await sandbox.stop('SIGTERM');
rmSync(dir, { recursive: true, force: true });

const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
const sorted = latencies.sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
console.log(`flows: ${FLOWS - failed.length} ok, ${failed.length} failed; restart after ${RESTART_AFTER_CALLS} answered calls took ${restartMs.toFixed(0)} ms`);
console.log(`calls answered: ${latencies.length}; network errors retried: ${networkErrors}`);
console.log(`wall time: ${(wallMs / 1000).toFixed(2)} s; latency per answered call: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`);
console.log(`sandbox CPU: ${(sandboxCpuMs / latencies.length).toFixed(2)} ms per answered call (${sandboxCpuMs} ms in all, both processes)`);
console.log(`load generator (this process: clients, signing, verifying) CPU: ${((process.cpuUsage().user + process.cpuUsage().system) / 1000).toFixed(0)} ms; machine load average (1 min) at the end: ${loadavg()[0]!.toFixed(2)}`);
console.log(`sandbox RSS (MiB): first process idle ${rss.firstIdle}, before SIGTERM ${rss.firstBeforeStop}; second process idle ${rss.secondIdle}, after the run ${rss.secondAfter}`);
for (const f of failed.slice(0, 5)) console.log(`failed: ${f.reason instanceof Error ? `${f.reason.name}: ${f.reason.message}` : String(f.reason)}`);
process.exit(failed.length === 0 ? 0 : 1);
