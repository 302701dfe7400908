/**
 * The behaviour suite against @lianlian-sdk/node loaded with `import` (its default provider: node:crypto), on
 * this machine's Node 20 (through tsx) and the pinned LTS Node (which strips the types itself).
 * runtime-tests/node-package/cjs.cjs is the same through `require()`.
 */
import * as sdk from '@lianlian-sdk/node';
import { runNodePackageSuite } from './suite.mts';

await runNodePackageSuite(sdk, 'esm');
