// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * `@lianlian-sdk/web/functions`, as `@lianlian-sdk/deno/functions`.
 * @module
 */
export * from '@lianlian-sdk/web/functions';
