import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { openapiTypescript } from '../commonjs.ts';
import { docText } from './doc-text.ts';

const { astToString, resolveRef, scanDiscriminators, transformSchema } = openapiTypescript;

/** How openapi-typescript is asked to print the wire types. */
export const WIRE_TYPE_OPTIONS = { silent: true, alphabetize: true } as const satisfies OpenAPITSOptions;

/**
 * Wire types straight from the OpenAPI document, via openapi-typescript's own transform and
 * printer. Its `openapiTS()` first lints and bundles the document with Redocly: two walks of the
 * whole document, a quarter of a second, which cannot find anything in a document we emitted
 * ourselves with no external `$ref`. So the transform gets the document directly, with the
 * context `openapiTS()` would build from {@link WIRE_TYPE_OPTIONS};
 * generator/test/wire-types.test.ts checks that the text equals what `openapiTS()` prints.
 */
export function emitWireTypes(openapi: Record<string, unknown>): string {
  const doc = commentSafeDocument(openapi);
  const o: OpenAPITSOptions = WIRE_TYPE_OPTIONS;
  const ctx: GlobalContext = {
    additionalProperties: o.additionalProperties ?? false,
    alphabetize: o.alphabetize ?? false,
    arrayLength: o.arrayLength ?? false,
    defaultNonNullable: o.defaultNonNullable ?? true,
    discriminators: scanDiscriminators(doc, o),
    emptyObjectsUnknown: o.emptyObjectsUnknown ?? false,
    enum: o.enum ?? false,
    enumValues: o.enumValues ?? false,
    conditionalEnums: o.conditionalEnums ?? false,
    dedupeEnums: o.dedupeEnums ?? false,
    excludeDeprecated: o.excludeDeprecated ?? false,
    exportType: o.exportType ?? false,
    immutable: o.immutable ?? false,
    rootTypes: o.rootTypes ?? false,
    rootTypesNoSchemaPrefix: o.rootTypesNoSchemaPrefix ?? false,
    rootTypesKeepCasing: o.rootTypesKeepCasing ?? false,
    injectFooter: [],
    pathParamsAsTypes: o.pathParamsAsTypes ?? false,
    postTransform: undefined,
    propertiesRequiredByDefault: o.propertiesRequiredByDefault ?? false,
    // Redocly's configuration is read only by openapiTS()'s lint and bundle, which this skips.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: o.silent ?? false,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: o.makePathsEnum ?? false,
    generatePathParams: o.generatePathParams ?? false,
    readWriteMarkers: o.readWriteMarkers ?? false,
    resolve: ($ref) => resolveRef(doc, $ref, { silent: o.silent ?? false }),
  };
  return astToString(transformSchema(doc, ctx));
}

/** The keys openapi-typescript prints as JSDoc; it escapes a star-slash itself, but not line separators or a leading `@`. */
const PRINTED = new Set(['title', 'summary', 'description']);

/** The document openapi-typescript is given: a copy with every printed text through {@link docText}. */
export function commentSafeDocument(openapi: Record<string, unknown>): OpenAPI3 {
  return commentSafe(openapi) as OpenAPI3;
}

/** A copy of the document with every printed text through {@link docText} (openapi.json keeps the text as written). */
function commentSafe(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(commentSafe);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, PRINTED.has(k) && typeof v === 'string' ? docText(v) : commentSafe(v)]));
}
