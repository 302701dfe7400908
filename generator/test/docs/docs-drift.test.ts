import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { planDrift } from '../../src/docs/drift-plan.ts';
import { DOCS_2019_09_17, LATEST_DOCS } from '../../src/docs/snapshots.ts';
import { REPO } from '../_repo.ts';

const OLD = DOCS_2019_09_17;
const NEW = LATEST_DOCS;
const CLIENTS = ['@lianlian-sdk/web', '@lianlian-sdk/node', '@lianlian-sdk/deno'];
const WITH_SANDBOX = [...CLIENTS, '@lianlian-sdk/sandbox'];

describe('docs-drift 2019-09-17 → latest', () => {
  it('reports exactly the real differences (diff -r), classified', async () => {
    const report = await planDrift(OLD, NEW, join(REPO, 'spec'));
    const summary = report.operations.map((o) => ({
      id: o.change.id,
      doc: o.doc,
      status: o.change.status,
      bump: o.verdict.bump,
      packages: o.packages,
      changes: o.change.changes.map((c) => `${c.kind} ${c.target || 'page'}${c.what ? ` ${c.what}` : ''}${c.before !== undefined ? ` ${String(c.before)}` : ''}${c.after !== undefined ? ` → ${String(c.after)}` : ''}`.replace(/ (description|summary) .*$/s, ' $1')),
    }));
    const notification = (id: string, doc: string) => ({ id, doc, status: 'changed', bump: 'major', packages: CLIENTS, changes: ['presence request.pay_type optional → required'] });
    expect(summary).toEqual([
      {
        id: 'mpay.cardBindApply',
        doc: 'docs/MPAY-card-bind-apply.md',
        status: 'changed',
        bump: 'major',
        packages: WITH_SANDBOX,
        changes: [
          'field-removed request.vali_date optional',
          'field-removed request.cvv2 optional',
          'text request.id_no description',
          'text request.acct_name description',
          'text request.card_no description',
          'text request.dt_order description',
          'text page summary',
        ],
      },
      {
        id: 'mpay.applyDirect',
        doc: 'docs/MPAY-apply-direct-API.md',
        status: 'changed',
        bump: 'major',
        packages: WITH_SANDBOX,
        changes: ['field-removed request.vali_date optional', 'field-removed request.cvv2 optional', 'text page summary'],
      },
      { id: 'mpay.verifyDirect', doc: 'docs/MPAY-verify-direct-api.md', status: 'changed', bump: 'patch', packages: CLIENTS, changes: ['text page summary'] },
      notification('mpay.notification', 'docs/MPAY-asyn-notification.md'),
      notification('easypay.notification', 'docs/easypay-asyn-notification.md'),
      notification('onlineBanking.notification', 'docs/online-banking-notification.md'),
      notification('exchangePayment.notification', 'docs/exchange-payment-async-notification.md'),
      notification('aggregate.notification', 'docs/aggregate-asyn-notification.md'),
      { id: 'instantPayment.balance', doc: 'docs/balance-query-api.md', status: 'added', bump: 'minor', packages: WITH_SANDBOX, changes: [] },
    ]);
    // Line endings alone (aggregate-asyn-notification.md went CRLF) are no change; pages without tables are text only.
    expect(report.pages).toEqual([
      { path: 'README.md', status: 'changed' },
      { path: 'Unified-direct-api.md', status: 'added' },
      { path: 'docs/async-notification-concept.md', status: 'changed' },
      { path: 'docs/signature-key-configuration.md', status: 'changed' },
      { path: 'docs/signature.md', status: 'changed' },
      { path: 'docs/transaction-report.md', status: 'changed' },
      { path: 'unified-gateway-payment.md', status: 'added' },
    ]);
    // The shared tables did not change between these revisions (transaction-report.md only changed an e-mail address).
    expect(report.tables).toEqual([]);
    expect(report.summary).toEqual([{ path: 'docs/balance-query-api.md', title: 'balance-query-api', section: 'Instant Payment', status: 'added' }]);
    expect(report.bump).toBe('major');
    expect(report.packages).toEqual(WITH_SANDBOX);
  });

  it('the report says what the spec already does about each change', async () => {
    const report = await planDrift(OLD, NEW, join(REPO, 'spec'));
    const notes = report.operations.flatMap((o) => [...o.specNotes].map(([c, note]) => `${o.change.id} ${c.target}: ${note}`));
    expect(notes).toEqual([
      'mpay.cardBindApply request.vali_date: spec keeps it (erratum mpay-apply-vali-date-cvv2)',
      'mpay.cardBindApply request.cvv2: spec keeps it (erratum mpay-apply-vali-date-cvv2)',
      'mpay.applyDirect request.vali_date: spec keeps it (erratum mpay-apply-direct-vali-date-cvv2)',
      'mpay.applyDirect request.cvv2: spec keeps it (erratum mpay-apply-direct-vali-date-cvv2)',
      'mpay.notification request.pay_type: spec already required',
      'easypay.notification request.pay_type: spec already required',
      'onlineBanking.notification request.pay_type: spec already required',
      'exchangePayment.notification request.pay_type: spec already required',
      'aggregate.notification request.pay_type: spec already required',
    ]);
  });

  it('pnpm docs-drift prints a report a maintainer can act on and exits 0', async () => {
    const { stdout } = await promisify(execFile)(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'generator/src/docs/docs-drift.ts'), OLD, NEW], { cwd: REPO });
    expect(stdout).toContain('mpay.cardBindApply  [docs/MPAY-card-bind-apply.md]  api\n  bump: major (field removed)\n');
    expect(stdout).toMatch(/- request\.vali_date +removed \(was optional\) {2}→ major: field removed {2}\[spec keeps it \(erratum mpay-apply-vali-date-cvv2\)\]/);
    expect(stdout).toContain('- request.pay_type  optional → required  → major: field newly required  [spec already required]');
    expect(stdout).toContain('instantPayment.balance  [docs/balance-query-api.md]  api\n  bump: minor (operation added)\n');
    expect(stdout).toContain('  packages: (none: docs wording only; our descriptions are our own)');
    expect(stdout).toContain('SUMMARY.md pages added or removed:\n  + docs/balance-query-api.md  "balance-query-api" (Instant Payment)  added\n');
    expect(stdout).toContain('Overall: major (operations: 7 major, 1 minor, 1 patch; shared tables: 0 major, 0 minor, 0 patch; 7 text-only pages; SUMMARY.md: 1 added, 0 removed)\n');
    expect(stdout).toContain(`Packages: ${WITH_SANDBOX.join(', ')}\n`);
  });

  it('a revision against itself has no differences', async () => {
    const report = await planDrift(NEW, NEW, join(REPO, 'spec'));
    expect(report.operations).toEqual([]);
    expect(report.tables).toEqual([]);
    expect(report.pages).toEqual([]);
    expect(report.summary).toEqual([]);
    expect(report.bump).toBe('none');
  });
});

