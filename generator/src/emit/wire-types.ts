import openapiTS, { astToString } from 'openapi-typescript';
import { docText } from './doc-text.ts';

/** Wire types straight from the OpenAPI document, via openapi-typescript. */
export async function emitWireTypes(openapi: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(commentSafe(openapi) as unknown as Parameters<typeof openapiTS>[0], { silent: true, alphabetize: true });
  return astToString(ast);
}

/** The keys openapi-typescript prints as JSDoc; it escapes a star-slash itself, but not line separators or a leading `@`. */
const PRINTED = new Set(['title', 'summary', 'description']);

/** A copy of the document with every printed text through {@link docText} (openapi.json keeps the text as written). */
function commentSafe(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(commentSafe);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, PRINTED.has(k) && typeof v === 'string' ? docText(v) : commentSafe(v)]));
}
