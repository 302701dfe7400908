/**
 * Runs the web suite inside workerd: bundles a Worker with esbuild the way wrangler would (ESM, browser platform,
 * `worker`/`browser` conditions), starts it with Miniflare on 127.0.0.1, and asks it for GET /run over real HTTP.
 * The sandbox posts notifications to the same Miniflare port. Prints `RESULT <json>`. Three Workers:
 *
 *   (no argument)   worker.ts, no compatibility flags: no node:crypto, so the default provider is WebCrypto
 *   nodejs-compat   worker.ts with `nodejs_compat`: process.getBuiltinModule gives node:crypto, the default signs with it
 *   old-compat      worker-node-crypto.ts, compatibility date 2024-01-01 with `nodejs_compat`: node:crypto can be
 *                   imported but there is no `process` or `Buffer` global, so the default is WebCrypto and the suite's
 *                   crypto cases also run through the opt-in `@lianlian-sdk/web/node-crypto` entry
 *
 *   HARNESS_URL=http://127.0.0.1:PORT node --import tsx runtime-tests/workerd/run.ts [nodejs-compat|old-compat]
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { resultLine, type SuiteReport } from '../_shared/web-suite.ts';

const harnessUrl = process.env.HARNESS_URL;
if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');

const WORKERS = {
  plain: { runtime: 'workerd', entry: './worker.ts', compatibilityDate: '2025-09-01', compatibilityFlags: [] },
  'nodejs-compat': { runtime: 'workerd-nodejs-compat', entry: './worker.ts', compatibilityDate: '2025-09-01', compatibilityFlags: ['nodejs_compat'] },
  // Before 2024-09-23, nodejs_compat gives the node: modules without the Buffer and process globals.
  'old-compat': { runtime: 'workerd-old-compat', entry: './worker-node-crypto.ts', compatibilityDate: '2024-01-01', compatibilityFlags: ['nodejs_compat'] },
} as const;
const which = process.argv[2] ?? 'plain';
if (!(which in WORKERS)) throw new Error(`unknown Worker ${which}; choose from ${Object.keys(WORKERS).join(', ')}`);
const worker = WORKERS[which as keyof typeof WORKERS];

const require = createRequire(createRequire(import.meta.url).resolve('miniflare'));
const workerdVersion = (require('workerd/package.json') as { version: string }).version;

const bundle = await build({
  entryPoints: [fileURLToPath(new URL(worker.entry, import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['worker', 'browser'],
  target: 'es2022',
  // Only the opt-in entry imports a node: module; workerd provides it under nodejs_compat.
  external: ['node:crypto'],
  define: { WORKERD_VERSION: JSON.stringify(workerdVersion), WORKERD_RUNTIME: JSON.stringify(worker.runtime) },
  write: false,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0]!.text;
const nodeImports = [...script.matchAll(/(?:from\s*|import\s*|require\()["'](node:[^"']+)["']/g)].map((m) => m[1]);
const expectedImports = which === 'old-compat' ? ['node:crypto'] : [];
if (JSON.stringify(nodeImports) !== JSON.stringify(expectedImports)) throw new Error(`the Worker bundle imports ${JSON.stringify(nodeImports)}; expected ${JSON.stringify(expectedImports)}`);

const mf = new Miniflare({
  modules: true,
  script,
  compatibilityDate: worker.compatibilityDate,
  compatibilityFlags: [...worker.compatibilityFlags],
  host: '127.0.0.1',
  port: 0,
});
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