/** A copy of the latest docs with `edits` applied (path → [from, to] replacements, or the text of a new page). */
async function editedDocs(edits: Record<string, [from: string | RegExp, to: string][] | string>): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), 'lianlian-drift-')), 'docs');
  await cp(NEW, root, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    if (typeof edit === 'string') {
      await writeFile(join(root, path), edit);
      continue;
    }
    let text = await readFile(join(root, path), 'utf8');
    for (const [from, to] of edit) {
      const next = text.replace(from, to);
      if (next === text) throw new Error(`test edit of ${path} found nothing to replace: ${String(from)}`);
      text = next;
    }
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('docs-drift: the shared tables and SUMMARY.md', () => {
  const edits = {
    // risk_item: an optional field made required, with a length.
    'docs/payment-risk-item.md': [['|virtual_goods_amount|Optional|String|', '|virtual_goods_amount|Required|String(12)|']],
    // A ret_msg reworded, a code added.
    'docs/return-codes.md': [
      ['|1001|商户请求签名错误|', '|1001|商户请求签名验证失败|'],
      ['|1002|第三方单号重复|', '|1099|测试新增代码|A code the test adds\r\n|1002|第三方单号重复|'],
    ],
    'docs/supported-currencies.md': [['|SEK|', '|THB|[Thai baht](https://en.wikipedia.org/wiki/Thai_baht)|\n|SEK|']],
    // Two columns swapped in the header line the report files start with.
    'docs/transaction-report.md': [['| money_pay | currency_settle |', '| currency_settle | money_pay |']],
    // An overview page added to SUMMARY.md, another page dropped from it.
    'SUMMARY.md': [
      ['## Get Started\n', '## Wallet\n* [Overview](docs/wallet-overview.md)\n\n## Get Started\n'],
      ['* [Supported Banks](docs/supported-banks.md)\n', ''],
    ],
    'docs/wallet-overview.md': '# Wallet\n\nPay from a LianLian balance.\n',
  } satisfies Parameters<typeof editedDocs>[0];

  it('reports each table change with its bump, and pages SUMMARY.md gained or lost', async () => {
    const report = await planDrift(NEW, await editedDocs(edits), join(REPO, 'spec'));
    expect(report.operations).toEqual([]);
    const tables = report.tables.map((t) => ({
      table: t.change.table,
      bump: t.verdict.bump,
      reason: t.verdict.reason,
      packages: t.packages,
      changes: t.change.changes.map((c) => `${c.kind} ${c.target}${c.what && c.kind === 'text' ? ` ${c.what}` : ''}${c.before !== undefined ? ` ${String(c.before)}` : ''}${c.after !== undefined ? ` → ${String(c.after)}` : ''}`),
    }));
    const columns = 'no_order oid_partner dt_order busi_partner oid_paybill settle_date currency_order money_order currenty_pay money_pay currency_settle money_settle exchange_rate transaction_status dt_update transaction_fee pay_product pay_type info_order'.split(' ');
    const swapped = columns.map((c) => (c === 'money_pay' ? 'currency_settle' : c === 'currency_settle' ? 'money_pay' : c));
    expect(tables).toEqual([
      {
        table: 'riskItem',
        bump: 'major',
        reason: 'field newly required; max length introduced',
        packages: CLIENTS,
        changes: ['presence delivery.virtual_goods_amount optional → required', 'max-length delivery.virtual_goods_amount → 12'],
      },
      {
        table: 'returnCodes',
        bump: 'minor',
        reason: 'return code added',
        packages: WITH_SANDBOX,
        changes: ['text 1001 ret_msg 商户请求签名错误 → 商户请求签名验证失败', 'entry-added 1099'],
      },
      { table: 'currencies', bump: 'minor', reason: 'currency added', packages: CLIENTS, changes: ['entry-added THB'] },
      {
        table: 'transactionReport',
        bump: 'major',
        reason: 'column order changed',
        packages: CLIENTS,
        changes: ['daily', 'monthly'].map((f) => `order ${f} ${columns.join(' | ')} → ${swapped.join(' | ')}`),
      },
    ]);
    expect(report.summary).toEqual([
      { path: 'docs/supported-banks.md', title: 'Supported Banks', section: 'Development', status: 'removed' },
      { path: 'docs/wallet-overview.md', title: 'Overview', section: 'Wallet', status: 'added' },
    ]);
    expect(report.pages).toEqual([
      { path: 'docs/supported-banks.md', status: 'removed' },
      { path: 'docs/wallet-overview.md', status: 'added' },
    ]);
    expect(report.bump).toBe('major');
    expect(report.packages).toEqual(WITH_SANDBOX);
  });

  it('the printed report shows the risk_item change with its bump and the new overview page', async () => {
    const { stdout } = await promisify(execFile)(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'generator/src/docs/docs-drift.ts'), NEW, await editedDocs(edits)], { cwd: REPO });
    expect(stdout).toContain('shared table risk_item  [docs/payment-risk-item.md]\n  bump: major (field newly required; max length introduced)\n');
    expect(stdout).toContain('  - delivery.virtual_goods_amount  optional → required  → major: field newly required\n');
    expect(stdout).toContain('  - delivery.virtual_goods_amount  max length (none) → 12  → major: max length introduced\n');
    expect(stdout).toContain('  - 1001  ret_msg "商户请求签名错误" → "商户请求签名验证失败"  → patch: text only\n');
    expect(stdout).toContain('  - 1099  return code added  → minor: return code added\n');
    expect(stdout).toContain('  - THB  currency added  → minor: currency added\n');
    expect(stdout).toContain('SUMMARY.md pages added or removed:\n  - docs/supported-banks.md  "Supported Banks" (Development)  removed\n  + docs/wallet-overview.md  "Overview" (Wallet)  added\n');
    expect(stdout).toContain('Overall: major (operations: 0 major, 0 minor, 0 patch; shared tables: 2 major, 2 minor, 0 patch; 2 text-only pages; SUMMARY.md: 1 added, 1 removed)\n');
  });

  it('a risk_item group and a report column added are minor, removed are major', async () => {
    const docs = await editedDocs({
      'docs/payment-risk-item.md': [
        [/## Anonymous ticketing\r\n[\s\S]*?\r\n\*\*\*/, '## Gift cards\r\n\r\n|Name|Required|Type|Description|\r\n|:---|:---|:---|:---|\r\n|card_face_value|Required|String|Face value.|\r\n\r\n***'],
      ],
      'docs/transaction-report.md': [[' | info_order  ', ' | info_order | memo  ']],
    });
    const report = await planDrift(NEW, docs, join(REPO, 'spec'));
    const lines = report.tables.flatMap((t) => t.change.changes.map((c) => `${t.change.table} ${c.kind} ${c.target}`));
    expect(lines).toEqual([
      'riskItem entry-removed ticketing',
      'riskItem entry-added gift-cards',
      'transactionReport field-added daily.memo',
      'transactionReport field-added monthly.memo',
    ]);
    expect(report.tables.map((t) => t.verdict.bump)).toEqual(['major', 'minor']);
  });
});
