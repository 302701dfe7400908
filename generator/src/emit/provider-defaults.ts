/**
 * Standalone functions that take the crypto provider as a parameter and
 * default it to WebCrypto in the runtime (sign.ts, pay-load.ts). A package
 * whose `new LianLian()` uses another provider (node:crypto in
 * @lianlian-sdk/node) exports thin wrappers of them that default to that one
 * instead, so `sign(params, key)` takes the client's path (an MD5withRSA
 * 2048 signature: 4.62 ms in BigInt, 0.33 ms with node:crypto, BENCHMARKS.md). Each wrapper is
 * declared as `typeof` its runtime function, so the types stay identical and
 * a changed runtime signature fails the package's type check.
 */
import type { Target } from '../targets.ts';
import type { ExportGroup } from './runtime-files.ts';

/** Runtime module → function → index of its `provider` parameter. Keep in step with the runtime. */
export const PROVIDER_PARAMETERS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  './runtime/sign.ts': { signBytes: 3, verifyBytes: 4, sign: 3, verify: 2 },
  './runtime/pay-load.ts': { encryptPayload: 2, decryptPayload: 2 },
};

/** The provider the runtime functions default to; packages using it need no wrappers. */
const RUNTIME_DEFAULT = 'webCryptoProvider';

/** The wrappers' module, under the package's source folder. */
export const DEFAULT_PROVIDER_FUNCTIONS_FILE = 'default-provider-functions.ts';

/**
 * The export groups with the wrapped functions exported from
 * {@link DEFAULT_PROVIDER_FUNCTIONS_FILE} instead of the runtime, and that
 * file's text; the groups unchanged and no file when the package uses the runtime's default.
 * @throws Error when the runtime no longer exports a function listed in {@link PROVIDER_PARAMETERS}
 */
export function providerDefaults(target: Target, groups: readonly ExportGroup[]): { groups: ExportGroup[]; file?: string } {
  if (target.defaultProvider.name === RUNTIME_DEFAULT) return { groups: [...groups] };
  const out: ExportGroup[] = [];
  const wrapped: { from: string; name: string; providerIndex: number }[] = [];
  for (const g of groups) {
    const table = PROVIDER_PARAMETERS[g.from];
    if (!table) {
      out.push(g);
      continue;
    }
    for (const name of Object.keys(table))
      if (!g.values.includes(name)) throw new Error(`provider-defaults: ${g.from} no longer exports ${name}; update PROVIDER_PARAMETERS`);
    out.push({ ...g, values: g.values.filter((v) => !(v in table)) });
    for (const [name, providerIndex] of Object.entries(table)) wrapped.push({ from: g.from, name, providerIndex });
  }
  const missing = Object.keys(PROVIDER_PARAMETERS).filter((from) => !groups.some((g) => g.from === from));
  if (missing.length) throw new Error(`provider-defaults: the runtime has no ${missing.join(', ')}; update PROVIDER_PARAMETERS`);
  out.push({ from: `./${DEFAULT_PROVIDER_FUNCTIONS_FILE}`, values: wrapped.map((w) => w.name).sort(), types: [] });

  // `./runtime/pay-load.ts` → `payLoadRuntime`
  const alias = (from: string) => `${from.replace(/^\.\/runtime\//, '').replace(/\.ts$/, '').replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())}Runtime`;
  const froms = [...new Set(wrapped.map((w) => w.from))];
  const provider = target.defaultProvider.name;
  const file = [
    '/**',
    ` * The standalone signing and pay_load functions with \`${provider}\` as their default provider,`,
    ' * the one `new LianLian()` uses in this package. Same signatures as the runtime functions they',
    ' * wrap; pass a provider as the last argument to use another.',
    ' * @module',
    ' */',
    "import { defaultProvider } from './default-provider.ts';",
    ...froms.map((from) => `import * as ${alias(from)} from '${from}';`),
    '',
    ...wrapped.flatMap(({ from, name, providerIndex }) => {
      const args = Array.from({ length: providerIndex }, (_, i) => `a${i}`);
      const fn = `${alias(from)}.${name}`;
      return [
        `/** \`${name}\` of \`${from.slice(2)}\`, with \`${provider}\` as the default \`provider\`. */`,
        `export const ${name}: typeof ${fn} = (${[...args, 'provider = defaultProvider'].join(', ')}) => ${fn}(${[...args, 'provider'].join(', ')});`,
        '',
      ];
    }),
  ].join('\n');
  return { groups: out, file };
}
