/**
 * Runs the web suite inside Vercel's edge-runtime: bundles worker.ts with esbuild into one script (IIFE, browser
 * platform, `edge-light`/`worker`/`browser` conditions, no node: imports), evaluates it in an EdgeRuntime (the
 * edge VM with only web globals), serves that with edge-runtime's runServer on 127.0.0.1 and asks it for GET /run
 * over real HTTP. The sandbox posts notifications to the same server. Prints `RESULT <json>`.
 *
 *   HARNESS_URL=http://127.0.0.1:PORT node --import tsx runtime-tests/edge-runtime/run.ts
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EdgeRuntime, runServer } from 'edge-runtime';
import { resultLine, type SuiteReport } from '../_shared/web-suite.ts';

const harnessUrl = process.env.HARNESS_URL;
if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');

const version = (createRequire(import.meta.url)('edge-runtime/package.json') as { version: string }).version;

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  conditions: ['edge-light', 'worker', 'browser'],
  target: 'es2022',
  define: { EDGE_RUNTIME_VERSION: JSON.stringify(version) },
  write: false,
  logLevel: 'silent',
});
const initialCode = bundle.outputFiles[0]!.text;
if (/require\(["']node:|from\s*["']node:/.test(initialCode)) throw new Error('the edge bundle imports a node: module');

const runtime = new EdgeRuntime({ initialCode });
const server = await runServer({ runtime, host: '127.0.0.1', port: 0 });
try {
  const origin = new URL(server.url).origin;
  const res = await fetch(`${origin}/run?harness=${encodeURIComponent(harnessUrl)}&origin=${encodeURIComponent(origin)}`);
  if (res.status !== 200) throw new Error(`the edge function answered ${res.status}: ${(await res.text()).slice(0, 2000)}`);
  const { report, log } = (await res.json()) as { report: SuiteReport; log: string[] };
  for (const line of log) console.log(line);
  console.log(resultLine(report));
  process.exitCode = report.failed === 0 ? 0 : 1;
} finally {
  await server.close();
}
