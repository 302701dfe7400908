// The web package's behaviour suite (runtime-tests/_shared/web-suite.ts) under `deno test`, against the JSR
// package @lianlian-sdk/deno: its modules re-export @lianlian-sdk/web's TypeScript sources, resolved through the
// repo's Deno workspace (deno.json) as JSR would. The notification handler is served with Deno.serve. One Deno.test
// per case of the suite.
//
// The Node harness (sandbox, TEST-ONLY keys, node:crypto vectors) comes from HARNESS_URL when
// scripts/test-runtimes.ts runs this; under plain `pnpm test:deno` this file starts one itself with `node`.
import * as web from '../../packages/deno/mod.ts';
import { webSuite, type SuiteHost, type WebSdk } from '../_shared/web-suite.ts';

/** Starts `node --import tsx runtime-tests/_shared/harness.ts`; it exits when its stdin closes, i.e. when this process does. */
async function startHarness(): Promise<string> {
  const root = new URL('../../', import.meta.url);
  const child = new Deno.Command('node', {
    args: ['--import', 'tsx', new URL('runtime-tests/_shared/harness.ts', root).pathname],
    cwd: root.pathname,
    stdin: 'piped',
    stdout: 'piped',
    stderr: 'inherit',
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let out = '';
  const deadline = setTimeout(() => child.kill('SIGKILL'), 30_000);
  try {
    while (!out.includes('\n')) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the harness exited before listening');
      out += value;
    }
  } finally {
    clearTimeout(deadline);
    reader.releaseLock();
  }
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  if (!url) throw new Error(`unexpected harness banner: ${out}`);
  child.unref();
  return url;
}

const harnessUrl = Deno.env.get('HARNESS_URL') ?? (await startHarness());

const host: SuiteHost = {
  serve(handler) {
    return new Promise((resolve) => {
      const server = Deno.serve({
        hostname: '127.0.0.1',
        port: 0,
        onListen: ({ port }) => resolve({ url: `http://127.0.0.1:${port}/notify`, close: () => server.shutdown() }),
      }, handler);
    });
  },
};

for (const c of await webSuite(web as unknown as WebSdk, harnessUrl, host, 'deno')) {
  Deno.test(`@lianlian-sdk/deno: ${c.name}`, c.fn);
}
