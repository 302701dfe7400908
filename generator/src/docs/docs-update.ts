/**
 * `pnpm docs:update --docs DIR`: one command for a new revision of LianLian's docs.
 * Runs docs-drift (the docs the spec was imported from → DIR), import-docs, the
 * generator and changeset:spec in this one process, through their exported
 * functions, then prints what a reviewer should look at.
 *
 * All-or-nothing: every step is planned first (the imported spec goes to a scratch
 * copy the generator and changeset:spec read), and only when all succeed are the
 * spec, the packages and the changeset written (docs-update-write.ts restores
 * what it replaced if a write fails). `--dry-run` stops after the plan.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDrift } from './drift-report.ts';
import { DocsUpdateError, nothingToWrite, planUpdate, type UpdatePlan } from './docs-update-plan.ts';
import { applyUpdate } from './docs-update-write.ts';

const REPO = resolve(import.meta.dirname, '../../..');

const USAGE = `usage: pnpm docs:update --docs DIR [--dry-run] [--allow-removed ID,ID… | --allow-removals] [--from DIR] [--root DIR]
  Compares the docs the spec was imported from with DIR (docs-drift), imports DIR into
  the spec (import-docs), regenerates the packages (generate), writes a changeset with
  the bump the spec's changes call for (changeset:spec), and lists what to review.
  Nothing is written unless every step succeeds.
  --docs            the new docs revision: a folder with SUMMARY.md (required)
  --dry-run         write nothing (no spec, packages, changeset or run cache); print the plan
  --allow-removed   operation ids the regeneration may remove (passed to the generator's check)
  --allow-removals  allow every removal
  --from            the docs the spec was imported from (default: <root>/docs-snapshots/lianlian-docs)
  --root            repository root (default: this repository)
Exit 0: done, or nothing to change; 1: a step failed (named; nothing written); 2: bad arguments.`;

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      docs: { type: 'string' },
      from: { type: 'string' },
      root: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'allow-removed': { type: 'string', multiple: true },
      'allow-removals': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.docs === undefined) throw new DocsUpdateError('arguments', `--docs is required: the folder of the new docs revision, with SUMMARY.md at its top\n${USAGE}`);
  const root = resolve(values.root ?? REPO);
  const rendered = join(root, 'docs-snapshots', 'rendered-pages');
  const dryRun = values['dry-run'];
  const plan = await planUpdate({
    root,
    docsDir: resolve(values.docs),
    fromDir: resolve(values.from ?? join(root, 'docs-snapshots', 'lianlian-docs')),
    ...(existsSync(rendered) && { renderedDir: rendered }),
    allowRemoved: values['allow-removals'] ? true : (values['allow-removed'] ?? []).flatMap((a) => a.split(',')).map((s) => s.trim()).filter(Boolean),
  });
  const show = (p: string) => relative(process.cwd(), join(root, p)) || '.';
  printPlan(plan, show);

  if (nothingToWrite(plan)) {
    console.log(`\ndocs:update: nothing changed: the spec, the packages and the changesets already match ${values.docs}; nothing written.`);
    return 0;
  }
  const files = plannedFiles(plan);
  if (dryRun) {
    console.log(`\nFiles that would change (${files.length}):`);
    for (const f of files) console.log(`  ${f}`);
    console.log(`\ndocs:update --dry-run: nothing written.`);
    return 0;
  }
  await applyUpdate(root, plan);
  console.log(`\nFiles changed (${files.length}):`);
  for (const f of files) console.log(`  ${f}`);
  console.log(`\ndocs:update: done; review the above, then commit.`);
  return 0;
}

function plannedFiles(plan: UpdatePlan): string[] {
  const g = plan.generatedDrift;
  return [
    ...[...plan.specFiles.keys()].map((p) => `changed  ${p}`),
    ...g.changed.map((p) => `changed  ${p}`),
    ...g.missing.map((p) => `new      ${p}`),
    ...g.stale.map((p) => `removed  ${p}`),
    ...(plan.changesetFile ? [`new      ${plan.changesetFile.path}`] : []),
  ];
}

function printPlan(plan: UpdatePlan, show: (p: string) => string): void {
  const { drift, imported, changeset, generatedDrift: g } = plan;
  console.log('== docs-drift ==');
  process.stdout.write(formatDrift(drift));

  console.log('\n== import-docs ==');
  for (const d of imported.differences) console.log(`applied  ${d.file}  ${d.operation}  ${d.target || '(operation)'}: ${d.message}`);
  console.log(`import-docs: ${imported.differences.length} differences; ${plan.specFiles.size} products files change`);

  console.log('\n== generate ==');
  for (const r of plan.removed) console.log(`  removed operation  ${r.id} (${r.from}) (allowed)`);
  console.log(`generate: ${plan.generated.size} files, ${g.changed.length} changed, ${g.missing.length} new, ${g.stale.length} removed`);

  console.log('\n== changeset:spec ==');
  if (plan.changesetFile) {
    console.log(`changeset:spec: ${changeset.bump} (${changeset.changes.length} operation${changeset.changes.length === 1 ? '' : 's'} changed): ${show(plan.changesetFile.path)}`);
    process.stdout.write(plan.changesetFile.text);
  } else console.log('changeset:spec: no operation of the spec changed; no changeset.');
  if (changeset.unversioned.length) console.log(`  not versioned by changesets: ${changeset.unversioned.join(', ')}`);

  console.log('\n== for review ==');
  console.log(`Bump: docs-drift ${drift.bump}; changeset ${changeset.bump}`);
  if (changeset.sentences.some((t) => t.startsWith("LianLian's docs changed by more than the spec did")))
    console.log(
      '  The changeset takes docs-drift\'s larger bump: the spec kept what the docs dropped or changed (facts kept by errata, ' +
        'operations kept as committed). Lower it in review if the packages\' API did not break.',
    );
  const review = reviewItems(plan);
  for (const [title, items] of review) {
    if (!items.length) continue;
    console.log(`${title}:`);
    for (const i of items) console.log(`  - ${i}`);
  }
}

/** What a reviewer should look at, by heading (empty lists are not printed). */
export function reviewItems(plan: UpdatePlan): [string, string[]][] {
  const { drift, imported, changeset } = plan;
  const changed = new Set(drift.operations.flatMap((o) => o.change.changes.map((c) => `${o.change.id} ${c.target}`)));
  // Import notes name errata as "<op> <target>: … (kept by erratum <id>)"; the ones whose fact the docs just changed need a look.
  const errata = imported.notes.filter((n) => {
    const m = /^(\S+) (\S+): .*\((?:kept|renamed) by erratum [^)]+\)$/.exec(n);
    return m !== null && changed.has(`${m[1]} ${m[2]}`);
  });
  return [
    ['New operations in the spec (need our words)', imported.differences.filter((d) => d.target === '' && d.message.startsWith('operation in the docs')).map((d) => `${d.operation}: ${d.message}`)],
    ['Operations the docs no longer show (kept in the spec, not checked)', imported.notes.filter((n) => n.includes('page not found; kept as committed'))],
    ['Operations removed from the packages', plan.removed.map((r) => `${r.id} (${r.from})`)],
    ['Pages SUMMARY.md gained or lost', drift.summary.map((e) => `${e.status} ${e.path} "${e.title}"`)],
    ['Errata that may need attention (the docs changed the fact they override)', errata],
    ['Descriptions to write', [...imported.todos]],
    ['Spec changes with no diff rule (add to the changeset by hand)', [...changeset.unclassified]],
  ];
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof DocsUpdateError) {
      console.error(err.message);
      if (err.step !== 'arguments') console.error('Nothing was written.');
      process.exit(err.step === 'arguments' ? 2 : 1);
    }
    console.error(`docs:update failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nNothing was written.`);
    process.exit(1);
  },
);
