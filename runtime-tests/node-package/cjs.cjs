/**
 * The behaviour suite against @lianlian-sdk/node loaded with `require()` from CommonJS: the ESM-only package
 * through require(esm), as a CommonJS application loads it (Node >= 20.19). Plain JavaScript, and the SDK is
 * required before any loader hook is registered, so it is Node's own require() that loads it; only then is the
 * TypeScript suite imported (on Node 20 through tsx's ESM hooks; the LTS strips types itself).
 */
'use strict';
const sdk = require('@lianlian-sdk/node');

(async () => {
  if (!process.features.typescript) (await import('tsx/esm/api')).register();
  const { runNodePackageSuite } = await import('./suite.mts');
  await runNodePackageSuite(sdk, 'cjs');
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
