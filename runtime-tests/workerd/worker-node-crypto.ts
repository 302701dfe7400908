/**
 * A Worker on compatibility date 2024-01-01 with `nodejs_compat` (run.ts old-compat): node:crypto can be imported,
 * but the `Buffer` and `process` globals only came with 2024-09-23. The suite runs with the default provider (which
 * cannot find node:crypto here and uses WebCrypto), `webCryptoProvider`, and `nodeCryptoProvider` from the opt-in
 * `@lianlian-sdk/web/node-crypto` entry, whose signatures must match node:crypto's in the harness byte for byte.
 */
import * as web from '@lianlian-sdk/web';
import { nodeCryptoProvider } from '@lianlian-sdk/web/node-crypto';
import { suiteApp } from '../_shared/fetch-app.ts';
import type { WebSdk } from '../_shared/web-suite.ts';

declare const WORKERD_VERSION: string; // esbuild `define`, from the workerd package Miniflare runs
declare const WORKERD_RUNTIME: string; // esbuild `define`: the matrix row

if (navigator.userAgent !== 'Cloudflare-Workers') throw new Error(`not workerd: navigator.userAgent is ${navigator.userAgent}`);
// The point of this Worker: an opt-in provider that used either global would fail here.
if ('Buffer' in globalThis || 'process' in globalThis) throw new Error('this Worker has a Buffer or process global: its compatibility date is not before 2024-09-23');

const app = suiteApp(web as unknown as WebSdk, WORKERD_RUNTIME, WORKERD_VERSION, { providers: { nodeCryptoProvider } });

export default {
  fetch(request: Request): Promise<Response> {
    return app(request);
  },
};
