// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * `@lianlian-sdk/web/node-http`, as `@lianlian-sdk/deno/node-http`.
 * @module
 */
export * from '@lianlian-sdk/web/node-http';
