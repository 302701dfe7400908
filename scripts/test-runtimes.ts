/**
 * Runs @lianlian-sdk/web's behaviour suite (runtime-tests/_shared/web-suite.ts) inside every runtime and prints one
 * row per runtime: runtime, version, the crypto provider the default picked there (`native`: node:crypto through
 * process.getBuiltinModule; `webcrypto`: WebCrypto and BigInt), tests passed / failed, seconds. A runtime whose
 * default picks another provider than the one listed for it fails. Exits 1 if any runtime fails, 2 on bad arguments.
 *
 *   tsx scripts/test-runtimes.ts                   # all: node20 node-lts node{20,-lts}-pkg-{esm,cjs} deno workerd
 *                                                  #      workerd-nodejs-compat workerd-old-compat edge-runtime bun
 *   tsx scripts/test-runtimes.ts workerd bun       # some
 *   tsx scripts/test-runtimes.ts --verbose …       # stream each runtime's output
 *
 * For each runtime a fresh Node harness (runtime-tests/_shared/harness.ts: sandbox CLI on a free port, TEST-ONLY
 * keys, node:crypto/OpenSSL vectors) is started and its URL passed as HARNESS_URL. Each run is a child process in
 * its own process group, killed (with everything it started) after RUN_TIMEOUT_MS. Needs `pnpm build` first.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness } from '../runtime-tests/_shared/harness.ts';
import type { SuiteReport } from '../runtime-tests/_shared/web-suite.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN_TIMEOUT_MS = 180_000;
const fromRuntimeTests = createRequire(join(ROOT, 'runtime-tests', 'package.json'));
const rootScripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const binDir = join(ROOT, 'node_modules', '.bin');

/** A binary shipped inside an npm package of runtime-tests/package.json. */
function packageBin(pkg: string, bin: string): string {
  return join(dirname(fromRuntimeTests.resolve(`${pkg}/package.json`)), bin);
}

interface Runtime {
  readonly name: string;
  /** Command and arguments, or a shell script (the root test:deno script, so `pnpm test:deno` and this run the same thing). */
  readonly command: { readonly file: string; readonly args: readonly string[] } | { readonly shell: string };
  /** Reads the counts from the output: a `RESULT <json>` line, or deno test's summary. */
  readonly parse: (stdout: string) => { passed: number; failed: number; version?: string; provider?: string } | undefined;
  /** The provider `defaultCryptoProvider` must pick there. */
  readonly provider: 'native' | 'webcrypto';
  /** Version when the output does not carry it. */
  readonly version?: () => string;
}

function parseResultLine(stdout: string): { passed: number; failed: number; version: string; provider: string } | undefined {
  const line = stdout.split('\n').reverse().find((l) => l.startsWith('RESULT '));
  if (!line) return undefined;
  const report = JSON.parse(line.slice('RESULT '.length)) as SuiteReport;
  return { passed: report.passed, failed: report.failed, version: report.version, provider: report.provider };
}

/** deno test's summary; the provider from the name of the suite's case that checks it (web-suite.ts). */
function parseDenoSummary(stdout: string): { passed: number; failed: number; provider?: string } | undefined {
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const m = /^(?:ok|FAILED) \| (\d+) passed(?: \(\d+ steps?\))? \| (\d+) failed/m.exec(plain);
  const provider = /the default provider picked (\w+)/.exec(plain)?.[1];
  return m ? { passed: Number(m[1]), failed: Number(m[2]), ...(provider && { provider }) } : undefined;
}

const tsx = (script: string, ...args: string[]) => ({ file: process.execPath, args: ['--import', 'tsx', script, ...args] });

const RUNTIMES: readonly Runtime[] = [
  { name: 'node20', command: tsx('runtime-tests/node-lts/main.ts'), parse: parseResultLine, provider: 'native' },
  { name: 'node-lts', command: { file: packageBin('node', 'bin/node'), args: ['runtime-tests/node-lts/main.ts'] }, parse: parseResultLine, provider: 'native' },
  // @lianlian-sdk/node (node:crypto by default), loaded by import and by require(), on both Nodes.
  { name: 'node20-pkg-esm', command: tsx('runtime-tests/node-package/esm.mts'), parse: parseResultLine, provider: 'native' },
  { name: 'node20-pkg-cjs', command: { file: process.execPath, args: ['runtime-tests/node-package/cjs.cjs'] }, parse: parseResultLine, provider: 'native' },
  { name: 'node-lts-pkg-esm', command: { file: packageBin('node', 'bin/node'), args: ['runtime-tests/node-package/esm.mts'] }, parse: parseResultLine, provider: 'native' },
  { name: 'node-lts-pkg-cjs', command: { file: packageBin('node', 'bin/node'), args: ['runtime-tests/node-package/cjs.cjs'] }, parse: parseResultLine, provider: 'native' },
  {
    name: 'deno',
    command: { shell: rootScripts['test:deno']! },
    parse: parseDenoSummary,
    version: () => execFileSync(join(binDir, 'deno'), ['--version'], { encoding: 'utf8' }).split('\n')[0]!.split(' ')[1]!,
    provider: 'native',
  },
  { name: 'workerd', command: tsx('runtime-tests/workerd/run.ts'), parse: parseResultLine, provider: 'webcrypto' },
  { name: 'workerd-nodejs-compat', command: tsx('runtime-tests/workerd/run.ts', 'nodejs-compat'), parse: parseResultLine, provider: 'native' },
  // Compatibility date 2024-01-01: node:crypto importable, no process global; the opt-in node-crypto entry is tested too.
  { name: 'workerd-old-compat', command: tsx('runtime-tests/workerd/run.ts', 'old-compat'), parse: parseResultLine, provider: 'webcrypto' },
  { name: 'edge-runtime', command: tsx('runtime-tests/edge-runtime/run.ts'), parse: parseResultLine, provider: 'webcrypto' },
  { name: 'bun', command: { file: packageBin('bun', 'bin/bun.exe'), args: ['runtime-tests/bun/main.ts'] }, parse: parseResultLine, provider: 'native' },
];

