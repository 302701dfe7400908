import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SpecError } from '../load/spec-error.ts';
import { planDrift } from './drift-plan.ts';
import { formatDrift } from './drift-report.ts';

const REPO = resolve(import.meta.dirname, '../../..');

const USAGE = `usage: pnpm docs-drift OLD_DIR NEW_DIR [--spec DIR]
  Compares two revisions of LianLian's docs and reports, per operation and per shared
  table (risk_item, return codes, currencies, transaction report), what changed, the
  semver bump it implies and why, and the packages that would change; then pages whose
  text changed and pages SUMMARY.md gained or lost.
  --spec  spec root whose operation, risk_item group and report file ids name what changed (default: spec)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { spec: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 2) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const [from = '', to = ''] = positionals;
  const report = await planDrift(resolve(from), resolve(to), resolve(values.spec ?? resolve(REPO, 'spec')));
  process.stdout.write(formatDrift({ ...report, from, to }));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof SpecError) console.error(err.message);
    else console.error(`docs-drift failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(err instanceof SpecError ? 2 : 1);
  },
);
