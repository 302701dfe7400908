// A Deno app that takes @lianlian-sdk/web from the registry through an npm: specifier
// (NPM_CONFIG_REGISTRY points Deno at it). The version is filled in by release-local.sh.
import * as sdk from 'npm:@lianlian-sdk/web@__VERSION__';
import { cardBindRoundTrip } from './flow.mjs';

console.log(await cardBindRoundTrip(sdk, Deno.args[0]!, 'deno'));
