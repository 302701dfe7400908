// A Cloudflare Worker that installed @lianlian-sdk/web and @lianlian-sdk/sandbox from the registry;
// bundled with esbuild and run in workerd by scripts/release/run-worker.mjs. GET / runs the round trip.
import * as sdk from '@lianlian-sdk/web';
import * as admin from '@lianlian-sdk/sandbox/admin';
import { cardBindRoundTrip } from './flow.mjs';

export default {
  async fetch(_request, env) {
    try {
      return Response.json({ ok: true, summary: await cardBindRoundTrip(sdk, admin, env.SANDBOX_URL, 'worker') });
    } catch (err) {
      return Response.json({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, { status: 500 });
    }
  },
};
