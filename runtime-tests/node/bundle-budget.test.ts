/**
 * Worker bundle budget: esbuild bundles and minifies a Cloudflare Worker that
 * imports @lianlian-sdk/web (checks/bundle.ts, the same cases `pnpm check:bundle`
 * prints) and the gzipped size must stay within each case's limit. Sizes only,
 * no timing. Needs `pnpm build`.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLE_CASES, kb, measure } from '../../checks/bundle.ts';

const budgeted = BUNDLE_CASES.filter((c) => c.limit !== undefined);
/** How far above the measured size a limit may sit before it must come down. */
const RATCHET_SLACK = 1_000;

describe('Worker bundle (esbuild --minify, gzip -9)', () => {
  for (const c of budgeted)
    it(`${c.id}: min+gzip ≤ ${kb(c.limit!)} (the budget: ${kb(c.target!)})`, async () => {
      const f = await measure(c);
      const where = `${c.title}: ${f.gzip} bytes; largest inputs: ${f.inputs.slice(0, 5).map((i) => `${i.path} ${i.bytes}`).join(', ')}`;
      expect(f.gzip, where).toBeLessThanOrEqual(c.limit!);
      // A ratchet: when the bundle shrinks, the limit in checks/bundle.ts comes down with it, to the target at most.
      if (f.gzip <= c.target!) expect(c.limit, `${c.id} meets its target (${f.gzip} bytes): set its limit to the target in checks/bundle.ts`).toBe(c.target);
      else expect(c.limit! - f.gzip, `${c.id} is ${f.gzip} bytes: lower its limit in checks/bundle.ts to at most ${f.gzip + RATCHET_SLACK}`).toBeLessThanOrEqual(RATCHET_SLACK);
    });

  it('the functions entry leaves the operations table, the class, the other operations, redirect pages and pay_load out of the bundle', async () => {
    const f = await measure(BUNDLE_CASES.find((c) => c.id === 'one-operation')!);
    const ours = f.inputs.map((i) => i.path).filter((p) => p.startsWith('packages/web/'));
    expect(ours.filter((p) => /\/(operations|client|client-core|return-codes|risk-item|redirect|pay-load)\.js$/.test(p))).toEqual([]);
    expect(ours.filter((p) => p.includes('/functions/')).sort()).toEqual([
      'packages/web/dist/functions/_client.js',
      'packages/web/dist/functions/cardBind.query.js',
      'packages/web/dist/functions/easypay.notification.js',
    ]);
  });
});
