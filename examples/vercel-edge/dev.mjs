// Local run in Vercel's edge-runtime (the edge VM: web APIs only): bundles api/lianlian.js with esbuild
// (`edge-light` condition, as Vercel does) and serves it on 127.0.0.1, every path routed to it.
import { build } from 'esbuild';
import { EdgeRuntime, runServer } from 'edge-runtime';

const bundle = await build({
  stdin: {
    contents: "import handler from './api/lianlian.js'; addEventListener('fetch', (e) => e.respondWith(handler(e.request)));",
    resolveDir: process.cwd(),
  },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  conditions: ['edge-light', 'worker', 'browser'],
  target: 'es2022',
  write: false,
});
const env = {};
for (const name of ['LIANLIAN_OID_PARTNER', 'LIANLIAN_PRIVATE_KEY', 'LIANLIAN_PUBLIC_KEY', 'LIANLIAN_BASE_URL']) {
  if (process.env[name]) env[name] = process.env[name];
}
const runtime = new EdgeRuntime({
  initialCode: bundle.outputFiles[0].text,
  extend: (context) => Object.assign(context, { process: { env } }), // what Vercel gives an edge function
});
const server = await runServer({ runtime, host: '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
console.log(`listening on ${new URL(server.url).origin}/api/lianlian`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
