import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLayout, OWNED_DIRS, planGeneration } from './generate.ts';
import { SpecError } from './load/spec-error.ts';
import { applyPlan } from './write/atomic-write.ts';
import { diffPlan } from './write/file-plan.ts';

const USAGE = `usage: pnpm generate [--check] [--root DIR]
  --check   write nothing; exit 1 and list the files that differ from what the spec produces
  --root    repository root (default: current directory)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = resolve(values.root ?? process.cwd());
  const plan = await planGeneration(defaultLayout(root));
  const drift = await diffPlan(root, plan, OWNED_DIRS);
  const touched = drift.changed.length + drift.missing.length + drift.stale.length;
  if (values.check) {
    if (touched === 0) {
      console.log(`generate --check: ${plan.size} generated files match the spec`);
      return 0;
    }
    console.error('generate --check: generated code is stale; run `pnpm generate` and commit the result.');
    for (const p of drift.changed) console.error(`  changed  ${p}`);
    for (const p of drift.missing) console.error(`  missing  ${p}`);
    for (const p of drift.stale) console.error(`  stale    ${p}`);
    return 1;
  }
  await applyPlan(root, plan, drift);
  console.log(`generate: ${plan.size} files, ${drift.changed.length} changed, ${drift.missing.length} new, ${drift.stale.length} removed`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof SpecError) console.error(err.message);
    else console.error(`generate failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(err instanceof SpecError ? 2 : 1);
  },
);