interface Row {
  readonly runtime: string;
  readonly version: string;
  readonly provider: string;
  readonly passed: number;
  readonly failed: number;
  readonly seconds: number;
  readonly ok: boolean;
  readonly problem?: string;
  readonly output: string;
}

function runChild(runtime: Runtime, env: NodeJS.ProcessEnv, verbose: boolean): Promise<{ code: number | null; stdout: string; output: string; timedOut: boolean }> {
  const { file, args } = 'shell' in runtime.command ? { file: 'sh', args: ['-c', runtime.command.shell] } : runtime.command;
  const child = spawn(file, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    output += chunk;
    if (verbose) process.stdout.write(chunk);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (verbose) process.stderr.write(chunk);
  });
  let timedOut = false;
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, RUN_TIMEOUT_MS);
  process.once('exit', killGroup);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      process.removeListener('exit', killGroup);
      killGroup(); // anything the runtime left behind in its group
      resolve({ code, stdout, output, timedOut });
    });
  });
}

async function run(runtime: Runtime, verbose: boolean): Promise<Row> {
  const start = performance.now();
  const harness = await startHarness();
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HARNESS_URL: harness.url,
      RUNTIME_NAME: runtime.name,
      NO_COLOR: '1',
      PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`,
    };
    const { code, stdout, output, timedOut } = await runChild(runtime, env, verbose);
    const seconds = (performance.now() - start) / 1000;
    let counts: ReturnType<Runtime['parse']>;
    try {
      counts = runtime.parse(stdout);
    } catch {
      counts = undefined;
    }
    const version = counts?.version ?? (runtime.version ? runtime.version() : '?');
    const provider = counts?.provider ?? '?';
    const passed = counts?.passed ?? 0;
    const failed = counts?.failed ?? 0;
    const problem = timedOut
      ? `timed out after ${RUN_TIMEOUT_MS / 1000} s`
      : !counts
        ? 'printed no results'
        : code !== 0
          ? `exited with ${code}`
          : failed > 0
            ? `${failed} failed`
            : passed === 0
              ? 'ran no test'
              : provider !== runtime.provider
                ? `the default provider picked ${provider}, expected ${runtime.provider}`
                : undefined;
    return { runtime: runtime.name, version, provider, passed, failed, seconds, ok: problem === undefined, ...(problem && { problem }), output };
  } finally {
    await harness.close();
  }
}

function table(rows: readonly Row[]): string {
  const header = ['runtime', 'version', 'provider', 'passed', 'failed', 'seconds', 'result'];
  const cells = rows.map((r) => [r.runtime, r.version, r.provider, String(r.passed), String(r.failed), r.seconds.toFixed(1), r.ok ? 'pass' : `FAIL (${r.problem})`]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((v, i) => (i >= 3 && i <= 5 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const names = args.filter((a) => a !== '--verbose');
const unknown = names.filter((n) => !RUNTIMES.some((r) => r.name === n));
if (unknown.length > 0) {
  console.error(`unknown runtime ${unknown.join(', ')}; choose from ${RUNTIMES.map((r) => r.name).join(', ')}`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'packages', 'web', 'dist', 'index.js')) || !existsSync(join(ROOT, 'packages', 'sandbox', 'dist', 'cli.js'))) {
  console.error('packages/web/dist or packages/sandbox/dist is missing: run `pnpm build` first');
  process.exit(2);
}
const selected = names.length === 0 ? RUNTIMES : RUNTIMES.filter((r) => names.includes(r.name));

const matrixStart = performance.now();
const rows: Row[] = [];
for (const runtime of selected) {
  const row = await run(runtime, verbose);
  rows.push(row);
  if (!row.ok && !verbose) {
    const tail = row.output.trimEnd().split('\n').filter((l) => !l.startsWith('RESULT ')).slice(-60).join('\n');
    console.log(`--- ${row.runtime}: ${row.problem} ---\n${tail}\n`);
  }
}
console.log(table(rows));
const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
const failedRuntimes = rows.filter((r) => !r.ok).map((r) => r.runtime);
console.log(`\n${rows.length - failedRuntimes.length}/${rows.length} runtimes passed in ${((performance.now() - matrixStart) / 1000).toFixed(1)} s${failedRuntimes.length ? `; failed: ${failedRuntimes.join(', ')}` : ''}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failedRuntimes.length === 0 ? 0 : 1;
