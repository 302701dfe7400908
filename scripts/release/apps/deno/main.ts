// A Deno app that takes @lianlian-sdk/web and @lianlian-sdk/sandbox/admin from the registry through
// npm: specifiers (NPM_CONFIG_REGISTRY points Deno at it). release-local.sh fills in the versions.
import * as sdk from 'npm:@lianlian-sdk/web@__VERSION__';
import * as admin from 'npm:@lianlian-sdk/sandbox@__SANDBOX_VERSION__/admin';
import { cardBindRoundTrip } from './flow.mjs';

console.log(await cardBindRoundTrip(sdk, admin, Deno.args[0]!, 'deno'));
