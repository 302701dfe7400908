import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocs } from '../../src/docs/read-docs.ts';
import { readSharedTables, SHARED_TABLE_PAGES } from '../../src/docs/read-shared-tables.ts';
import { LATEST_DOCS } from '../../src/docs/snapshots.ts';
import { loadSpec } from '../../src/load/load-spec.ts';
import { REPO } from '../_repo.ts';

describe('shared tables read from the latest docs', () => {
  it('give the codes, currencies, risk_item groups and report columns spec/shared/ was written from', async () => {
    const [{ tables, warnings }, { shared }] = await Promise.all([
      readDocs(LATEST_DOCS, { extraPages: Object.values(SHARED_TABLE_PAGES) }).then(readSharedTables),
      loadSpec(join(REPO, 'spec')),
    ]);
    // ret_msg is LianLian's text, copied verbatim into the spec.
    expect(tables.returnCodes?.codes.map((c) => [c.code, c.msg])).toEqual(shared.returnCodes?.codes.map((c) => [c.code, c.msg]));
    expect(tables.currencies?.currencies).toEqual(shared.currencies?.currencies);
    // One table per heading; the spec titles them alike (spacing aside) and keeps the airline items under airline_list.
    const key = (title: string) => title.toLowerCase().replace(/[^a-z0-9]/g, '');
    expect(tables.riskItem?.groups.map((g) => key(g.title))).toEqual(shared.riskItem?.groups.map((g) => key(g.title)));
    expect(tables.riskItem?.groups[3]?.fields.map((f) => `${f.name}:${f.type}:${f.items?.length ?? 0}`)).toEqual(['airline_list:list:12']);
    // Columns in header-line order: the header prints currenty_pay where the spec names the column currency_pay (erratum report-header-currenty-pay).
    expect(tables.transactionReport?.files.map((f) => [f.title, f.columns.map((c) => c.name).join()])).toEqual(
      shared.transactionReport?.files.map((f) => [f.title, f.columns.map((c) => c.name).join().replace('currency_pay', 'currenty_pay')]),
    );
    expect(warnings).toEqual([
      'docs/payment-risk-item.md: Real-name businessman and traveller(air ticket, train ticket) lists station_from_province twice; the first row counts',
    ]);
  });
});
