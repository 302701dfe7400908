import type { FieldFacts } from '../diff/operation-facts.ts';
import type { CurrencyFacts, ReportFileFacts, ReturnCodeFacts, RiskGroupFacts, SharedTableFacts } from '../diff/table-facts.ts';
import { fieldFacts } from './cell-facts.ts';
import { anchorOf, isParameterTable, type DocBlock, type DocPage, type TableBlock } from './page-model.ts';
import type { DocSet } from './read-docs.ts';

/** The pages the shared tables come from (spec/shared/*.yaml `doc:`). */
export const SHARED_TABLE_PAGES = {
  riskItem: 'docs/payment-risk-item.md',
  returnCodes: 'docs/return-codes.md',
  currencies: 'docs/supported-currencies.md',
  transactionReport: 'docs/transaction-report.md',
} as const;

/** The shared tables a docs revision states, with what could not be read; a page that is missing gives no table. */
export function readSharedTables(set: DocSet): { tables: SharedTableFacts; warnings: string[] } {
  const warnings: string[] = [];
  const page = (path: string) => set.pages.get(path) ?? set.rendered.get(path);
  const risk = page(SHARED_TABLE_PAGES.riskItem);
  const codes = page(SHARED_TABLE_PAGES.returnCodes);
  const currencies = page(SHARED_TABLE_PAGES.currencies);
  const report = page(SHARED_TABLE_PAGES.transactionReport);
  const tables: SharedTableFacts = {
    ...(risk && { riskItem: { doc: risk.path, groups: riskGroups(risk, warnings) } }),
    ...(codes && { returnCodes: { doc: codes.path, codes: returnCodes(codes, warnings) } }),
    ...(currencies && { currencies: { doc: currencies.path, currencies: currencyRows(currencies, warnings) } }),
    ...(report && { transactionReport: { doc: report.path, files: reportFiles(report, warnings) } }),
  };
  return { tables, warnings };
}

/**
 * payment-risk-item.md: each parameter table is a group, named by the heading right
 * above it. A table whose caption says "send following parameters in a list. key=X"
 * is the items of list field X, as the spec has it (`airline_list`).
 */
export function riskGroups(page: DocPage, warnings: string[] = []): RiskGroupFacts[] {
  const groups = new Map<string, { id: string; title: string; fields: FieldFacts[] }>();
  for (const table of tablesOf(page.blocks).filter(isParameterTable)) {
    const title = table.headings.at(-1) ?? page.title;
    const id = anchorOf(title);
    const group = groups.get(id) ?? { id, title, fields: [] };
    groups.set(id, group);
    const fields = firstOfEach(page.path, title, rows(page.path, table, warnings), warnings, byName);
    const list = /\bkey\s*=\s*([a-z][a-z0-9_]*)/i.exec(table.caption ?? '')?.[1];
    group.fields.push(...(list ? [{ name: list, presence: 'required' as const, type: 'list' as const, description: table.caption ?? '', items: fields }] : fields));
  }
  return [...groups.values()].map((g) => ({ ...g, fields: firstOfEach(page.path, g.title, g.fields, warnings, byName) }));
}

/** return-codes.md: the table headed Ret_code | Ret_msg | Description. */
export function returnCodes(page: DocPage, warnings: string[] = []): ReturnCodeFacts[] {
  const out = tablesOf(page.blocks)
    .filter((t) => /^ret_code$/i.test(t.header[0]?.trim() ?? ''))
    .flatMap((t) => t.rows.filter((r) => r[0]).map(([code = '', msg = '', description = '']) => ({ code: code.trim(), msg: msg.trim(), description: description.trim() })));
  return firstOfEach(page.path, 'return codes', out, warnings, (c) => c.code);
}

