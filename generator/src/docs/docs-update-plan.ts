/**
 * `pnpm docs:update`, computed in memory: the drift report, the import, the
 * regeneration and the changeset are all planned against a scratch copy of the
 * spec before anything in the repository is written, so a step that fails
 * leaves the tree as it was (see docs-update-write.ts for the write itself).
 */
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maxBump, type Bump } from '../diff/bump.ts';
import { changesetFileName, planSpecChangeset, publishablePackages, renderChangeset, type SpecChangeset } from '../changeset/spec-changeset.ts';
import { defaultLayout, OPERATION_TABLES, OWNED_DIRS, planWithIr } from '../generate.ts';
import { SpecError } from '../load/spec-error.ts';
import { diffPlan, type Drift, type FilePlan } from '../write/file-plan.ts';
import { removedOperations, type RemovedOperation } from '../write/removed-operations.ts';
import { planDrift, type DriftReport } from './drift-plan.ts';
import { planImport, type ImportPlan } from './import-plan.ts';

/** The steps, named as their own scripts are, so a failure says which one broke. */
export type UpdateStep = 'arguments' | 'docs-drift' | 'import-docs' | 'generate' | 'changeset:spec' | 'write';

/** A step of docs:update failed; nothing was written (`write` failures are rolled back first). */
export class DocsUpdateError extends Error {
  override readonly name = 'DocsUpdateError';
  constructor(
    readonly step: UpdateStep,
    message: string,
  ) {
    super(`docs:update: ${step} failed: ${message}`);
  }
}

export interface UpdateOptions {
  /** Repository root (holds spec/, templates/, packages/, docs-snapshots/). */
  readonly root: string;
  /** The new docs revision (holds SUMMARY.md). */
  readonly docsDir: string;
  /** The docs the spec was imported from, the old side of the drift report. */
  readonly fromDir: string;
  /** Rendered pages for the importer; undefined when the folder is absent. */
  readonly renderedDir?: string;
  /** Operation ids the regeneration may remove; `true`: any. */
  readonly allowRemoved: readonly string[] | true;
}

export interface UpdatePlan {
  readonly drift: DriftReport;
  readonly imported: ImportPlan;
  /** Products files the import changes or adds, relative to the root, with their new text. */
  readonly specFiles: FilePlan;
  readonly generated: FilePlan;
  readonly generatedDrift: Drift;
  readonly removed: readonly RemovedOperation[];
  readonly changeset: SpecChangeset;
  /** The changeset to write (path relative to the root, text); undefined when the spec's operations did not change. */
  readonly changesetFile?: { readonly path: string; readonly text: string };
}

/** Checks that `dir` is a docs tree: a folder holding SUMMARY.md. */
export async function assertDocsTree(dir: string, option: string): Promise<void> {
  const kind = await stat(dir).then(
    (s) => (s.isDirectory() ? 'dir' : 'file'),
    () => 'none',
  );
  if (kind === 'none') throw new DocsUpdateError('arguments', `${option} ${dir} does not exist; expected a folder of LianLian's docs with SUMMARY.md at its top`);
  if (kind === 'file') throw new DocsUpdateError('arguments', `${option} ${dir} is a file; expected a folder of LianLian's docs with SUMMARY.md at its top`);
  const summary = await stat(join(dir, 'SUMMARY.md')).catch(() => undefined);
  if (!summary?.isFile()) throw new DocsUpdateError('arguments', `${option} ${dir} has no SUMMARY.md; expected a folder of LianLian's docs with SUMMARY.md at its top`);
}

/** Runs one step, turning whatever it throws into a DocsUpdateError naming it. */
async function step<T>(name: UpdateStep, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof DocsUpdateError) throw err;
    const message = err instanceof SpecError ? err.message : err instanceof Error ? err.message : String(err);
    throw new DocsUpdateError(name, message);
  }
}

