// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * LianLian Pay client for Node.js: typed, validated, signed requests with verified answers.
 *
 * `@lianlian-sdk/web` with Node's defaults: node:crypto signs and verifies, errors carry LianLian's
 * description of their ret_code, and `toNodeListener` serves notifications from node:http or Express.
 * Every type is the client's own: a `CardBindQueryResponse` from here is `@lianlian-sdk/web`'s.
 * @module
 */
export * from '@lianlian-sdk/web';
export * from '@lianlian-sdk/web/node-crypto';
export * from '@lianlian-sdk/web/node-http';
// Named exports take precedence over the `export *` above: these replace the client's.
export { LianLian } from './lianlian.ts';
export { decryptPayload, encryptPayload, sign, signBytes, verify, verifyBytes } from './default-provider-functions.ts';
