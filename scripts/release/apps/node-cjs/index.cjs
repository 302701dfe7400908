// A Node CommonJS app that installed @lianlian-sdk/node from the registry and loads it with require().
const sdk = require('@lianlian-sdk/node');

if (typeof sdk.LianLian !== 'function') throw new Error(`require('@lianlian-sdk/node') gave no LianLian class (keys: ${Object.keys(sdk).join(', ')})`);
// flow.mjs is shared with the other apps; CommonJS loads it with import().
import('./flow.mjs')
  .then(({ cardBindRoundTrip }) => cardBindRoundTrip(sdk, process.argv[2], 'node-cjs'))
  .then(
    (summary) => console.log(summary),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
