/**
 * The web suite inside Node: the pinned LTS Node from the npm package `node` (runtime-tests/node_modules/node/bin/node,
 * which strips the types itself) and this machine's Node 20 (through tsx). The notification handler is served with
 * node:http through `@lianlian-sdk/web/node-http`'s toNodeListener.
 *
 *   HARNESS_URL=http://127.0.0.1:PORT runtime-tests/node_modules/node/bin/node runtime-tests/node-lts/main.ts
 */
import * as web from '@lianlian-sdk/web';
import { toNodeListener } from '@lianlian-sdk/web/node-http';
import { nodeHost } from '../_shared/node-host.ts';
import { pickedProvider, resultLine, runSuite, webSuite, type WebSdk } from '../_shared/web-suite.ts';

const harnessUrl = process.env.HARNESS_URL;
if (!harnessUrl) throw new Error('HARNESS_URL is not set (scripts/test-runtimes.ts sets it)');

const host = nodeHost(toNodeListener);

const runtime = process.env.RUNTIME_NAME ?? 'node';
const sdk = web as unknown as WebSdk;
const report = await runSuite(runtime, process.version, pickedProvider(sdk), () => webSuite(sdk, harnessUrl, host, runtime), (line) => console.log(line));
console.log(resultLine(report));
process.exitCode = report.failed === 0 ? 0 : 1;
