// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The provider used when none is given: RSA signatures (MD5withRSA and
 * SHA256withRSA) on node:crypto where the runtime hands it out, else
 * {@link webCryptoProvider} (WebCrypto, and BigInt for MD5withRSA). node:crypto
 * signs MD5withRSA an order of magnitude faster than BigInt (BENCHMARKS.md);
 * both paths give the same bytes (PKCS#1 v1.5 is deterministic). pay_load's
 * RSA-OAEP, AES-CTR and HMAC stay on WebCrypto, native code in those runtimes
 * too, which keeps this module small in a Worker bundle.
 *
 * node:crypto is found through `process.getBuiltinModule` (Node ≥ 20.16,
 * Deno 2, Bun, workerd with `nodejs_compat` from compatibility date
 * 2024-09-23), never imported, so the web package's default entry has no
 * `node:` import and bundles for browsers and edge runtimes as before.
 */
import type { CryptoProvider } from './crypto-provider.ts';
import { nativeSigning, type NodeSigning } from './_native-crypto.ts';
import { webCryptoProvider } from './web-crypto-provider.ts';

/** The runtime's node:crypto, if it gives it out without an import (getBuiltinModule answers undefined for a module it lacks). */
const builtinNodeCrypto = (): unknown => (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto');

/**
 * Signatures on node:crypto when `lookup` finds a module that signs, else
 * {@link webCryptoProvider}.
 * @param lookup - the runtime's feature detection; tests pass another
 * @internal
 */
export function selectCryptoProvider(lookup: () => unknown = builtinNodeCrypto): CryptoProvider {
  const found = lookup() as (NodeSigning & { getHashes?: () => string[] }) | undefined;
  // A FIPS build of node:crypto signs no MD5 (sign_type RSA): there the BigInt path still does.
  const md5 = typeof found?.getHashes !== 'function' || found.getHashes().some((h) => /^(rsa-)?md5$/i.test(h));
  return typeof found?.sign === 'function' && md5 ? { ...webCryptoProvider, ...nativeSigning(found), name: 'node' } : webCryptoProvider;
}

let picked: CryptoProvider | undefined;
// On first use, not at import: a runtime may set up its globals after loading this module.
const pick = () => (picked ??= selectCryptoProvider());

/**
 * The default of `sign`, `verify`, `signBytes`, `verifyBytes`,
 * `encryptPayload`, `decryptPayload` and `new LianLian()` (unless `crypto` or
 * `subtle` is set). It picks once, on first use: RSA signatures on node:crypto
 * where `process.getBuiltinModule('node:crypto')` exists (Node ≥ 20.16, Deno,
 * Bun, workerd with `nodejs_compat`), else {@link webCryptoProvider}.
 * Its `name` says which: `'node'` or `'web'`.
 * @example
 * import { defaultCryptoProvider } from '@lianlian-sdk/web';
 * defaultCryptoProvider.name; // 'node' in Node, Deno and Bun; 'web' in a browser
 */
export const defaultCryptoProvider = {
  get name() {
    return pick().name;
  },
} as CryptoProvider;
// Each method forwards to the provider picked on its first call (a loop: fewer bytes in a Worker bundle than six arrows).
for (const method of ['sign', 'verify', 'oaepEncrypt', 'oaepDecrypt', 'aesCtr', 'hmacSha256'] as const)
  (defaultCryptoProvider as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => (pick()[method] as (...a: unknown[]) => unknown)(...args);
