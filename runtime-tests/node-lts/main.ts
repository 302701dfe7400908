/**
 * The web suite inside Node: the pinned LTS Node from the npm package `node` (runtime-tests/node_modules/node/bin/node,
 * which strips the types itself) and this machine's Node 20 (through tsx). The notification handler is served with
 * node:http through `@lianlian-sdk/web/node-http`'s toNodeListener.
 *
 *   HARNESS_URL=http://127.0.0.1:PORT runtime-tests/node_modules/node/bin/node runtime-tests/node-lts/main.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as web from '@lianlian-sdk/web';
import { toNodeListener } from '@lianlian-sdk/web/node-http';
import { resultLine, runSuite, webSuite, type SuiteHost, type WebSdk } from '../_shared/web-suite.ts';

const harnessUrl = process.env.HARNESS_URL;
if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');

const host: SuiteHost = {
  async serve(handler) {
    const server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  },
};

const runtime = process.env.RUNTIME_NAME ?? 'node';
const report = await runSuite(runtime, process.version, () => webSuite(web as unknown as WebSdk, harnessUrl, host, runtime), (line) => console.log(line));
console.log(resultLine(report));
process.exitCode = report.failed === 0 ? 0 : 1;
