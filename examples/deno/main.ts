// Deno: `deno task start` (or npm start). Needs --allow-net and --allow-env.
import { paymentApp } from './app.ts';

const env = (name: string) => Deno.env.get(name) ?? '';
const handler = paymentApp(() => ({
  oidPartner: env('LIANLIAN_OID_PARTNER'),
  privateKey: env('LIANLIAN_PRIVATE_KEY'),
  lianlianPublicKey: env('LIANLIAN_PUBLIC_KEY'),
  baseUrl: Deno.env.get('LIANLIAN_BASE_URL'),
}));

Deno.serve({
  hostname: '127.0.0.1',
  port: Number(Deno.env.get('PORT') ?? 8000),
  onListen: ({ hostname, port }) => console.log(`listening on http://${hostname}:${port}`),
}, handler);
