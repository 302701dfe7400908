import type { EvidenceSource } from '../load/spec-types.ts';
import type { Ir, IrErratum, IrEvidence, IrField, IrOperation } from '../ir/ir-types.ts';

/** How far LianLian's own code backs an operation's spec. */
export type AuditStatus = 'docs only' | 'evidence agrees' | 'evidence overrides';

/** One operation's row of the audit. */
export interface AuditRow {
  readonly op: IrOperation;
  readonly status: AuditStatus;
  /** Errata backed by evidence: where the spec follows LianLian's code instead of its docs. */
  readonly overrides: readonly IrErratum[];
  readonly evidence: readonly IrEvidence[];
}

/**
 * The audit of every operation against LianLian's own SDKs and demos, read off
 * the spec: an erratum that cites evidence is a fact the evidence overrides;
 * evidence without an erratum agrees with the docs; no evidence is docs only.
 */
export function auditRows(ir: Ir): AuditRow[] {
  return ir.operations.map((op) => {
    const product = ir.products.find((p) => p.name === op.product);
    const names = new Set([...op.request, ...op.response, ...op.responseGroups.flatMap((g) => g.fields)].map((f) => f.name));
    // A product-wide erratum counts for the operations that have its field.
    const errata = [...op.errata, ...(product?.errata ?? []).filter((e) => e.field === undefined || names.has(e.field))];
    const overrides = errata.filter((e) => e.evidence?.length);
    const fieldEvidence = [...op.request, ...op.response, ...op.responseGroups.flatMap((g) => g.fields)].flatMap(evidenceOf);
    const evidence = [...op.evidence, ...fieldEvidence, ...overrides.flatMap((e) => e.evidence ?? [])];
    const status: AuditStatus = overrides.length ? 'evidence overrides' : evidence.length ? 'evidence agrees' : 'docs only';
    return { op, status, overrides, evidence: unique(evidence) };
  });
}

function evidenceOf(f: IrField): IrEvidence[] {
  return [...(f.evidence ?? []), ...(f.items ?? []).flatMap(evidenceOf)];
}

function unique(list: readonly IrEvidence[]): IrEvidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.source}/${e.path}#${e.line ?? ''}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** `EVIDENCE.md`: the audit table, the shared rules and the repositories, generated from the spec. */
export function emitEvidenceAudit(ir: Ir): string {
  const rows = auditRows(ir);
  const sources = new Map(ir.evidenceSources.map((s) => [s.id, s]));
  const link = (e: IrEvidence) => `[${e.source}/${e.path.split('/').pop()}${e.line ? `:${e.line}` : ''}](${evidenceUrl(sources.get(e.source), e)})`;
  const count = (s: AuditStatus) => rows.filter((r) => r.status === s).length;
  const facts = new Set(rows.flatMap((r) => r.overrides.map((e) => e.id))).size;
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  return [
    '<!-- Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`. -->',
    '# Evidence audit: the spec against LianLian\'s own code',
    '',
    'Every operation of the spec, checked against LianLian\'s official SDKs and demos (the repositories below, at the',
    'commits named). **docs only**: no evidence either way; **evidence agrees**: LianLian\'s code does what the docs say;',
    '**evidence overrides**: LianLian\'s code shows the docs are wrong, and the spec follows the code (each erratum in',
    '`spec/products/*.yaml` says what the docs say, what we use and, where the evidence is split, the other reading).',
    '',
    `**${rows.length} operations: ${count('evidence overrides')} evidence overrides, ${count('evidence agrees')} evidence agrees, ${count('docs only')} docs only. ${facts} facts overridden by evidence.**`,
    '',
    '| operation | kind | status | what the evidence changes | evidence |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| \`${r.op.id}\` | ${r.op.kind} | ${r.status} | ${r.overrides.map((e) => cell(`${e.field ? `\`${e.field}\`: ` : ''}${e.weUse}`)).join('<br>') || ''} | ${r.evidence.map(link).join('<br>')} |`,
    ),
    '',
    '## Rules every operation shares',
    '',
    '| rule | verdict | evidence |',
    '|---|---|---|',
    ...ir.evidenceRules.map((r) => `| ${cell(r.rule)} | ${r.verdict} | ${r.evidence.map(link).join('<br>')} |`),
    '',
    '## Repositories',
    '',
    '| repository | commit | date | what it is |',
    '|---|---|---|---|',
    ...ir.evidenceSources.map((s) => `| [${s.id}](${s.url}) | \`${s.commit.slice(0, 12)}\` | ${s.date} | ${cell(s.what)} |`),
    '',
  ].join('\n');
}

function evidenceUrl(source: EvidenceSource | undefined, e: IrEvidence): string {
  if (!source) return '#';
  return `${source.url}/blob/${source.commit}/${e.path.split('/').map(encodeURIComponent).join('/')}${e.line ? `#L${e.line}` : ''}`;
}
