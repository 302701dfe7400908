/**
 * The web suite inside Bun (npm `bun`, pinned in runtime-tests/package.json); the notification handler is served
 * with Bun.serve. Bun runs the TypeScript and resolves `@lianlian-sdk/web` from node_modules itself.
 *
 *   HARNESS_URL=http://127.0.0.1:PORT runtime-tests/node_modules/.bin/bun runtime-tests/bun/main.ts
 */
import * as web from '@lianlian-sdk/web';
import { pickedProvider, resultLine, runSuite, webSuite, type SuiteHost, type WebSdk } from '../_shared/web-suite.ts';

declare const Bun: {
  readonly version: string;
  serve(options: { hostname: string; port: number; fetch: (request: Request) => Promise<Response> }): { readonly port: number; stop(closeActiveConnections?: boolean): Promise<void> | void };
};
declare const process: { env: Record<string, string | undefined>; exitCode: number | undefined };

const harnessUrl = process.env.HARNESS_URL;
if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');

const host: SuiteHost = {
  async serve(handler) {
    const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: handler });
    return { url: `http://127.0.0.1:${server.port}/notify`, close: async () => void (await server.stop(true)) };
  },
};

const sdk = web as unknown as WebSdk;
const report = await runSuite('bun', Bun.version, pickedProvider(sdk), () => webSuite(sdk, harnessUrl, host, 'bun'), (line) => console.log(line));
console.log(resultLine(report));
process.exitCode = report.failed === 0 ? 0 : 1;
