// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * `@lianlian-sdk/web`, as `@lianlian-sdk/deno`.
 * @module
 */
export * from '@lianlian-sdk/web';
