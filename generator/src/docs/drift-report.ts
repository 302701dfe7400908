import { classify, classifyAny } from '../diff/bump.ts';
import type { Change } from '../diff/diff-operations.ts';
import { isEntryChange, type SharedTableName, type TableItemChange } from '../diff/diff-tables.ts';
import type { DriftReport } from './drift-plan.ts';

const TABLE_NAMES: Record<SharedTableName, string> = {
  riskItem: 'risk_item',
  returnCodes: 'return codes',
  currencies: 'currencies',
  transactionReport: 'transaction report',
};

/** A change in words: "optional → required", "removed (was optional)", "enum values added: Y, W". */
export function describeChange(c: Change): string {
  const show = (v: string | number | undefined) => (v === undefined ? '(none)' : String(v));
  switch (c.kind) {
    case 'field-added':
      return `added (${show(c.after)})`;
    case 'field-removed':
      return `removed (was ${show(c.before)})`;
    case 'presence':
      return `${show(c.before)} → ${show(c.after)}`;
    case 'type':
      return `type ${show(c.before)} → ${show(c.after)}`;
    case 'max-length':
      return `max length ${show(c.before)} → ${show(c.after)}`;
    case 'format':
      return `format ${show(c.before)} → ${show(c.after)}`;
    case 'fixed':
      return `fixed value ${show(c.before)} → ${show(c.after)}`;
    case 'unsigned':
      return `${show(c.before)} → ${show(c.after)} (signature coverage)`;
    case 'echo':
      return `${show(c.before)} → ${show(c.after)} (must repeat the request's value)`;
    case 'enum-added':
      return `enum values added: ${(c.values ?? []).join(', ')}`;
    case 'enum-removed':
      return `enum values removed: ${(c.values ?? []).join(', ')}`;
    case 'enum-introduced':
      return `now an enum: ${(c.values ?? []).join(', ')}`;
    case 'enum-dropped':
      return `no longer an enum (was ${(c.values ?? []).join(', ')})`;
    case 'returned-when':
      return `returned when ${show(c.before ?? 'always')} → ${show(c.after ?? 'always')}`;
    case 'endpoint':
      return `endpoint ${show(c.before)} → ${show(c.after)}`;
    case 'kind':
      return `kind ${show(c.before)} → ${show(c.after)}`;
    case 'text':
      if (c.what === 'summary') return 'text outside the parameter tables changed';
      // LianLian's own short texts the spec copies (ret_msg, currency names): worth seeing whole.
      if (c.what === 'ret_msg' || c.what === 'name') return `${c.what} "${show(c.before)}" → "${show(c.after)}"`;
      return `${c.what ?? 'text'} changed`;
  }
}

/** A shared-table change in words: "return code added", "report columns reordered: a | b → b | a", or as a field change. */
export function describeTableChange(c: TableItemChange): string {
  if (!isEntryChange(c)) return describeChange(c);
  if (c.kind === 'order') return `${c.what} reordered: ${c.before ?? ''} → ${c.after ?? ''}`;
  return `${c.what} ${c.kind === 'entry-added' ? 'added' : 'removed'}`;
}

/**
 * The docs-drift report: per operation, then per shared table, each change with the
 * bump it implies and why, what the spec already does about it, and the packages
 * that would change; then pages whose text changed, pages SUMMARY.md gained or
 * lost, and the overall bump.
 */
export function formatDrift(report: DriftReport): string {
  const out: string[] = [`docs-drift: ${report.from} → ${report.to}`, ''];
  if (!report.operations.length && !report.tables.length && !report.pages.length && !report.summary.length) out.push('No differences.', '');
  for (const op of report.operations) {
    const id = op.inSpec ? op.change.id : `${op.change.id} (not in the spec yet; proposed id)`;
    out.push(`${id}  [${op.doc}]  ${op.change.kind}`);
    out.push(`  bump: ${op.verdict.bump} (${op.verdict.reason})`);
    if (op.change.status !== 'changed') out.push(`  - operation ${op.change.status}`);
    const width = Math.max(0, ...op.change.changes.map((c) => (c.target || 'page').length));
    for (const c of op.change.changes) {
      const v = classify(c);
      const note = op.specNotes.get(c);
      out.push(`  - ${(c.target || 'page').padEnd(width)}  ${describeChange(c)}  → ${v.bump}: ${v.reason}${note ? `  [${note}]` : ''}`);
    }
    // Docs wording never reaches the packages by itself: the spec's descriptions are our own words.
    const packages = op.verdict.bump === 'patch' ? '(none: docs wording only; our descriptions are our own)' : op.packages.join(', ');
    out.push(`  packages: ${packages || '(none)'}`, '');
  }
  for (const t of report.tables) {
    out.push(`shared table ${TABLE_NAMES[t.change.table]}  [${t.change.doc}]`);
    out.push(`  bump: ${t.verdict.bump} (${t.verdict.reason})`);
    if (t.change.status !== 'changed') out.push(`  - table ${t.change.status}`);
    const width = Math.max(0, ...t.change.changes.map((c) => c.target.length));
    for (const c of t.change.changes) {
      const v = classifyAny(c);
      out.push(`  - ${c.target.padEnd(width)}  ${describeTableChange(c)}  → ${v.bump}: ${v.reason}`);
    }
    out.push(`  packages: ${t.packages.join(', ') || '(none: docs wording only; our descriptions are our own)'}`, '');
  }
  if (report.pages.length) {
    out.push('Pages compared as text (no parameter tables, or a shared table page outside its tables; text only → patch; no package):');
    for (const p of report.pages) out.push(`  - ${p.path}  ${p.status}`);
    out.push('');
  }
  if (report.summary.length) {
    out.push('SUMMARY.md pages added or removed:');
    for (const e of report.summary) out.push(`  ${e.status === 'added' ? '+' : '-'} ${e.path}  "${e.title}" (${e.section || 'no section'})  ${e.status}`);
    out.push('');
  }
  const tally = (items: readonly { verdict: { bump: string } }[]) =>
    ['major', 'minor', 'patch'].map((b) => `${items.filter((o) => o.verdict.bump === b).length} ${b}`).join(', ');
  const added = report.summary.filter((e) => e.status === 'added').length;
  out.push(
    `Overall: ${report.bump} (operations: ${tally(report.operations)}; shared tables: ${tally(report.tables)}; ${report.pages.length} text-only pages; ` +
      `SUMMARY.md: ${added} added, ${report.summary.length - added} removed)`,
    `Packages: ${report.packages.join(', ') || '(none)'}`,
  );
  return `${out.join('\n')}\n`;
}
