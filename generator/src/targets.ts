/** The packages the generator writes. Dependency versions are pinned here, once. */
export interface Target {
  readonly id: 'web' | 'node' | 'deno';
  readonly dir: string;
  readonly packageName: string;
  readonly description: string;
  /** npm targets build with tsc; deno ships .ts sources. */
  readonly flavor: 'npm' | 'deno';
  /** `types` for tsconfig (the web package's default graph is checked without Node types by a test). */
  readonly types: readonly string[];
  /** The crypto provider `new LianLian()` uses unless told otherwise. */
  readonly defaultProvider: { readonly name: string; readonly file: string };
  /**
   * Whether `new LianLian()` / `createClient()` add LianLian's ret_code descriptions to errors
   * without being asked. Off where bundle size counts (the table is ~4.7 KB min+gzip,
   * BENCHMARKS.md): there, `describeReturnCode` is passed in the config.
   */
  readonly describesReturnCodes: boolean;
  /** Whether runtime files named `node-*.ts` are re-exported from the main entry (else only from `./node-crypto`). */
  readonly nodeInMain: boolean;
  /** npm / JSR keywords beyond {@link PACKAGE_METADATA}'s. */
  readonly keywords: readonly string[];
  /**
   * The package.json (relative to the repo root) whose `version` this package carries, in its own
   * manifest(s) and in openapi.json's `info.version`. changesets owns that field and bumps only
   * package.json files, so an npm package reads its own; the Deno package has none and follows
   * @lianlian-sdk/web (same code, same web-API runtime): after `changeset version`, `pnpm generate`
   * writes the new version into jsr.json and deno.json, and `generate --check` fails until it has.
   */
  readonly versionSource: string;
}

/**
 * Registry metadata every generated package carries. `repository` is left out of
 * package.json while it is undefined: set it to the public repository before the
 * first publish (npm provenance checks that it matches where the build ran).
 */
export const PACKAGE_METADATA: {
  readonly license: string;
  readonly keywords: readonly string[];
  readonly repository: { readonly url: string } | undefined;
  readonly homepage: string | undefined;
} = {
  license: 'MIT',
  keywords: ['lianlian', 'lianlianpay', 'payments', 'md5withrsa', 'sdk', 'typescript'],
  repository: undefined,
  homepage: undefined,
};

/**
 * The tree-shakable entry: `createClient()` plus one standalone function per
 * operation, each module holding only its own operation's rules, so a bundle
 * carries the operations it calls and not the whole `operations` table.
 * `file` is the entry under the source folder; `dir` holds one module per operation.
 */
export const FUNCTIONS_ENTRY = { subpath: './functions', file: 'functions.ts', dir: 'functions' } as const;

/** Extra entry points every package has: subpath → file under the package's source folder. */
export const SUBPATH_ENTRIES = [
  { subpath: './node-crypto', file: 'node-crypto.ts', from: './runtime/node-crypto-provider.ts', values: ['nodeCryptoProvider'], types: [] },
  { subpath: './node-http', file: 'node-http.ts', from: './runtime/node-http.ts', values: ['toNodeListener'], types: ['NodeListener', 'NodeRequestLike', 'NodeResponseLike'] },
] as const;

const WEB_PROVIDER = { name: 'webCryptoProvider', file: './runtime/web-crypto-provider.ts' } as const;

export const RUNTIME_DEPENDENCIES = [
  { name: '@noble/hashes', version: '2.4.0' },
] as const;

export const TARGETS: readonly Target[] = [
  {
    id: 'web',
    dir: 'packages/web',
    packageName: '@lianlian-sdk/web',
    description: 'LianLian Pay client for edge runtimes (Cloudflare Workers, Vercel Edge, Deno Deploy, Bun): web APIs only, no Node built-ins in its default entry.',
    flavor: 'npm',
    types: ['node'],
    defaultProvider: WEB_PROVIDER,
    describesReturnCodes: false,
    nodeInMain: false,
    keywords: ['edge', 'cloudflare-workers', 'vercel-edge', 'bun', 'webcrypto'],
    versionSource: 'packages/web/package.json',
  },
  {
    id: 'node',
    dir: 'packages/node',
    packageName: '@lianlian-sdk/node',
    description: 'LianLian Pay client for Node.js: typed, validated, signed requests with verified answers.',
    flavor: 'npm',
    types: ['node'],
    defaultProvider: { name: 'nodeCryptoProvider', file: './runtime/node-crypto-provider.ts' },
    describesReturnCodes: true,
    nodeInMain: true,
    keywords: ['node'],
    versionSource: 'packages/node/package.json',
  },
  {
    id: 'deno',
    dir: 'packages/deno',
    packageName: '@lianlian-sdk/deno',
    description: 'LianLian Pay client for Deno (JSR): typed, validated, signed requests with verified answers.',
    flavor: 'deno',
    types: [],
    defaultProvider: WEB_PROVIDER,
    describesReturnCodes: false,
    nodeInMain: false,
    keywords: [], // JSR has no keywords field
    versionSource: 'packages/web/package.json', // no package.json of its own: follows @lianlian-sdk/web
  },
];

export const GENERATED_HEADER = '// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.';
