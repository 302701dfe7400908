// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * `@lianlian-sdk/web/node-crypto`, as `@lianlian-sdk/deno/node-crypto`.
 * @module
 */
export * from '@lianlian-sdk/web/node-crypto';
