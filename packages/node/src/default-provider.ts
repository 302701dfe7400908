// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** The crypto provider `new LianLian()` uses in this package. */
export { nodeCryptoProvider as defaultProvider } from './runtime/node-crypto-provider.ts';
