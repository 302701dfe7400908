import { createRequire } from 'node:module';

/**
 * ts-morph and the parts of openapi-typescript the generator uses, loaded through `require`.
 *
 * An ESM `import` of a CommonJS package makes Node scan its source for export names first
 * (cjs-module-lexer): for ts-morph, and for the 9 MB typescript.js and @redocly/openapi-core
 * files that openapi-typescript's ESM build imports, that scan cost over half a second of
 * every generation. The CommonJS builds are the same code, loaded without it.
 *
 * openapi-typescript's package entry also loads all of Redocly (a quarter of a second), which
 * only its `openapiTS()` uses, to lint and bundle; emit/wire-types.ts calls the transform and
 * the printer directly, so those come from their own modules (reachable through the package's
 * `./*` export; openapi-typescript is pinned, and generator/test/wire-types.test.ts compares the
 * result with `openapiTS()`'s). Types come from the packages' own declarations.
 */
const require = createRequire(import.meta.url);

/** A module loaded on first use. */
function lazy<T>(load: () => T): () => T {
  let module: T | undefined;
  return () => (module ??= load());
}

type OpenapiTypescript = typeof import('openapi-typescript');

export const tsMorph = require('ts-morph') as typeof import('ts-morph');

const utils = require('openapi-typescript/dist/lib/utils.cjs') as Pick<OpenapiTypescript, 'resolveRef' | 'scanDiscriminators'>;
const printer = require('openapi-typescript/dist/lib/ts.cjs') as Pick<OpenapiTypescript, 'astToString'>;

export const openapiTypescript: Pick<OpenapiTypescript, 'astToString' | 'resolveRef' | 'scanDiscriminators' | 'transformSchema'> = {
  transformSchema: require('openapi-typescript/dist/transform/index.cjs') as OpenapiTypescript['transformSchema'],
  resolveRef: utils.resolveRef,
  scanDiscriminators: utils.scanDiscriminators,
  astToString: printer.astToString,
};

/**
 * yaml and Ajv, loaded when a spec file is parsed or checked: a run whose spec files all come
 * from the run cache (cache.ts) needs neither (a tenth of a second to load). Both are CommonJS
 * packages, which is what an `import` of them loads too.
 */
export const yaml = lazy(() => require('yaml') as typeof import('yaml'));
export const ajv2020 = lazy(() => require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js'));
