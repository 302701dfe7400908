/** Shared by esm.mts and cjs.cjs: the web suite with @lianlian-sdk/node as the SDK, its handler served through node:http. */
import type * as NodeSdk from '@lianlian-sdk/node';
import { nodeHost } from '../_shared/node-host.ts';
import { pickedProvider, resultLine, runSuite, webSuite, type WebSdk } from '../_shared/web-suite.ts';

export async function runNodePackageSuite(sdk: typeof NodeSdk, loadedBy: 'esm' | 'cjs'): Promise<void> {
  const harnessUrl = process.env.HARNESS_URL;
  if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');
  const host = nodeHost(sdk.toNodeListener);
  const runtime = process.env.RUNTIME_NAME ?? `node-package-${loadedBy}`;
  const web = sdk as unknown as WebSdk;
  // @lianlian-sdk/node's own default is nodeCryptoProvider (its functions and LianLian); the row shows what web's default picks here.
  const report = await runSuite(runtime, process.version, pickedProvider(web), () => webSuite(web, harnessUrl, host, runtime), (line) => console.log(line));
  console.log(resultLine(report));
  process.exitCode = report.failed === 0 ? 0 : 1;
}
