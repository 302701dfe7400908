// Runs the release Worker app in workerd: bundles APP_DIR/worker.mjs with esbuild the
// way wrangler does (ESM, browser platform, `worker`/`browser` conditions), resolving
// @lianlian-sdk/web from the app's own node_modules, then serves it with Miniflare and
// asks it once for the card-bind round trip against the sandbox.
//   node run-worker.mjs APP_DIR SANDBOX_URL
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';

const [appDir, sandboxUrl] = process.argv.slice(2);
if (!appDir || !sandboxUrl) throw new Error('usage: node run-worker.mjs APP_DIR SANDBOX_URL');

const bundle = await build({
  entryPoints: ['worker.mjs'],
  absWorkingDir: appDir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['worker', 'browser'],
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0].text;
if (/from\s*["']node:|require\(["']node:/.test(script)) throw new Error('the Worker bundle imports a node: module');

const mf = new Miniflare({ modules: true, script, compatibilityDate: '2025-09-01', bindings: { SANDBOX_URL: sandboxUrl } });
try {
  const res = await mf.dispatchFetch('http://worker.local/');
  const body = await res.json();
  if (res.status !== 200 || !body.ok) throw new Error(`worker answered ${res.status}: ${body.error ?? JSON.stringify(body)}`);
  console.log(`${body.summary} (bundle ${(script.length / 1024).toFixed(0)} KiB)`);
} finally {
  await mf.dispose();
}
