/**
 * The packages the generator writes. `web` is the one generated client; `node` and `deno`
 * are thin layers over it (their modules re-export `@lianlian-sdk/web` and set defaults),
 * so each generated fact is written once, in packages/web.
 */
export interface Target {
  readonly id: 'web' | 'node' | 'deno';
  readonly dir: string;
  readonly packageName: string;
  readonly description: string;
  /** npm packages build with tsc; the JSR-only package ships .ts sources. */
  readonly flavor: 'npm' | 'deno';
  /** `client`: the generated client itself; `layer`: re-exports it with this package's defaults (templates/<id>/). */
  readonly role: 'client' | 'layer';
  /** npm / JSR keywords beyond {@link PACKAGE_METADATA}'s. */
  readonly keywords: readonly string[];
  /**
   * The package.json (relative to the repo root) whose `version` this package carries, in its own
   * manifest(s) and in openapi.json's `info.version`. changesets owns that field and bumps only
   * package.json files, so an npm package reads its own; the Deno package has none and follows
   * @lianlian-sdk/web (it re-exports it): after `changeset version`, `pnpm generate` writes the
   * new version into the deno.json files, and `generate --check` fails until it has.
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

/** Extra entry points every package has: subpath → file under the package's source folder (web: what it re-exports from its runtime). */
export const SUBPATH_ENTRIES = [
  { subpath: './node-crypto', file: 'node-crypto.ts', from: './runtime/2-crypto-keys/node-crypto-provider.ts', values: ['nodeCryptoProvider'], types: [] },
  { subpath: './node-http', file: 'node-http.ts', from: './runtime/5-client/node-http.ts', values: ['toNodeListener'], types: ['NodeListener', 'NodeListenerOptions', 'NodeRequestLike', 'NodeResponseLike'] },
] as const;

/** The generated client, which the layers depend on. */
export const CLIENT_PACKAGE = '@lianlian-sdk/web';

export const RUNTIME_DEPENDENCIES = [
  { name: '@noble/hashes', version: '2.4.0' },
  // The transport: retries with backoff and Retry-After, hooks and timeouts, the same in every runtime.
  { name: 'ky', version: '1.9.1' },
] as const;

export const TARGETS: readonly Target[] = [
  {
    id: 'web',
    dir: 'packages/web',
    packageName: CLIENT_PACKAGE,
    description: 'LianLian Pay client for edge runtimes (Cloudflare Workers, Vercel Edge, Deno Deploy, Bun): web APIs only, no Node built-ins in its default entry.',
    flavor: 'npm',
    role: 'client',
    keywords: ['edge', 'cloudflare-workers', 'vercel-edge', 'bun', 'webcrypto'],
    versionSource: 'packages/web/package.json',
  },
  {
    id: 'node',
    dir: 'packages/node',
    packageName: '@lianlian-sdk/node',
    description: 'LianLian Pay client for Node.js: typed, validated, signed requests with verified answers.',
    flavor: 'npm',
    role: 'layer',
    keywords: ['node'],
    versionSource: 'packages/node/package.json',
  },
  {
    id: 'deno',
    dir: 'packages/deno',
    packageName: '@lianlian-sdk/deno',
    description: 'LianLian Pay client for Deno (JSR): typed, validated, signed requests with verified answers.',
    flavor: 'deno',
    role: 'layer',
    keywords: [], // JSR has no keywords field
    versionSource: 'packages/web/package.json', // no package.json of its own: follows @lianlian-sdk/web
  },
];

export const GENERATED_HEADER = '// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.';
