// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/** The crypto provider `new LianLian()` uses in this package. */
export { webCryptoProvider as defaultProvider } from './runtime/web-crypto-provider.ts';
/** ret_code descriptions are opt-in in this package (`describeReturnCode` in the config), to keep bundles small. */
export const defaultDescribeReturnCode: ((code: string) => { readonly description: string } | undefined) | undefined = undefined;
