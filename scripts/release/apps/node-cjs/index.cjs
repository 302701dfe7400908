// A Node CommonJS app that installed @lianlian-sdk/node and @lianlian-sdk/sandbox from the registry
// and loads them with require().
const sdk = require('@lianlian-sdk/node');
const admin = require('@lianlian-sdk/sandbox/admin');

if (typeof sdk.LianLian !== 'function') throw new Error(`require('@lianlian-sdk/node') gave no LianLian class (keys: ${Object.keys(sdk).join(', ')})`);
if (typeof admin.createSandboxAdmin !== 'function') throw new Error(`require('@lianlian-sdk/sandbox/admin') gave no createSandboxAdmin (keys: ${Object.keys(admin).join(', ')})`);
// flow.mjs is shared with the other apps; CommonJS loads it with import().
import('./flow.mjs')
  .then(({ cardBindRoundTrip }) => cardBindRoundTrip(sdk, admin, process.argv[2], 'node-cjs'))
  .then(
    (summary) => console.log(summary),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
