// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The standalone signing and pay_load functions with `nodeCryptoProvider` as their default provider,
 * the one `new LianLian()` uses in this package. Same signatures as the runtime functions they
 * wrap; pass a provider as the last argument to use another.
 * @module
 */
import { defaultProvider } from './default-provider.ts';
import * as payLoadRuntime from './runtime/pay-load.ts';
import * as signRuntime from './runtime/sign.ts';

/** `encryptPayload` of `runtime/pay-load.ts`, with `nodeCryptoProvider` as the default `provider`. */
export const encryptPayload: typeof payLoadRuntime.encryptPayload = (a0, a1, provider = defaultProvider) => payLoadRuntime.encryptPayload(a0, a1, provider);

/** `decryptPayload` of `runtime/pay-load.ts`, with `nodeCryptoProvider` as the default `provider`. */
export const decryptPayload: typeof payLoadRuntime.decryptPayload = (a0, a1, provider = defaultProvider) => payLoadRuntime.decryptPayload(a0, a1, provider);

/** `signBytes` of `runtime/sign.ts`, with `nodeCryptoProvider` as the default `provider`. */
export const signBytes: typeof signRuntime.signBytes = (a0, a1, a2, provider = defaultProvider) => signRuntime.signBytes(a0, a1, a2, provider);

/** `verifyBytes` of `runtime/sign.ts`, with `nodeCryptoProvider` as the default `provider`. */
export const verifyBytes: typeof signRuntime.verifyBytes = (a0, a1, a2, a3, provider = defaultProvider) => signRuntime.verifyBytes(a0, a1, a2, a3, provider);

/** `sign` of `runtime/sign.ts`, with `nodeCryptoProvider` as the default `provider`. */
export const sign: typeof signRuntime.sign = (a0, a1, a2, provider = defaultProvider) => signRuntime.sign(a0, a1, a2, provider);

/** `verify` of `runtime/sign.ts`, with `nodeCryptoProvider` as the default `provider`. */
export const verify: typeof signRuntime.verify = (a0, a1, provider = defaultProvider) => signRuntime.verify(a0, a1, provider);
