import { execFile } from 'node:child_process';
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
    expect(stdout).toContain('Overall: major (operations: 7 major, 1 minor, 1 patch; 7 text-only pages)\n');
    expect(stdout).toContain(`Packages: ${WITH_SANDBOX.join(', ')}\n`);
  });

  it('a revision against itself has no differences', async () => {
    const report = await planDrift(NEW, NEW, join(REPO, 'spec'));
    expect(report.operations).toEqual([]);
    expect(report.pages).toEqual([]);
    expect(report.bump).toBe('none');
  });
});
