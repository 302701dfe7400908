/** The edge function run by Vercel's edge-runtime: the suite app behind a FetchEvent listener. Bundled by run.ts with esbuild (IIFE: edge-runtime evaluates a script). */
import * as web from '@lianlian-sdk/web';
import { suiteApp } from '../_shared/fetch-app.ts';
import type { WebSdk } from '../_shared/web-suite.ts';

declare const EDGE_RUNTIME_VERSION: string; // esbuild `define`, from the edge-runtime package
interface FetchEvent extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

declare const EdgeRuntime: unknown;

// Proof the bundle runs in the edge VM (which defines EdgeRuntime and has no Node globals), not in Node itself.
if (typeof EdgeRuntime !== 'string' || 'process' in globalThis || 'Buffer' in globalThis) throw new Error('not inside edge-runtime');

const app = suiteApp(web as unknown as WebSdk, 'edge-runtime', EDGE_RUNTIME_VERSION);

addEventListener('fetch', (event) => {
  const fetchEvent = event as FetchEvent;
  fetchEvent.respondWith(app(fetchEvent.request));
});
