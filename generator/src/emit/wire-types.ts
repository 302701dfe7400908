import openapiTS, { astToString } from 'openapi-typescript';

/** Wire types straight from the OpenAPI document, via openapi-typescript. */
export async function emitWireTypes(openapi: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(openapi as Parameters<typeof openapiTS>[0], { silent: true, alphabetize: true });
  return astToString(ast);
}
