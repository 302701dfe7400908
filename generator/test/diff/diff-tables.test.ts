import { describe, expect, it } from 'vitest';
import { verdictForChanges, type Bump } from '../../src/diff/bump.ts';
import { diffTables, type TableChange } from '../../src/diff/diff-tables.ts';
import type { FieldFacts } from '../../src/diff/operation-facts.ts';
import { packagesForTable } from '../../src/diff/packages.ts';
import type { SharedTableFacts } from '../../src/diff/table-facts.ts';
import { loadSpec } from '../../src/load/load-spec.ts';
import { REPO } from '../_repo.ts';

const field = (name: string, over: Partial<FieldFacts> = {}): FieldFacts => ({ name, presence: 'optional', type: 'string', description: name, ...over });
const risk = (...fields: FieldFacts[]): SharedTableFacts => ({ riskItem: { doc: 'docs/payment-risk-item.md', groups: [{ id: 'basic', title: 'Basic Parameters', fields }] } });
const codes = (...list: [string, string][]): SharedTableFacts => ({
  returnCodes: { doc: 'docs/return-codes.md', codes: list.map(([code, msg]) => ({ code, msg, description: `meaning of ${code}` })) },
});
const currencies = (...list: string[]): SharedTableFacts => ({ currencies: { doc: 'docs/supported-currencies.md', currencies: list.map((code) => ({ code, name: `name of ${code}` })) } });
const report = (...names: string[]): SharedTableFacts => ({
  transactionReport: { doc: 'docs/transaction-report.md', files: [{ id: 'daily', title: 'Daily report file', columns: names.map((n) => field(n)) }] },
});
const bumpOf = (change: TableChange | undefined): Bump => (change ? verdictForChanges(change.changes).bump : 'none');

/** Two revisions of one table; the single change and bump the diff finds. */
describe('diffTables: each rule', () => {
  const table: [string, { before: SharedTableFacts; after: SharedTableFacts; want: { changes: string[]; bump: Bump } }][] = [
    ['nothing changed', { before: risk(field('goods_name')), after: risk(field('goods_name')), want: { changes: [], bump: 'none' } }],
    ['risk_item field newly required', { before: risk(field('goods_name')), after: risk(field('goods_name', { presence: 'required' })), want: { changes: ['presence basic.goods_name'], bump: 'major' } }],
    ['risk_item field shortened', { before: risk(field('goods_name', { maxLength: 40 })), after: risk(field('goods_name', { maxLength: 20 })), want: { changes: ['max-length basic.goods_name'], bump: 'major' } }],
    ['risk_item field removed', { before: risk(field('goods_name'), field('frms_ip_addr')), after: risk(field('goods_name')), want: { changes: ['field-removed basic.frms_ip_addr'], bump: 'major' } }],
    ['risk_item optional field added', { before: risk(), after: risk(field('goods_name')), want: { changes: ['field-added basic.goods_name'], bump: 'minor' } }],
    ['risk_item description reworded', { before: risk(field('goods_name')), after: risk(field('goods_name', { description: 'Product name.' })), want: { changes: ['text basic.goods_name'], bump: 'patch' } }],
    ['return code added', { before: codes(['0000', '交易成功']), after: codes(['0000', '交易成功'], ['1001', '商户请求签名错误']), want: { changes: ['entry-added 1001'], bump: 'minor' } }],
    ['return code removed', { before: codes(['0000', '交易成功'], ['1001', '商户请求签名错误']), after: codes(['0000', '交易成功']), want: { changes: ['entry-removed 1001'], bump: 'major' } }],
    ['ret_msg reworded', { before: codes(['1001', '商户请求签名错误']), after: codes(['1001', '签名错误']), want: { changes: ['text 1001'], bump: 'patch' } }],
    ['currency added', { before: currencies('CNY'), after: currencies('CNY', 'USD'), want: { changes: ['entry-added USD'], bump: 'minor' } }],
    ['currency removed', { before: currencies('CNY', 'USD'), after: currencies('CNY'), want: { changes: ['entry-removed USD'], bump: 'major' } }],
    ['report column added', { before: report('no_order'), after: report('no_order', 'memo'), want: { changes: ['field-added daily.memo'], bump: 'minor' } }],
    ['report columns reordered', { before: report('no_order', 'oid_partner'), after: report('oid_partner', 'no_order'), want: { changes: ['order daily'], bump: 'major' } }],
  ];
  it.each(table)('%s', (_, { before, after, want }) => {
    const [change, ...rest] = diffTables(before, after);
    expect(rest).toEqual([]);
    expect((change?.changes ?? []).map((c) => `${c.kind} ${c.target}`)).toEqual(want.changes);
    expect(bumpOf(change)).toBe(want.bump);
  });

  it('a table on one side only is added or removed', () => {
    expect(diffTables({}, currencies('CNY')).map((c) => c.status)).toEqual(['added']);
    expect(diffTables(currencies('CNY'), {}).map((c) => c.status)).toEqual(['removed']);
  });

  it('the spec shared tables compare with themselves as equal (they fit the same shapes)', async () => {
    const { shared } = await loadSpec(`${REPO}/spec`);
    expect(diffTables(shared, shared)).toEqual([]);
    const fewer = { ...shared, currencies: { ...shared.currencies!, currencies: shared.currencies!.currencies.filter((c) => c.code !== 'USD') } };
    expect(diffTables(shared, fewer).map((c) => c.changes.map((x) => `${x.kind} ${x.target}`))).toEqual([['entry-removed USD']]);
  });
});

describe('packagesForTable', () => {
  const [added] = diffTables(codes(['0000', '交易成功']), codes(['0000', '交易成功'], ['1001', '商户请求签名错误']));
  const [reworded] = diffTables(codes(['1001', '商户请求签名错误']), codes(['1001', '签名错误']));
  const [described] = diffTables(
    codes(['1001', '商户请求签名错误']),
    { returnCodes: { doc: 'docs/return-codes.md', codes: [{ code: '1001', msg: '商户请求签名错误', description: 'Invalid signature.' }] } },
  );
  const [riskChange] = diffTables(risk(field('goods_name')), risk(field('goods_name', { presence: 'required' })));
  it.each([
    ['a return code added reaches the clients and the sandbox (it answers with RETURN_CODES)', added, ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno', '@lianlian-sdk/sandbox']],
    ['a ret_msg reworded too: the spec copies it verbatim', reworded, ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno', '@lianlian-sdk/sandbox']],
    ['a description reworded reaches none: our descriptions are our own', described, []],
    ['a risk_item fact reaches the clients only', riskChange, ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno']],
  ])('%s', (_, change, want) => {
    expect(change).toBeDefined();
    expect(packagesForTable(change!)).toEqual(want);
  });
});
