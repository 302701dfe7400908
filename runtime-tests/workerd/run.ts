/**
 * Runs the web suite inside workerd: bundles worker.ts with esbuild the way wrangler would (ESM, browser platform,
 * `worker`/`browser` conditions, no node: imports), starts it with Miniflare on 127.0.0.1, and asks it for
 * GET /run over real HTTP. The sandbox posts notifications to the same Miniflare port. Prints `RESULT <json>`.
 *
 *   HARNESS_URL=http://127.0.0.1:PORT node --import tsx runtime-tests/workerd/run.ts
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { resultLine, type SuiteReport } from '../_shared/web-suite.ts';

const harnessUrl = process.env.HARNESS_URL;
if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');

const require = createRequire(createRequire(import.meta.url).resolve('miniflare'));
const workerdVersion = (require('workerd/package.json') as { version: string }).version;

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['worker', 'browser'],
  target: 'es2022',
  define: { WORKERD_VERSION: JSON.stringify(workerdVersion) },
  write: false,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0]!.text;
if (/from\s*["']node:|require\(["']node:/.test(script)) throw new Error('the Worker bundle imports a node: module');

const mf = new Miniflare({ modules: true, script, compatibilityDate: '2025-09-01', host: '127.0.0.1', port: 0 });
try {
  const origin = (await mf.ready).origin;
  const res = await fetch(`${origin}/run?harness=${encodeURIComponent(harnessUrl)}&origin=${encodeURIComponent(origin)}`);
  if (res.status !== 200) throw new Error(`the Worker answered ${res.status}: ${(await res.text()).slice(0, 2000)}`);
  const { report, log } = (await res.json()) as { report: SuiteReport; log: string[] };
  for (const line of log) console.log(line);
  console.log(resultLine(report));
  process.exitCode = report.failed === 0 ? 0 : 1;
} finally {
  await mf.dispose();
}
