/**
 * The suite as a fetch handler, for runtimes whose own server is the fetch handler (workerd, edge-runtime):
 *
 *   GET /run?harness=URL&origin=URL → runs the suite, answers the SuiteReport as JSON
 *   *   /h/N                        → the N-th handler the suite asked to serve (the sandbox posts notifications here)
 *
 * `origin` is this server's public loopback origin (the Miniflare / edge-runtime port), so served handlers get
 * URLs the sandbox can reach while /run is still under way. Web APIs only.
 */
import { pickedProvider, runSuite, webSuite, type SuiteHost, type SuiteOptions, type WebSdk } from './web-suite.ts';

export function suiteApp(sdk: WebSdk, runtime: string, version: string, options: SuiteOptions = {}): (request: Request) => Promise<Response> {
  const routes = new Map<string, (request: Request) => Promise<Response>>();
  let next = 0;
  return async (request) => {
    const url = new URL(request.url);
    const served = routes.get(url.pathname);
    if (served) return served(request);
    if (request.method === 'GET' && url.pathname === '/run') {
      const harnessUrl = url.searchParams.get('harness');
      const origin = url.searchParams.get('origin');
      if (!harnessUrl || !origin) return new Response('need ?harness=URL&origin=URL', { status: 400 });
      const host: SuiteHost = {
        async serve(handler) {
          const path = `/h/${++next}`;
          routes.set(path, handler);
          return { url: `${origin}${path}`, close: async () => void routes.delete(path) };
        },
      };
      const lines: string[] = [];
      const report = await runSuite(runtime, version, pickedProvider(sdk), () => webSuite(sdk, harnessUrl, host, runtime, options), (line) => void lines.push(line));
      return new Response(JSON.stringify({ report, log: lines }), { headers: { 'content-type': 'application/json' } });
    }
    return new Response('not found', { status: 404 });
  };
}
