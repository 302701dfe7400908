import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../src/emit/openapi.ts';
import { commentSafeDocument, emitWireTypes, WIRE_TYPE_OPTIONS } from '../src/emit/wire-types.ts';
import { buildIr } from '../src/ir/build-ir.ts';
import { loadSpec } from '../src/load/load-spec.ts';
import { PAYLOAD, poisonSpec, withPayload } from './_hostile-spec.ts';
import { REPO, scratchRepo } from './_repo.ts';

/** What openapi-typescript's own entry point prints for the document: Redocly lints and bundles it first. */
async function viaOpenapiTS(doc: Record<string, unknown>): Promise<string> {
  return astToString(await openapiTS(commentSafeDocument(doc) as unknown as Parameters<typeof openapiTS>[0], WIRE_TYPE_OPTIONS));
}

describe('wire types', () => {
  it("the generator's direct call of the transform prints exactly what openapiTS() prints, lint and bundle included, for the whole spec", async () => {
    const doc = emitOpenApi(buildIr(await loadSpec(join(REPO, 'spec'))), '1.2.3') as Record<string, unknown>;
    const direct = emitWireTypes(doc);
    expect(direct).toContain('export interface components');
    expect(direct).toBe(await viaOpenapiTS(doc));
  });

  it('and for a spec with a payload in every text field (the texts openapi-typescript prints as comments)', async () => {
    const root = await scratchRepo();
    await poisonSpec(join(root, 'spec'), withPayload);
    const doc = emitOpenApi(buildIr(await loadSpec(join(root, 'spec'))), '1.2.3') as Record<string, unknown>;
    const direct = emitWireTypes(doc);
    expect(direct).toContain(PAYLOAD.replace('@', '\\@').replace('*/', '*\\/'));
    expect(direct).toBe(await viaOpenapiTS(doc));
  });
});
