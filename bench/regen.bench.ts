/**
 * Issue 13 §3–4: regeneration, side by side in one run, each peer a fresh process as a maintainer
 * runs it (start-up, module loading and JIT included):
 *   - our pipeline, `generate --check`: spec/*.yaml → IR → openapi.json, wire types, client.ts,
 *     operations, functions, shared tables, runtime copy and manifests of the three packages, compared
 *     with the tree; with its run cache (node_modules/.cache/lianlian-generate, the default) and
 *     without (`--no-cache`);
 *   - openapi-typescript alone (its CLI, `--alphabetize` as we call it), from our emitted
 *     packages/web/openapi.json: the wire types only;
 *   - @hey-api/openapi-ts (its CLI, default plugins: types, SDK functions, fetch client), from the
 *     same openapi.json;
 *   - `tsx` on an empty file and `node -e 0`: what starting a process costs before any work.
 *
 * CPU is user + sys of the process and its children (bash's `times`); wall is the spawn's elapsed
 * time. Peers run interleaved in rounds (order rotated each round), after one warm-up run each; a
 * ratio is paired within a round, then the median over rounds.
 *
 * Run: pnpm generate && pnpm --filter @lianlian-sdk/bench bench:regen (our peers fail on a stale tree)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, machine, median } from './_harness.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUT = mkdtempSync(join(tmpdir(), 'lianlian-regen-bench-'));
const OPENAPI = join(ROOT, 'packages/web/openapi.json');
const bin = (dir: string, name: string) => join(dir, 'node_modules/.bin', name);
const EMPTY = join(OUT, 'empty.ts');
writeFileSync(EMPTY, '');

interface Peer {
  readonly name: string;
  /** What one run produces. */
  readonly output: string;
  readonly command: string;
  /** Where its files go, emptied before each run (none: it writes nothing). */
  readonly outDir?: string;
  /** The ratios' reference. */
  readonly reference?: boolean;
}

const sh = (...words: string[]) => words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
const PEERS: Peer[] = [
  { name: 'ours: generate --check (run cache warm)', output: 'the three packages, compared with the tree', command: sh(bin(ROOT, 'tsx'), 'generator/src/cli.ts', '--check'), reference: true },
  { name: 'ours: generate --check --no-cache', output: 'the same, every step done', command: sh(bin(ROOT, 'tsx'), 'generator/src/cli.ts', '--check', '--no-cache') },
  { name: 'openapi-typescript 7.13.0 (CLI)', output: 'wire types only', command: sh(bin(HERE, 'openapi-typescript'), OPENAPI, '-o', join(OUT, 'openapi-typescript/wire-types.ts'), '--alphabetize'), outDir: join(OUT, 'openapi-typescript') },
  { name: '@hey-api/openapi-ts 0.99.0 (CLI)', output: 'types, SDK functions, fetch client', command: sh(bin(HERE, 'openapi-ts'), '-i', OPENAPI, '-o', join(OUT, 'hey-api')), outDir: join(OUT, 'hey-api') },
  { name: 'tsx, empty file', output: 'nothing', command: sh(bin(ROOT, 'tsx'), EMPTY) },
  { name: 'node -e 0', output: 'nothing', command: sh(process.execPath, '-e', '0') },
];

interface Run {
  readonly cpu: number;
  readonly wall: number;
  /** What it printed. */
  readonly log: string;
}

function run(peer: Peer): Run {
  if (peer.outDir) {
    rmSync(peer.outDir, { recursive: true, force: true });
    mkdirSync(peer.outDir, { recursive: true });
  }
  const start = performance.now();
  // `times` prints the shell's own CPU, then its children's: the peer's process tree.
  const r = spawnSync('bash', ['-c', `${peer.command} >${join(OUT, 'last.log')} 2>&1; rc=$?; times; exit $rc`], { cwd: ROOT, encoding: 'utf8' });
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`${peer.name} failed (exit ${r.status}); its output is in ${join(OUT, 'last.log')}`);
  const children = r.stdout.trim().split('\n')[1] ?? '';
  const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(children);
  if (!m) throw new Error(`cannot read the CPU times bash printed: ${JSON.stringify(r.stdout)}`);
  return { cpu: Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]), wall, log: readFileSync(join(OUT, 'last.log'), 'utf8') };
}

function files(dir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      count++;
      bytes += statSync(join(e.parentPath, e.name)).size;
    }
  return { count, bytes };
}

console.log(`Regeneration, ${ROUNDS} rounds after one warm-up run each; ${machine()}; load ${load()}`);
console.log(`input: spec/ (ours), ${OPENAPI.slice(ROOT.length + 1)} (${Math.round(statSync(OPENAPI).size / 1024)} KiB, the others)\n`);

// Warm-up: fills our run cache, tsx's transform cache and the OS file cache; checks each peer runs.
const produced = new Map<string, string>();
for (const p of PEERS) {
  const { log } = run(p);
  const planned = /(\d+) generated files match the spec/.exec(log)?.[1];
  if (p.outDir) {
    const made = files(p.outDir);
    produced.set(p.name, `${made.count} file${made.count === 1 ? '' : 's'}, ${Math.round(made.bytes / 1024)} KiB`);
  } else if (planned) produced.set(p.name, `${planned} files`);
}

const runs: Run[][] = PEERS.map(() => []);
for (let r = 0; r < ROUNDS; r++)
  for (let k = 0; k < PEERS.length; k++) {
    const i = (k + r) % PEERS.length;
    runs[i]!.push(run(PEERS[i]!));
  }

const ref = PEERS.findIndex((p) => p.reference);
const cold = PEERS.findIndex((p) => p.name.includes('--no-cache'));
const ratio = (i: number, j: number) => median(runs[i]!.map((x, r) => x.cpu / runs[j]![r]!.cpu));
const rows = PEERS.map((p, i) => {
  const cpu = median(runs[i]!.map((x) => x.cpu));
  const wall = median(runs[i]!.map((x) => x.wall));
  const made = produced.get(p.name);
  return [
    p.name,
    made ? `${p.output} (${made})` : p.output,
    cpu.toFixed(2),
    wall.toFixed(2),
    `${ratio(i, ref).toFixed(2)}×`,
    `${ratio(i, cold).toFixed(2)}×`,
  ];
});
console.log('| peer | generates | CPU s (user+sys, median) | wall s (median) | CPU ÷ ours (cache warm) | CPU ÷ ours (--no-cache) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
rmSync(OUT, { recursive: true, force: true });
