// Local run without wrangler: bundles src/index.js as wrangler does (esbuild, ESM, `worker`/`browser`
// conditions) and serves it in workerd through Miniflare, with an in-memory KV namespace ORDERS.
// Bindings come from this process's environment here; in production they are wrangler vars and secrets.
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';

const bundle = await build({
  entryPoints: ['src/index.js'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['worker', 'browser'],
  target: 'es2022',
  write: false,
});
const bindings = {};
for (const name of ['LIANLIAN_OID_PARTNER', 'LIANLIAN_PRIVATE_KEY', 'LIANLIAN_PUBLIC_KEY', 'LIANLIAN_BASE_URL']) {
  if (process.env[name]) bindings[name] = process.env[name];
}
const mf = new Miniflare({
  modules: true,
  script: bundle.outputFiles[0].text,
  compatibilityDate: '2025-09-01',
  bindings,
  kvNamespaces: ['ORDERS'],
  host: '127.0.0.1',
  port: Number(process.env.PORT ?? 8787),
});
const url = await mf.ready;
console.log(`listening on ${url.origin}`);
const stop = () => mf.dispose().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
