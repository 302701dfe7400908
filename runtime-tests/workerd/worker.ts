/** The Worker run by workerd (through Miniflare): the suite app as its fetch handler. Bundled by run.ts with esbuild. */
import * as web from '@lianlian-sdk/web';
import { suiteApp } from '../_shared/fetch-app.ts';
import type { WebSdk } from '../_shared/web-suite.ts';

declare const WORKERD_VERSION: string; // esbuild `define`, from the workerd package Miniflare runs
declare const WORKERD_RUNTIME: string; // esbuild `define`: the matrix row (workerd, workerd-nodejs-compat)

// Proof the bundle runs in workerd, not in the Node process that started Miniflare.
if (navigator.userAgent !== 'Cloudflare-Workers') throw new Error(`not workerd: navigator.userAgent is ${navigator.userAgent}`);

const app = suiteApp(web as unknown as WebSdk, WORKERD_RUNTIME, WORKERD_VERSION);

export default {
  fetch(request: Request): Promise<Response> {
    return app(request);
  },
};
