// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * The SubtleCrypto to use: the one passed in, else the runtime's own. Looked up
 * on use, not at import, so a runtime that installs WebCrypto late still works.
 * @param subtle - an injected SubtleCrypto, e.g. @peculiar/webcrypto's
 * @returns it, or `globalThis.crypto.subtle`
 * @throws TypeError when there is neither
 */
export function resolveSubtle(subtle?: SubtleCrypto): SubtleCrypto {
  const resolved = subtle ?? globalThis.crypto?.subtle;
  if (!resolved) throw new TypeError('No WebCrypto: globalThis.crypto.subtle is missing; pass a SubtleCrypto');
  return resolved;
}
