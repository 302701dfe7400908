import { classify } from '../diff/bump.ts';
import type { Change } from '../diff/diff-operations.ts';
import type { DriftReport } from './drift-plan.ts';

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
      return `${c.what ?? 'text'} changed`;
  }
}

/**
 * The docs-drift report: per operation, each change with the bump it implies and
 * why, what the spec already does about it, and the packages that would change;
 * then pages without parameter tables whose text changed; then the overall bump.
 */
export function formatDrift(report: DriftReport): string {
  const out: string[] = [`docs-drift: ${report.from} → ${report.to}`, ''];
  if (!report.operations.length && !report.pages.length) out.push('No differences.', '');
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
  if (report.pages.length) {
    out.push('Pages without parameter tables (text only → patch; no operation, no package):');
    for (const p of report.pages) out.push(`  - ${p.path}  ${p.status}`);
    out.push('');
  }
  const count = (bump: string) => report.operations.filter((o) => o.verdict.bump === bump).length;
  const tally = ['major', 'minor', 'patch'].map((b) => `${count(b)} ${b}`).join(', ');
  out.push(
    `Overall: ${report.bump} (operations: ${tally}; ${report.pages.length} text-only pages)`,
    `Packages: ${report.packages.join(', ') || '(none)'}`,
  );
  return `${out.join('\n')}\n`;
}
