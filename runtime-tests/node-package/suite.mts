/** Shared by esm.mts and cjs.cts: the web suite with @lianlian-sdk/node as the SDK, its handler served through node:http. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as NodeSdk from '@lianlian-sdk/node';
import { resultLine, runSuite, webSuite, type SuiteHost, type WebSdk } from '../_shared/web-suite.ts';

export async function runNodePackageSuite(sdk: typeof NodeSdk, loadedBy: 'esm' | 'cjs'): Promise<void> {
  const harnessUrl = process.env.HARNESS_URL;
  if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');
  const host: SuiteHost = {
    async serve(handler) {
      const server = createServer(sdk.toNodeListener(handler));
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
  const runtime = process.env.RUNTIME_NAME ?? `node-package-${loadedBy}`;
  const report = await runSuite(runtime, process.version, () => webSuite(sdk as unknown as WebSdk, harnessUrl, host, runtime), (line) => console.log(line));
  console.log(resultLine(report));
  process.exitCode = report.failed === 0 ? 0 : 1;
}