/** Plans every step; writes only into a scratch folder under the system's temp dir, removed before returning. */
export async function planUpdate(o: UpdateOptions): Promise<UpdatePlan> {
  await assertDocsTree(o.docsDir, '--docs');
  await assertDocsTree(o.fromDir, '--from');
  const layout = defaultLayout(o.root);
  const drift = await step('docs-drift', () => planDrift(o.fromDir, o.docsDir, layout.specDir));
  const imported = await step('import-docs', () =>
    planImport({ docsDir: o.docsDir, specDir: layout.specDir, ...(o.renderedDir !== undefined && { renderedDir: o.renderedDir }) }),
  );
  const productsDir = join(layout.specDir, 'products');
  const importDrift = await diffPlan(productsDir, new Map(imported.files), []);
  const specFiles: FilePlan = new Map([...importDrift.changed, ...importDrift.missing].sort().map((name) => [`spec/products/${name}`, imported.files.get(name) ?? '']));

  // The imported spec goes to a scratch copy, so the generator and changeset:spec read it before the repository has it.
  const scratch = await mkdtemp(join(tmpdir(), 'lianlian-docs-update-'));
  try {
    const nextSpec = join(scratch, 'spec');
    await cp(layout.specDir, nextSpec, { recursive: true });
    for (const [path, text] of specFiles) {
      await mkdir(join(nextSpec, 'products'), { recursive: true });
      await writeFile(join(scratch, path), text);
    }
    const { generated, generatedDrift, removed } = await step('generate', async () => {
      // No run cache: its keys are the spec's text, and the scratch spec is thrown away, so it would only
      // add writes under node_modules/.cache to a command that promises to write nothing but the update.
      const { plan, ir } = await planWithIr({ ...layout, specDir: nextSpec, cacheDir: undefined });
      const removed = await removedOperations(o.root, OPERATION_TABLES, ir);
      const refused = o.allowRemoved === true ? [] : removed.filter((r) => !(o.allowRemoved as readonly string[]).includes(r.id));
      if (refused.length)
        throw new DocsUpdateError(
          'generate',
          `the imported spec would remove ${refused.map((r) => `${r.id} (${r.from})`).join(', ')} from the packages (a breaking change for their callers). ` +
            `If the docs really dropped ${refused.length === 1 ? 'it' : 'them'}, run again with --allow-removed ${refused.map((r) => r.id).join(',')} (or --allow-removals).`,
        );
      return { generated: plan, generatedDrift: await diffPlan(o.root, plan, OWNED_DIRS), removed };
    });
    const specChangeset = await step('changeset:spec', async () => planSpecChangeset(layout.specDir, nextSpec, await publishablePackages(o.root)));
    const changeset = atLeastDriftBump(specChangeset, drift.bump);
    const text = changeset.bump === 'none' ? undefined : renderChangeset(changeset);
    return {
      drift,
      imported,
      specFiles,
      generated,
      generatedDrift,
      removed,
      changeset,
      ...(text !== undefined && { changesetFile: { path: `.changeset/${changesetFileName(text)}`, text } }),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** True when the update would write nothing: the spec, the packages and the changesets stay as they are. */
export function nothingToWrite(p: UpdatePlan): boolean {
  const g = p.generatedDrift;
  return p.specFiles.size === 0 && g.changed.length + g.missing.length + g.stale.length === 0 && p.changesetFile === undefined;
}


/**
 * The changeset takes the larger of the two bumps: what the docs changed (docs-drift) and what reached the spec.
 * They differ when the import keeps something the docs dropped or changed (an operation kept as committed, a fact
 * kept by an erratum). Announcing too large a bump never breaks a caller, too small a one can: so the larger is
 * written, with a sentence that says why, and the reviewer may lower it. Nothing to release (no spec change) stays
 * nothing.
 */
function atLeastDriftBump(changeset: SpecChangeset, driftBump: Bump): SpecChangeset {
  if (changeset.bump === 'none' || driftBump === 'none' || maxBump(changeset.bump, driftBump) === changeset.bump) return changeset;
  const bump = driftBump as Exclude<Bump, 'none'>;
  return {
    ...changeset,
    bump,
    releases: new Map([...changeset.releases].map(([pkg]) => [pkg, bump])),
    sentences: [
      ...changeset.sentences,
      `LianLian's docs changed by more than the spec did (docs-drift: ${bump}; the spec's own changes: ${changeset.bump}); released as ${bump} until a reviewer decides otherwise.`,
    ],
  };
}
