/**
 * `pnpm check:bundle`: min+gzip of a Cloudflare Worker importing @lianlian-sdk/web,
 * (a) one operation + notification verification, (b) the whole client, and
 * reference points. Exits 1 when a case is over the limit the test enforces;
 * says plainly whether the budgets (targets) are met.
 */
import { BUNDLE_CASES, kb, measureAll } from './bundle.ts';

const figures = await measureAll(BUNDLE_CASES);
const pad = (s: string, n: number) => s.padEnd(n);
const width = Math.max(...figures.map((f) => f.case.id.length));
console.log(`${pad('case', width)} ${pad('min', 9)} ${pad('min+gzip', 9)} ${pad('target', 9)} ${pad('limit', 9)} status`);
let failed = false;
for (const f of figures) {
  const { target, limit } = f.case;
  const overLimit = limit !== undefined && f.gzip > limit;
  failed ||= overLimit;
  const status = overLimit ? 'FAIL over limit' : target === undefined ? 'info' : f.gzip <= target ? 'target met' : `over target by ${kb(f.gzip - target)}`;
  console.log(`${pad(f.case.id, width)} ${pad(kb(f.minified), 9)} ${pad(kb(f.gzip), 9)} ${pad(target ? kb(target) : '-', 9)} ${pad(limit ? kb(limit) : '-', 9)} ${status}`);
}
console.log('');
for (const f of figures.filter((x) => !x.case.id.startsWith('ref-'))) {
  console.log(`${f.case.id}: ${f.case.title}`);
  console.log(`  largest inputs (minified bytes before gzip): ${f.inputs.slice(0, 6).map((i) => `${i.path} ${i.bytes}`).join(', ')}`);
}
process.exitCode = failed ? 1 : 0;
