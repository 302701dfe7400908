// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** Opt-in entry point: `@lianlian-sdk/node/node-http`. */
export { toNodeListener } from './runtime/node-http.ts';
export type { NodeListener, NodeRequestLike, NodeResponseLike } from './runtime/node-http.ts';
