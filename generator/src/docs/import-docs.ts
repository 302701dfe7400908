import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SpecError } from '../load/spec-error.ts';
import { applyPlan } from '../write/atomic-write.ts';
import { diffPlan } from '../write/file-plan.ts';
import { planImport } from './import-plan.ts';
import { LATEST_DOCS, RENDERED_PAGES } from './snapshots.ts';

const REPO = resolve(import.meta.dirname, '../../..');

const USAGE = `usage: pnpm import-docs [--docs DIR] [--rendered DIR] [--spec DIR] [--out DIR] [--check]
  --docs      LianLian docs root, holding SUMMARY.md (default: docs-snapshots/lianlian-docs)
  --rendered  rendered pages, <stem>.txt for docs/<stem>.md (default: docs-snapshots/rendered-pages)
  --spec      spec root to merge with, holding products/ and schema/ (default: spec)
  --out       where the products files go (default: <spec>/products)
  --check     write nothing; exit 1 and list every fact that differs between the docs and the spec`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string' },
      rendered: { type: 'string' },
      spec: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const specDir = resolve(values.spec ?? resolve(REPO, 'spec'));
  const plan = await planImport({
    docsDir: resolve(values.docs ?? LATEST_DOCS),
    renderedDir: resolve(values.rendered ?? RENDERED_PAGES),
    specDir,
  });
  for (const note of plan.notes) console.log(`note  ${note}`);

  if (values.check) {
    if (!plan.differences.length) {
      console.log(`import-docs --check: the docs and the spec agree (${plan.files.size} files)`);
      return 0;
    }
    console.error(`import-docs --check: ${plan.differences.length} differences between the docs and the spec:`);
    for (const d of plan.differences) console.error(`  ${d.file}  ${d.operation}  ${d.target || '(operation)'}: ${d.message}`);
    return 1;
  }

  // All files are staged before any is renamed into place (write/atomic-write.ts): a failure writes nothing.
  const outDir = resolve(values.out ?? resolve(specDir, 'products'));
  const files = new Map(plan.files);
  const drift = await diffPlan(outDir, files, []);
  await applyPlan(outDir, files, drift);
  for (const d of plan.differences) console.log(`applied  ${d.file}  ${d.operation}  ${d.target || '(operation)'}: ${d.message}`);
  for (const t of plan.todos) console.log(`TODO(describe)  ${t}`);
  console.log(`import-docs: ${plan.files.size} files, ${drift.changed.length} changed, ${drift.missing.length} new (${outDir})`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof SpecError) console.error(err.message);
    else console.error(`import-docs failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(err instanceof SpecError ? 2 : 1);
  },
);
