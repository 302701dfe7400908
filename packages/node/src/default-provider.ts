// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** The crypto provider `new LianLian()` uses in this package. */
export { nodeCryptoProvider as defaultProvider } from './runtime/node-crypto-provider.ts';
/** ret_code descriptions are added to errors by default in this package. */
export { describeReturnCode as defaultDescribeReturnCode } from './return-codes.ts';
