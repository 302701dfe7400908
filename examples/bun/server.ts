// Bun: `bun run server.ts` (or npm start). Bun reads .env files itself.
import { paymentApp } from './app.ts';

const handler = paymentApp(() => ({
  oidPartner: Bun.env.LIANLIAN_OID_PARTNER ?? '',
  privateKey: Bun.env.LIANLIAN_PRIVATE_KEY ?? '',
  lianlianPublicKey: Bun.env.LIANLIAN_PUBLIC_KEY ?? '',
  baseUrl: Bun.env.LIANLIAN_BASE_URL,
}));

const server = Bun.serve({ hostname: '127.0.0.1', port: Number(Bun.env.PORT ?? 3000), fetch: handler });
console.log(`listening on http://${server.hostname}:${server.port}`);
