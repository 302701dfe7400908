/**
 * Standalone functions that take the crypto provider as a parameter and
 * default it to the runtime's defaultCryptoProvider (sign.ts, pay-load.ts:
 * node:crypto signatures where the runtime offers it, else WebCrypto). A layer
 * whose `new LianLian()` uses another provider (node:crypto in
 * @lianlian-sdk/node) exports thin wrappers of the client's functions that
 * default to that one instead, so `sign(params, key)` takes the client's path
 * (an MD5withRSA 2048 signature: 4.62 ms in BigInt, 0.33 ms with node:crypto,
 * BENCHMARKS.md). Each wrapper is declared as `typeof` the client's function,
 * so the types stay identical and a changed signature fails the layer's type check.
 */
import { CLIENT_PACKAGE, type Target } from '../targets.ts';
import type { ExportGroup } from './runtime-files.ts';

/** Runtime module → function → index of its `provider` parameter. Keep in step with the runtime. */
export const PROVIDER_PARAMETERS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  './runtime/3-sign-verify/sign.ts': { signBytes: 3, verifyBytes: 4, sign: 3, verify: 2 },
  './runtime/3-sign-verify/pay-load.ts': { encryptPayload: 2, decryptPayload: 2 },
};

/** The layers whose clients default to a provider other than the runtime's defaultCryptoProvider, and where it comes from. */
export const LAYER_PROVIDERS: Readonly<Partial<Record<Target['id'], { readonly name: string; readonly from: string }>>> = {
  node: { name: 'nodeCryptoProvider', from: `${CLIENT_PACKAGE}/node-crypto` },
};

/** The wrappers' module, under the layer's source folder. */
export const DEFAULT_PROVIDER_FUNCTIONS_FILE = 'default-provider-functions.ts';

/**
 * The wrappers' module text and the names it exports; undefined for a package that keeps the runtime's default.
 * @throws Error when the runtime no longer exports a function listed in {@link PROVIDER_PARAMETERS}
 */
export function providerDefaults(target: Target, runtimeExports: readonly ExportGroup[]): { readonly file: string; readonly names: string[] } | undefined {
  const provider = LAYER_PROVIDERS[target.id];
  if (!provider) return undefined;
  const wrapped: { name: string; providerIndex: number }[] = [];
  for (const [from, table] of Object.entries(PROVIDER_PARAMETERS)) {
    const group = runtimeExports.find((g) => g.from === from);
    if (!group) throw new Error(`provider-defaults: the runtime has no ${from}; update PROVIDER_PARAMETERS`);
    for (const [name, providerIndex] of Object.entries(table)) {
      if (!group.values.includes(name)) throw new Error(`provider-defaults: ${from} no longer exports ${name}; update PROVIDER_PARAMETERS`);
      wrapped.push({ name, providerIndex });
    }
  }
  wrapped.sort((a, b) => (a.name < b.name ? -1 : 1));
  const file = [
    '/**',
    ` * The standalone signing and pay_load functions of \`${CLIENT_PACKAGE}\` with \`${provider.name}\` as their`,
    ' * default provider, the one `new LianLian()` uses in this package. Same signatures as the functions',
    ' * they wrap; pass a provider as the last argument to use another.',
    ' * @module',
    ' */',
    `import * as client from '${CLIENT_PACKAGE}';`,
    `import { ${provider.name} } from '${provider.from}';`,
    '',
    ...wrapped.flatMap(({ name, providerIndex }) => {
      const args = Array.from({ length: providerIndex }, (_, i) => `a${i}`);
      return [
        `/** \`${name}\` of \`${CLIENT_PACKAGE}\`, with \`${provider.name}\` as the default \`provider\`. */`,
        `export const ${name}: typeof client.${name} = (${[...args, `provider = ${provider.name}`].join(', ')}) => client.${name}(${[...args, 'provider'].join(', ')});`,
        '',
      ];
    }),
  ].join('\n');
  return { file, names: wrapped.map((w) => w.name) };
}
