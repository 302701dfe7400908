// A Node ESM app that installed @lianlian-sdk/node and @lianlian-sdk/sandbox from the registry.
import * as sdk from '@lianlian-sdk/node';
import * as admin from '@lianlian-sdk/sandbox/admin';
import { cardBindRoundTrip } from './flow.mjs';

console.log(await cardBindRoundTrip(sdk, admin, process.argv[2], 'node-esm'));
