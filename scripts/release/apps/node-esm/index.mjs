// A Node ESM app that installed @lianlian-sdk/node from the registry.
import * as sdk from '@lianlian-sdk/node';
import { cardBindRoundTrip } from './flow.mjs';

console.log(await cardBindRoundTrip(sdk, process.argv[2], 'node-esm'));
