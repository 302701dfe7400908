/**
 * Issue 9's long property run: ≥ 100,000 random messages, each re-split into
 * another map with the same signature source (see
 * generator/test/runtime/_resplit.ts); fails if two readings of one source are
 * ever both accepted with different meanings. `pnpm --filter @lianlian-sdk/bench bench:resplit [runs]`
 */
import fc from 'fast-check';
import { resplitProperty, type ResplitStats } from '../generator/test/runtime/_resplit.ts';

const runs = Number(process.argv[2] ?? 100_000);
const stats: ResplitStats = { cases: 0, sameSource: 0, bothAccepted: 0 };
const started = performance.now();
fc.assert(resplitProperty(stats), { numRuns: runs });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`re-split property: ${stats.cases} cases, ${stats.sameSource} pairs with one source, ${stats.bothAccepted} pairs both accepted, 0 with different meanings (${seconds} s)`);
