import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeOperation } from '../../src/docs/name-operations.ts';
import { readSummary } from '../../src/docs/read-summary.ts';
import { LATEST_DOCS } from '../../src/docs/snapshots.ts';

describe('SUMMARY.md walk', () => {
  it('gives each link its section, depth and product group', () => {
    const entries = readSummary(
      '# Summary\n\n## Instant Payment\n* [overview](docs/instant-payment.md)\n* [balance-query-api](docs/balance-query-api.md)\n\n## Relevant API\n* [Card Bind](docs/card-bind-overview.md)\n    * [Apply API](docs/card-bind-apply-api.md)\n* [Card Bin Query API](docs/card-bin-query-api.md)\n',
    );
    expect(entries.map((e) => [e.path, e.section, e.depth, e.group])).toEqual([
      ['docs/instant-payment.md', 'Instant Payment', 0, 'Instant Payment'],
      ['docs/balance-query-api.md', 'Instant Payment', 0, 'Instant Payment'],
      ['docs/card-bind-overview.md', 'Relevant API', 0, 'Card Bind'],
      ['docs/card-bind-apply-api.md', 'Relevant API', 1, 'Card Bind'],
      ['docs/card-bin-query-api.md', 'Relevant API', 0, 'Relevant API'],
    ]);
  });

  it('lists every page of the latest docs, the two root pages included', async () => {
    const entries = readSummary(await readFile(join(LATEST_DOCS, 'SUMMARY.md'), 'utf8'));
    expect(entries).toHaveLength(63);
    expect(entries.filter((e) => !e.path.startsWith('docs/')).map((e) => e.path)).toEqual(['README.md', 'unified-gateway-payment.md', 'Unified-direct-api.md']);
    expect(entries.find((e) => e.path === 'docs/refund-async-notification.md')?.group).toBe('Refund');
  });

  it('names an operation the spec lacks after its group and link text', () => {
    const summary = readSummary('## MPAY Payment API\n* [Overview](docs/mpay-direct.md)\n* [MPAY Apply Direct API](docs/MPAY-apply-direct-API.md)\n## Instant Payment\n* [balance-query-api](docs/balance-query-api.md)\n');
    const mpay = { path: 'mpay.yaml', spec: { version: 1 as const, product: 'mpay', title: 'MPAY Payment API', doc: 'docs/mpay-direct.md', operations: [] } };
    expect(placeOperation('docs/MPAY-apply-direct-API.md', undefined, summary, [mpay], new Set())).toMatchObject({ file: 'mpay.yaml', id: 'mpay.applyDirect' });
    expect(placeOperation('docs/balance-query-api.md', undefined, summary, [mpay], new Set())).toEqual({
      file: 'instant-payment.yaml',
      product: 'instantPayment',
      productTitle: 'Instant Payment',
      productDoc: 'docs/balance-query-api.md',
      id: 'instantPayment.balanceQuery',
    });
    expect(placeOperation('docs/MPAY-apply-direct-API.md', undefined, summary, [mpay], new Set(['mpay.applyDirect'])).id).toBe('mpay.applyDirect2');
  });
});
