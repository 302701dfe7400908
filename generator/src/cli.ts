import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLayout, OPERATION_TABLES, OWNED_DIRS, planWithIr } from './generate.ts';
import { SpecError } from './load/spec-error.ts';
import { applyPlan } from './write/atomic-write.ts';
import { diffPlan } from './write/file-plan.ts';
import { removedOperations, type RemovedOperation } from './write/removed-operations.ts';

const USAGE = `usage: pnpm generate [--check] [--allow-removed ID,ID… | --allow-removals] [--root DIR] [--no-cache]
  --check            write nothing; exit 1 and list the files (and operations) that differ from what the spec produces
  --allow-removed    operation ids this run may remove from the packages (comma-separated or repeated);
                     without it, a run that would remove an operation writes nothing and exits 1
  --allow-removals   allow every removal this run makes
  --root             repository root (default: current directory)
  --no-cache         neither use nor keep results of earlier runs (node_modules/.cache/lianlian-generate)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      'allow-removed': { type: 'string', multiple: true },
      'allow-removals': { type: 'boolean', default: false },
      root: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = resolve(values.root ?? process.cwd());
  const layout = defaultLayout(root);
  const { plan, ir } = await planWithIr(values['no-cache'] ? { ...layout, cacheDir: undefined } : layout);
  const removed = await removedOperations(root, OPERATION_TABLES, ir);
  const drift = await diffPlan(root, plan, OWNED_DIRS);
  const touched = drift.changed.length + drift.missing.length + drift.stale.length;
  if (values.check) {
    if (touched === 0 && removed.length === 0) {
      console.log(`generate --check: ${plan.size} generated files match the spec`);
      return 0;
    }
    console.error('generate --check: generated code is stale; run `pnpm generate` and commit the result.');
    for (const r of removed) console.error(`  removed operation  ${describeRemoved(r)}`);
    for (const p of drift.changed) console.error(`  changed  ${p}`);
    for (const p of drift.missing) console.error(`  missing  ${p}`);
    for (const p of drift.stale) console.error(`  stale    ${p}`);
    return 1;
  }
  const refusal = refuseRemovals(removed, values['allow-removed'] ?? [], values['allow-removals']);
  if (refusal) {
    console.error(refusal);
    return 1;
  }
  await applyPlan(root, plan, drift);
  for (const r of removed) console.log(`  removed operation  ${describeRemoved(r)}`);
  console.log(
    `generate: ${plan.size} files, ${drift.changed.length} changed, ${drift.missing.length} new, ${drift.stale.length} removed` +
      (removed.length ? `; ${removed.length} operation${removed.length === 1 ? '' : 's'} removed (allowed)` : ''),
  );
  return 0;
}

function describeRemoved(r: RemovedOperation): string {
  return `${r.id} (${r.from})`;
}

/**
 * Removing an operation breaks every caller of it (a major release), and a truncated or
 * half-merged spec file looks exactly like that, so each removal must be named by the
 * maintainer. Returns the message to print when the run may not go ahead.
 */
function refuseRemovals(removed: readonly RemovedOperation[], allowedArgs: readonly string[], allowAll: boolean): string | undefined {
  const allowed = new Set(allowedArgs.flatMap((a) => a.split(',')).map((s) => s.trim()).filter(Boolean));
  const removedIds = new Set(removed.map((r) => r.id));
  const unknown = [...allowed].filter((id) => !removedIds.has(id));
  if (unknown.length)
    return `generate: --allow-removed names ${unknown.join(', ')}, which this run does not remove (it removes: ${removed.map((r) => r.id).join(', ') || 'nothing'}). Nothing was written.`;
  const refused = allowAll ? [] : removed.filter((r) => !allowed.has(r.id));
  if (refused.length === 0) return undefined;
  return [
    `generate: this run would remove ${refused.length} operation${refused.length === 1 ? '' : 's'} from the generated packages (a breaking change for their callers):`,
    ...refused.map((r) => `  removed operation  ${describeRemoved(r)}`),
    `Nothing was written. If the spec is meant to drop ${refused.length === 1 ? 'it' : 'them'}, run again with --allow-removed ${refused.map((r) => r.id).join(',')} (or --allow-removals).`,
  ].join('\n');
}

// exitCode, not process.exit(): exiting at once cuts off a long problem list piped to another process.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof SpecError) console.error(err.message);
    else console.error(`generate failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = err instanceof SpecError ? 2 : 1;
  },
);
