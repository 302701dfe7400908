import { join } from 'node:path';
import { emitClient } from './emit/client.ts';
import { emitEvidenceAudit } from './emit/evidence-audit.ts';
import { emitOpenApi } from './emit/openapi.ts';
import { emitOperations } from './emit/operations.ts';
import { emitTarget } from './emit/package-files.ts';
import { readRuntime, runtimeExports } from './emit/runtime-files.ts';
import { emitSharedTables } from './emit/shared-tables.ts';
import { emitWireTypes } from './emit/wire-types.ts';
import { buildIr } from './ir/build-ir.ts';
import type { Ir } from './ir/ir-types.ts';
import { loadSpec } from './load/load-spec.ts';
import { TARGETS } from './targets.ts';
import { sourceVersion } from './versions.ts';
import type { FilePlan, OwnedDir } from './write/file-plan.ts';
import { Project } from 'ts-morph';

export interface Layout {
  readonly root: string;
  readonly specDir: string;
  readonly templatesDir: string;
  readonly runtimeDir: string;
}

export function defaultLayout(root: string): Layout {
  return {
    root,
    specDir: join(root, 'spec'),
    templatesDir: join(root, 'templates'),
    runtimeDir: join(root, 'generator', 'runtime'),
  };
}

/** Folders whose every file comes from the generator (but build output and installs). */
export const OWNED_DIRS: readonly OwnedDir[] = TARGETS.map((t) => ({
  dir: t.dir,
  // The Deno layer's openapi.json is the client's, staged before publishing (scripts/stage-jsr.ts): not generated here.
  keep: ['dist', 'node_modules', '.turbo', 'CHANGELOG.md', ...(t.role === 'layer' && t.flavor === 'deno' ? ['openapi.json'] : [])],
}));

/** The generated operations table: what the committed client can call, read to find removed operations. */
export const OPERATION_TABLES: readonly string[] = TARGETS.filter((t) => t.role === 'client').map((t) => `${t.dir}/src/operations.ts`);

/** The whole pipeline, in memory: spec → IR → OpenAPI → wire types → client → package files. */
export async function planGeneration(layout: Layout): Promise<FilePlan> {
  return (await planWithIr(layout)).plan;
}

/** {@link planGeneration}, with the IR it was built from (the CLI compares its operations with the committed ones). */
export async function planWithIr(layout: Layout): Promise<{ readonly plan: FilePlan; readonly ir: Ir }> {
  const loaded = await loadSpec(layout.specDir);
  const ir = buildIr(loaded);
  const sharedTables = [...emitSharedTables(loaded.shared)].map(([name, text]) => ({ name, text, exports: exportsOf(`./${name}`, text) }));
  const runtime = await readRuntime(layout.runtimeDir);
  const exportsOfRuntime = runtimeExports(runtime);
  const client = emitClient(ir);
  const clientExports = exportsOf('./client.ts', client);
  const operations = emitOperations(ir);
  const plan: FilePlan = new Map();
  const clientTarget = TARGETS.find((t) => t.role === 'client')!;
  const clientVersion = await sourceVersion(layout.root, clientTarget);
  const openapiDoc = emitOpenApi(ir, clientVersion);
  const openapi = JSON.stringify(openapiDoc, null, 2);
  const wireTypes = await emitWireTypes(openapiDoc);
  for (const target of TARGETS) {
    const files = await emitTarget(target, layout.templatesDir, {
      ir,
      version: await sourceVersion(layout.root, target),
      clientVersion,
      openapi,
      wireTypes,
      client,
      operations,
      runtime,
      runtimeExports: exportsOfRuntime,
      clientExports,
      sharedTables,
    });
    for (const [path, text] of files) plan.set(path, text.replace(/\r\n/g, '\n'));
  }
  // The audit of the spec against LianLian's own code, at the top of the repo (generate --check keeps it true).
  plan.set('EVIDENCE.md', emitEvidenceAudit(ir));
  return { plan, ir };
}

function exportsOf(from: string, text: string) {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('x.ts', text);
  const values: string[] = [];
  const types: string[] = [];
  for (const [name, decls] of file.getExportedDeclarations()) {
    const kind = decls[0]?.getKindName();
    (kind === 'TypeAliasDeclaration' || kind === 'InterfaceDeclaration' ? types : values).push(name);
  }
  return { from, values: values.sort(), types: types.sort() };
}