/** supported-currencies.md: the table headed Currency code | Currency name (names are link texts). */
export function currencyRows(page: DocPage, warnings: string[] = []): CurrencyFacts[] {
  const out = tablesOf(page.blocks)
    .filter((t) => /^currency code$/i.test(t.header[0]?.trim() ?? ''))
    .flatMap((t) => t.rows.filter((r) => r[0]).map(([code = '', name = '']) => ({ code: code.trim(), name: name.trim() })));
  return firstOfEach(page.path, 'currencies', out, warnings, (c) => c.code);
}

/**
 * transaction-report.md: one file per "… file format" heading. Its columns are the
 * header line in its code block (`no_order | oid_partner | …`), in that order, each
 * described by the "Parameter name | Description" table or by the words in brackets
 * after it (the summary file); a file "same with" an earlier one's format has its columns.
 */
export function reportFiles(page: DocPage, warnings: string[] = []): ReportFileFacts[] {
  const files: ReportFileFacts[] = [];
  const blocks = page.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i];
    if (heading?.kind !== 'heading' || !/\bfile format$/i.test(heading.text)) continue;
    const end = blocks.findIndex((b, k) => k > i && b.kind === 'heading');
    const section = blocks.slice(i + 1, end < 0 ? undefined : end);
    const title = heading.text.replace(/\s+format$/i, '');
    const descriptions = new Map(tablesOf(section).filter((t) => /^parameter name$/i.test(t.header[0]?.trim() ?? '')).flatMap((t) => t.rows.map((r) => [r[0]?.trim() ?? '', r[1] ?? ''] as const)));
    const line = section.flatMap((b) => (b.kind === 'code' ? [headerLine(b.text)] : [])).find((cells) => cells !== undefined);
    let columns: FieldFacts[] | undefined = line?.map(({ name, note }) => column(name, descriptions.get(name) ?? note));
    if (!columns) {
      const prose = section.map((b) => (b.kind === 'paragraph' ? b.text.toLowerCase() : '')).join(' ');
      const same = /\bsame (?:with|as)\b/.test(prose) ? files.find((f) => prose.includes(`${f.title.toLowerCase()} format`)) : undefined;
      if (same) columns = [...same.columns];
      else warnings.push(`${page.path}: "${heading.text}" gives no header line`);
    }
    if (columns) files.push({ id: anchorOf(title), title, columns: firstOfEach(page.path, title, columns, warnings, byName) });
  }
  return files;
}

/** `a | b(2 decimal places, in CNY) | c`: column names with the words in brackets; undefined for a line of values. */
function headerLine(code: string): { name: string; note: string }[] | undefined {
  const first = code.split('\n')[0] ?? '';
  const cells = first.split('|').map((c) => /^\s*([a-z][a-z0-9_]*)\s*(?:\((.*)\))?\s*$/.exec(c));
  if (cells.length < 2 || !cells.every(Boolean)) return undefined;
  return cells.map((m) => ({ name: m?.[1] ?? '', note: m?.[2] ?? '' }));
}

/** A report column: no presence, type or length in the docs, so only what its name and words say (format, values). */
function column(name: string, description: string): FieldFacts {
  return fieldFacts({ name, required: '', type: 'String', description });
}

function rows(path: string, table: TableBlock, warnings: string[]): FieldFacts[] {
  const out: FieldFacts[] = [];
  for (const [name = '', required = '', type = '', description = ''] of table.rows) {
    if (!name) continue;
    try {
      out.push(fieldFacts({ name, required, type, description }));
    } catch (err) {
      warnings.push(`${path}: row "${name}" skipped: ${(err as Error).message}`);
    }
  }
  return out;
}

/** The first row of each name counts (payment-risk-item.md lists station_from_province twice). */
function firstOfEach<T>(path: string, where: string, items: readonly T[], warnings: string[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    if (seen.has(key(x))) {
      warnings.push(`${path}: ${where} lists ${key(x)} twice; the first row counts`);
      return false;
    }
    seen.add(key(x));
    return true;
  });
}

function byName(field: FieldFacts): string {
  return field.name;
}

function tablesOf(blocks: readonly DocBlock[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === 'table');
}
