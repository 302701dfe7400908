import { join } from 'node:path';
import { cacheKey, diskCache, generatorFingerprint, NO_CACHE, type RunCache } from './cache.ts';
import { clientText, emitClientFile } from './emit/client.ts';
import { emitEvidenceAudit } from './emit/evidence-audit.ts';
import { emitOpenApi } from './emit/openapi.ts';
import { emitOperations } from './emit/operations.ts';
import { emitTarget } from './emit/package-files.ts';
import { exportedNames } from './emit/exported-names.ts';
import { readRuntime, runtimeExports, type ExportGroup, type RuntimeFile } from './emit/runtime-files.ts';
import { emitSharedTables } from './emit/shared-tables.ts';
import { emitWireTypes } from './emit/wire-types.ts';
import { buildIr } from './ir/build-ir.ts';
import type { Ir } from './ir/ir-types.ts';
import { loadSpec } from './load/load-spec.ts';
import { TARGETS } from './targets.ts';
import { sourceVersion } from './versions.ts';
import type { FilePlan, OwnedDir } from './write/file-plan.ts';
import type { SourceFile } from 'ts-morph';

export interface Layout {
  readonly root: string;
  readonly specDir: string;
  readonly templatesDir: string;
  readonly runtimeDir: string;
  /** Where results are kept between runs (see cache.ts); none when undefined. */
  readonly cacheDir?: string;
}

export function defaultLayout(root: string): Layout {
  return {
    root,
    specDir: join(root, 'spec'),
    templatesDir: join(root, 'templates'),
    runtimeDir: join(root, 'generator', 'runtime'),
    cacheDir: join(root, 'node_modules', '.cache', 'lianlian-generate'),
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
  const cache = layout.cacheDir === undefined ? NO_CACHE : diskCache(layout.cacheDir);
  const loaded = await loadSpec(layout.specDir, cache);
  const ir = buildIr(loaded);
  const runtime = await readRuntime(layout.runtimeDir);
  const exportsOfRuntime = await cachedRuntimeExports(runtime, cache);
  const clientFile = emitClientFile(ir);
  const client = clientText(clientFile);
  // The shared tables join the client's ts-morph project, so the client is not parsed again to read its exports.
  const tables = [...emitSharedTables(loaded.shared)].map(([name, text]) => ({ name, text, file: clientFile.getProject().createSourceFile(name, text) }));
  const [clientExports, ...tableExports] = exportGroups([{ from: './client.ts', file: clientFile }, ...tables.map((t) => ({ from: `./${t.name}`, file: t.file }))]);
  const sharedTables = tables.map((t, i) => ({ name: t.name, text: t.text, exports: tableExports[i]! }));
  const operations = emitOperations(ir);
  const plan: FilePlan = new Map();
  const clientTarget = TARGETS.find((t) => t.role === 'client')!;
  const clientVersion = await sourceVersion(layout.root, clientTarget);
  const openapiDoc = emitOpenApi(ir, clientVersion);
  const openapi = JSON.stringify(openapiDoc, null, 2);
  const wireTypes = emitWireTypes(openapiDoc);
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
      clientExports: clientExports!,
      sharedTables,
    });
    for (const [path, text] of files) plan.set(path, text.replace(/\r\n/g, '\n'));
  }
  // The audit of the spec against LianLian's own code, at the top of the repo (generate --check keeps it true).
  plan.set('EVIDENCE.md', emitEvidenceAudit(ir));
  return { plan, ir };
}

/** The names each generated module exports (all of them: generated code tags nothing `@internal`). */
function exportGroups(modules: readonly { readonly from: string; readonly file: SourceFile }[]): ExportGroup[] {
  const names = exportedNames(modules.map((m) => m.file));
  return modules.map((m, i) => {
    const group: ExportGroup = { from: m.from, values: [], types: [] };
    for (const n of names[i] ?? []) (n.typeOnly ? group.types : group.values).push(n.name);
    group.values.sort();
    group.types.sort();
    return group;
  });
}

/** {@link runtimeExports}, from the run cache while the runtime and the generator are unchanged (parsing the runtime is a quarter of a second). */
async function cachedRuntimeExports(runtime: readonly RuntimeFile[], cache: RunCache): Promise<ExportGroup[]> {
  if (cache === NO_CACHE) return runtimeExports(runtime);
  const key = cacheKey(await generatorFingerprint(), 'runtime exports', JSON.stringify(runtime));
  const hit = await cache.get(key);
  if (hit) {
    try {
      return JSON.parse(hit.toString('utf8')) as ExportGroup[];
    } catch {
      // A damaged entry: read the runtime again.
    }
  }
  const groups = runtimeExports(runtime);
  await cache.set(key, JSON.stringify(groups));
  return groups;
}
