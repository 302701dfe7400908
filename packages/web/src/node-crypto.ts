// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** Opt-in entry point: `@lianlian-sdk/web/node-crypto`. */
export { nodeCryptoProvider } from './runtime/2-crypto-keys/node-crypto-provider.ts';
