// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** Opt-in entry point: `@lianlian-sdk/web/node-http`. */
export { toNodeListener } from './runtime/5-client/node-http.ts';
export type { NodeListener, NodeListenerOptions, NodeRequestLike, NodeResponseLike } from './runtime/5-client/node-http.ts';
