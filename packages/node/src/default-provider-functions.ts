// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The standalone signing and pay_load functions of `@lianlian-sdk/web` with `nodeCryptoProvider` as their
 * default provider, the one `new LianLian()` uses in this package. Same signatures as the functions
 * they wrap; pass a provider as the last argument to use another.
 * @module
 */
import * as client from '@lianlian-sdk/web';
import { nodeCryptoProvider } from '@lianlian-sdk/web/node-crypto';

/** `decryptPayload` of `@lianlian-sdk/web`, with `nodeCryptoProvider` as the default `provider`. */
export const decryptPayload: typeof client.decryptPayload = (a0, a1, provider = nodeCryptoProvider) => client.decryptPayload(a0, a1, provider);

/** `encryptPayload` of `@lianlian-sdk/web`, with `nodeCryptoProvider` as the default `provider`. */
export const encryptPayload: typeof client.encryptPayload = (a0, a1, provider = nodeCryptoProvider) => client.encryptPayload(a0, a1, provider);

/** `sign` of `@lianlian-sdk/web`, with `nodeCryptoProvider` as the default `provider`. */
export const sign: typeof client.sign = (a0, a1, a2, provider = nodeCryptoProvider) => client.sign(a0, a1, a2, provider);

/** `signBytes` of `@lianlian-sdk/web`, with `nodeCryptoProvider` as the default `provider`. */
export const signBytes: typeof client.signBytes = (a0, a1, a2, provider = nodeCryptoProvider) => client.signBytes(a0, a1, a2, provider);

/** `verify` of `@lianlian-sdk/web`, with `nodeCryptoProvider` as the default `provider`. */
export const verify: typeof client.verify = (a0, a1, provider = nodeCryptoProvider) => client.verify(a0, a1, provider);

/** `verifyBytes` of `@lianlian-sdk/web`, with `nodeCryptoProvider` as the default `provider`. */
export const verifyBytes: typeof client.verifyBytes = (a0, a1, a2, a3, provider = nodeCryptoProvider) => client.verifyBytes(a0, a1, a2, a3, provider);
