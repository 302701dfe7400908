// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** The crypto provider `new LianLian()` uses in this package. */
export { webCryptoProvider as defaultProvider } from './runtime/web-crypto-provider.ts';
