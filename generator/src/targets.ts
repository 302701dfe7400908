/** The packages the generator writes. Dependency versions are pinned here, once. */
export interface Target {
  readonly id: 'web' | 'node' | 'deno';
  readonly dir: string;
  readonly packageName: string;
  readonly description: string;
  /** npm targets build with tsc; deno ships .ts sources. */
  readonly flavor: 'npm' | 'deno';
  /** `types` for tsconfig: web has none, so a Node global can't slip in. */
  readonly types: readonly string[];
}

export const RUNTIME_DEPENDENCIES = [
  { name: '@noble/hashes', version: '2.4.0' },
  { name: 'ky', version: '1.9.1' },
] as const;

export const TARGETS: readonly Target[] = [
  {
    id: 'web',
    dir: 'packages/web',
    packageName: '@lianlian-sdk/web',
    description: 'LianLian Pay client for edge runtimes (Cloudflare Workers, Vercel Edge, browsers-free servers): web APIs only, no Node built-ins.',
    flavor: 'npm',
    types: [],
  },
  {
    id: 'node',
    dir: 'packages/node',
    packageName: '@lianlian-sdk/node',
    description: 'LianLian Pay client for Node.js: typed, validated, signed requests with verified answers.',
    flavor: 'npm',
    types: ['node'],
  },
  {
    id: 'deno',
    dir: 'packages/deno',
    packageName: '@lianlian-sdk/deno',
    description: 'LianLian Pay client for Deno (JSR): typed, validated, signed requests with verified answers.',
    flavor: 'deno',
    types: [],
  },
];

export const GENERATED_HEADER = '// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.';
