/**
 * A small benchmark harness: peers of one case run interleaved, in rounds,
 * so that a slow spell of the machine (other processes, CPU frequency,
 * GC) lands on every peer rather than on whichever ran at the time.
 *
 * Per case: each peer is warmed up (JIT tiers, key caches) for WARMUP_MS;
 * then ROUNDS rounds, each running every peer (order rotated per round) for a
 * time slice of SLICE_MS; a peer's figure is the median of its per-round
 * rates, and the spread is (max − min) / median over the rounds. Ratios
 * between peers are paired: the ratio within each round (the peers ran
 * back to back), then the median over rounds, which a slow spell of the
 * machine disturbs less than a ratio of two medians.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
export const SLICE_MS = Number(process.env.BENCH_SLICE_MS ?? 200);
export const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 300);

export interface Peer {
  readonly name: string;
  /** One operation. Sync peers are called without `await`, so the limit pays no promise overhead. */
  readonly op: () => unknown;
  readonly async: boolean;
}

export interface Result {
  readonly peer: string;
  /** Median over rounds, operations per second. */
  readonly opsPerSec: number;
  /** (max − min) / median of the per-round rates. */
  readonly spread: number;
  /** Per-round rates, in round order (index r is round r for every peer of the case). */
  readonly rates: number[];
}

/** How many times longer an operation of `a` takes than one of `b`: median over rounds of b's rate / a's rate. */
export function timeRatio(a: Result, b: Result): number {
  return median(a.rates.map((rate, r) => b.rates[r]! / rate));
}

/** Runs `op` for at least `ms` milliseconds and at least `minOps` times; returns [ops, elapsed ms]. */
async function slice(peer: Peer, ms: number, minOps: number): Promise<[number, number]> {
  const { op } = peer;
  let n = 0;
  const start = performance.now();
  let now = start;
  if (peer.async) {
    while (now - start < ms || n < minOps) {
      await op();
      n++;
      now = performance.now();
    }
  } else {
    while (now - start < ms || n < minOps) {
      op();
      n++;
      now = performance.now();
    }
  }
  return [n, now - start];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Benchmarks the peers of one case, interleaved; results in the peers' order. */
export async function runCase(peers: readonly Peer[]): Promise<Result[]> {
  for (const p of peers) await slice(p, WARMUP_MS, 5);
  const rates: number[][] = peers.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < peers.length; k++) {
      const i = (k + r) % peers.length;
      const [n, ms] = await slice(peers[i]!, SLICE_MS, 3);
      rates[i]!.push((n * 1000) / ms);
    }
  }
  return peers.map((p, i) => {
    const m = median(rates[i]!);
    return { peer: p.name, opsPerSec: m, spread: (Math.max(...rates[i]!) - Math.min(...rates[i]!)) / m, rates: rates[i]! };
  });
}

/** "12,345" for rates, 3 significant decimals for milliseconds. */
export function fmtOps(x: number): string {
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1);
}
export function fmtMs(x: number): string {
  return x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
}

/** nproc, CPU model and Node version, for the report header. */
export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1]!;
  } catch {
    // not Linux: os.cpus() it is
  }
  return `${cpus().length} CPU(s), ${model}, Node ${process.version} (V8 ${process.versions.v8}, OpenSSL ${process.versions.openssl})`;
}

/** The 1/5/15-minute load averages: other processes on the machine widen the spread. */
export function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
}
