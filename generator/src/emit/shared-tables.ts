import type { FieldRule } from '../../runtime/1-errors-encoding/operation.ts';
import type { ReportCellFormat, ReportColumn, ReportFileFormat } from '../../runtime/1-errors-encoding/transaction-report.ts';
import { docUrl, pascal, toField } from '../ir/build-ir.ts';
import { rule } from './operations.ts';
import type { SharedTables, SpecField } from '../load/spec-types.ts';
import { docText } from './doc-text.ts';

type ReturnCodes = NonNullable<SharedTables['returnCodes']>;
type Currencies = NonNullable<SharedTables['currencies']>;
type RiskItemTable = NonNullable<SharedTables['riskItem']>;
type TransactionReport = NonNullable<SharedTables['transactionReport']>;

/**
 * The shared tables of spec/shared/ as TypeScript sources, keyed by file name
 * (`return-codes.ts`, `currencies.ts`, `risk-item.ts`, `transaction-report-format.ts`).
 * Each file sits next to the package's `runtime/` folder. A table missing from
 * the spec produces no file.
 */
export function emitSharedTables(shared: SharedTables): Map<string, string> {
  const files = new Map<string, string>();
  if (shared.returnCodes) files.set('return-codes.ts', emitReturnCodes(shared.returnCodes));
  if (shared.currencies) files.set('currencies.ts', emitCurrencies(shared.currencies));
  if (shared.riskItem) files.set('risk-item.ts', emitRiskItem(shared.riskItem));
  if (shared.transactionReport) files.set('transaction-report-format.ts', emitReportFormats(shared.transactionReport));
  return files;
}

// ── return-codes.ts ────────────────────────────────────────────────────────────

function emitReturnCodes(table: ReturnCodes): string {
  const entries = table.codes.map((c) => `  ${doc(`${c.msg}: ${c.description}`)}\n  ${lit(c.code)}: { msg: ${lit(c.msg)}, description: ${lit(c.description)} },`);
  return lines(
    `/** Every ret_code LianLian documents: its ret_msg (Chinese, as LianLian sends it) and what it means. [Doc page](${docUrl(table.doc)}) */`,
    'export const RETURN_CODES = {',
    ...entries,
    '} as const;',
    '',
    '/** A documented ret_code, such as `0000`. */',
    'export type ReturnCode = keyof typeof RETURN_CODES;',
    '',
    '/**',
    ' * What a ret_code means, or undefined for a code the docs do not list.',
    ' * @example',
    " * describeReturnCode('1001')?.description // 'The request signature does not verify; …'",
    ' */',
    'export function describeReturnCode(code: string): {',
    '  /** The ret_msg as LianLian sends it (Chinese). */',
    '  msg: string;',
    '  /** What the code means and what to do about it. */',
    '  description: string;',
    '} | undefined {',
    '  if (!Object.hasOwn(RETURN_CODES, code)) return undefined;',
    '  const { msg, description } = RETURN_CODES[code as ReturnCode];',
    '  return { msg, description };',
    '}',
  );
}

// ── currencies.ts ──────────────────────────────────────────────────────────────

function emitCurrencies(table: Currencies): string {
  const entries = table.currencies.map((c) => `  ${doc(c.name)}\n  ${c.code}: { name: ${lit(c.name)} },`);
  return lines(
    `/** Currencies LianLian supports (ISO 4217 code → name). [Doc page](${docUrl(table.doc)}) */`,
    'export const CURRENCIES = {',
    ...entries,
    '} as const;',
    '',
    '/** A supported currency code, such as `CNY`. */',
    'export type Currency = keyof typeof CURRENCIES;',
    '',
    '/** True when `code` is a supported currency code (upper case, as LianLian spells them). */',
    'export function isCurrency(code: string): code is Currency {',
    '  return Object.hasOwn(CURRENCIES, code);',
    '}',
  );
}

// ── risk-item.ts ───────────────────────────────────────────────────────────────

/** The one group every payment sends (payment-risk-item.md, "Basic Parameters"); the others are sent by integration or business. */
export const ALWAYS_SENT_RISK_GROUP = 'basic';

/** A "needed when" the builder can check: `field` must be sent when `when` has one of `values`. */
export interface RiskCondition {
  readonly field: string;
  readonly when: string;
  readonly values: readonly string[];
}

/** What the emitted `riskItem()` checks for one set of fields (a group, or the items of a list). */
export interface RiskRules {
  readonly request: readonly FieldRule[];
  readonly conditions: readonly RiskCondition[];
}

/** One risk_item group as `riskItem()` sees it. */
export interface RiskGroupRules extends RiskRules {
  readonly id: string;
  readonly always: boolean;
  /** Sending any of these means the group is sent: the fields no other group has, or all its fields if it has none of its own. */
  readonly trigger: readonly string[];
  readonly lists: { readonly [name: string]: RiskRules };
}

/**
 * A condition written `<field> is <value>[ or <value>…]`, naming a sibling field,
 * is checked at run time; any other condition is prose for the reader only.
 */
export function parseCondition(condition: string | undefined, siblings: readonly SpecField[]): Omit<RiskCondition, 'field'> | undefined {
  const m = /^([a-z][a-z0-9_]*) is (\S+(?: or \S+)*)$/.exec(condition ?? '');
  if (!m || !siblings.some((f) => f.name === m[1])) return undefined;
  return { when: m[1]!, values: m[2]!.split(' or ') };
}

/** The check data of every group, in spec order. */
export function riskGroupRules(table: RiskItemTable): RiskGroupRules[] {
  const owners = new Map<string, Set<string>>();
  for (const g of table.groups) for (const f of g.fields) owners.set(f.name, (owners.get(f.name) ?? new Set()).add(g.id));
  return table.groups.map((g) => {
    const own = g.fields.filter((f) => owners.get(f.name)!.size === 1).map((f) => f.name);
    const lists: Record<string, RiskRules> = {};
    for (const f of g.fields) if (f.type === 'list' && f.items) lists[f.name] = rulesOf(f.items);
    return { id: g.id, always: g.id === ALWAYS_SENT_RISK_GROUP, trigger: own.length ? own : g.fields.map((f) => f.name), ...rulesOf(g.fields), lists };
  });
}

function rulesOf(fields: readonly SpecField[]): RiskRules {
  const conditions: RiskCondition[] = [];
  for (const f of fields) {
    const c = f.presence === 'conditional' ? parseCondition(f.condition, fields) : undefined;
    if (c) conditions.push({ field: f.name, ...c });
  }
  return { request: fields.map(fieldRule), conditions };
}

/** The runtime's rule for a shared-table field: the same normalization operations get. */
function fieldRule(f: SpecField): FieldRule {
  return rule(toField(f, false));
}

function emitRiskItem(table: RiskItemTable): string {
  const url = docUrl(table.doc);
  const groupType = (id: string) => `${pascal(id)}RiskItem`;
  const decls: string[] = [];
  for (const g of table.groups) {
    for (const f of g.fields)
      if (f.type === 'list' && f.items)
        decls.push(`/** One item of \`${f.name}\` (${escapeDoc(g.title)}). */`, `export interface ${pascal(f.name)}Item {`, ...f.items.map(member), '}', '');
    const about = g.description ? `${g.title}: ${lowerFirst(g.description)}` : g.title;
    decls.push(`/** ${escapeDoc(about)} [Doc page](${url}) */`, `export interface ${groupType(g.id)} {`, ...g.fields.map(member), '}', '');
  }
  const parts = table.groups.map((g) => (g.id === ALWAYS_SENT_RISK_GROUP ? groupType(g.id) : `Partial<${groupType(g.id)}>`));
  return lines(
    "import { ValidationError } from './runtime/1-errors-encoding/errors/validation-error.ts';",
    "import type { FieldRule, OperationDef } from './runtime/1-errors-encoding/operation.ts';",
    "import { canonicalJson, validateParams } from './runtime/4-operations/validate.ts';",
    '',
    ...decls,
    '/**',
    ` * The fields of \`risk_item\`: the ${ALWAYS_SENT_RISK_GROUP} group always, and each other group either left out`,
    ' * or sent with all its required fields (the merchant\'s business and integration decide which).',
    ` * [Doc page](${url})`,
    ' */',
    `export type RiskItem = ${parts.join(' & ')};`,
    '',
    '/** A "needed when" that can be checked: `field` must be sent when `when` has one of `values`. */',
    'interface Condition {',
    '  readonly field: string;',
    '  readonly when: string;',
    '  readonly values: readonly string[];',
    '}',
    'interface Rules {',
    '  readonly request: readonly FieldRule[];',
    '  readonly conditions: readonly Condition[];',
    '}',
    'interface Group extends Rules {',
    '  readonly id: string;',
    '  readonly always: boolean;',
    '  readonly trigger: readonly string[];',
    '  readonly lists: { readonly [name: string]: Rules };',
    '}',
    '',
    '// A group counts as sent when a field only it has is sent (goods_count alone says nothing: delivery and ticketing both have it).',
    `const GROUPS: readonly Group[] = ${JSON.stringify(riskGroupRules(table), null, 2)};`,
    '',
    "const OP = 'risk_item';",
    '',
    '/**',
    ' * Checks risk_item fields and returns the exact JSON text to send as `risk_item`:',
    ' * keys sorted at every depth, lists as JSON arrays, no white space, so the same',
    ' * fields always give the same (signed) text.',
    ' *',
    ' * @throws {ValidationError} naming the field (e.g. `airline_list[0].passenger_name`) and the rule: a',
    ' *   required field missing from a group that is sent, a field needed by a condition, a bad format or',
    ' *   value, or a field of no group. Messages never carry a sensitive value.',
    ' * @example',
    " * riskItem({ frms_ware_category: '2009', user_info_mercht_userno: 'u1', user_info_dt_register: '20240102030405', goods_name: 'Tea' })",
    ' */',
    'export function riskItem(fields: RiskItem): string {',
    "  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new ValidationError(OP, OP, 'must be an object of risk_item fields');",
    '  const given = fields as unknown as Record<string, unknown>;',
    "  const sent = (name: string) => given[name] !== undefined && given[name] !== null && given[name] !== '';",
    '  const covered = new Set<string>();',
    '  for (const group of GROUPS) {',
    '    if (!group.always && !group.trigger.some(sent)) continue;',
    '    const part: Record<string, unknown> = {};',
    '    for (const rule of group.request) {',
    '      covered.add(rule.name);',
    '      if (rule.name in given) part[rule.name] = given[rule.name];',
    '    }',
    "    check(group, part, '', group.always ? '' : ` with the ${group.id} parameters`);",
    '    for (const [name, rules] of Object.entries(group.lists)) {',
    '      const list = given[name];',
    '      if (!Array.isArray(list)) continue;',
    "      if (list.length === 0) throw new ValidationError(OP, name, 'must have at least one item');",
    "      list.forEach((item: unknown, i) => check(rules, item, `${name}[${i}].`, ''));",
    '    }',
    '  }',
    '  const out: Record<string, unknown> = {};',
    '  for (const [name, value] of Object.entries(given)) {',
    '    if (value === undefined || value === null) continue;',
    '    if (!covered.has(name)) {',
    '      const owners = GROUPS.filter((g) => g.request.some((r) => r.name === name)).map((g) => g.id);',
    '      if (!owners.length) throw new ValidationError(OP, name, `is not a risk_item field (payment-risk-item.md)`);',
    "      if (value === '') continue;",
    "      throw new ValidationError(OP, name, `belongs to the ${owners.join(' or ')} group; send that group's required fields too`);",
    '    }',
    '    out[name] = value;',
    '  }',
    '  return canonicalJson(out);',
    '}',
    '',
    '/**',
    ' * Required fields, formats and values through the same validator as request parameters, then the',
    ' * conditions. `path` prefixes list items\' fields; `context` says which group made a field required.',
    ' */',
    'function check(rules: Rules, value: unknown, path: string, context: string): void {',
    '  try {',
    '    validateParams(asOperation(rules.request), value);',
    '  } catch (err) {',
    "    if (err instanceof ValidationError) throw new ValidationError(OP, path + err.field, err.rule === 'is required' ? err.rule + context : err.rule);",
    '    throw err;',
    '  }',
    '  const fields = value as Record<string, unknown>;',
    '  for (const c of rules.conditions) {',
    '    const on = fields[c.when];',
    "    if (typeof on === 'string' && c.values.includes(on) && (fields[c.field] === undefined || fields[c.field] === null || fields[c.field] === ''))",
    '      throw new ValidationError(OP, path + c.field, `is required when ${c.when} is ${on}`);',
    '  }',
    '}',
    '',
    '/** validateParams checks an operation\'s request; a risk_item group is checked as one with only those fields. */',
    'function asOperation(request: readonly FieldRule[]): OperationDef {',
    "  return { id: OP, kind: 'api', endpoint: '', encoding: 'json', route: '', signTypes: ['RSA'], payload: 'none', successCodes: [], request, response: [], responseGroups: [], doc: " +
      `${lit(table.doc)} };`,
    '}',
  );
}

/** One interface member: its TS type from the spec, and JSDoc from our description, values, condition and length. */
function member(f: SpecField): string {
  const notes = [f.description];
  if (f.enum) notes.push(`Values: ${f.enum.map((e) => `\`${e.value}\` ${e.label}`).join('; ')}.`);
  if (f.presence === 'conditional' && f.condition) notes.push(`Needed when: ${f.condition}.`);
  if (f.format) notes.push(`Format: ${FORMAT_NOTES[f.format]}.`);
  if (f.maxLength !== undefined) notes.push(`At most ${f.maxLength} characters.`);
  const optional = f.presence === 'required' ? '' : '?';
  return `  ${doc(notes.join(' '))}\n  ${f.name}${optional}: ${tsType(f)};`;
}

function tsType(f: SpecField): string {
  if (f.enum) return f.enum.map((e) => lit(e.value)).join(' | ');
  if (f.type === 'integer') return 'number';
  if (f.type === 'list') return f.items ? `readonly ${pascal(f.name)}Item[]` : 'readonly unknown[]';
  if (f.type === 'object') return f.items ? `{ ${f.items.map((i) => `${i.name}${i.presence === 'required' ? '' : '?'}: ${tsType(i)};`).join(' ')} }` : 'Record<string, unknown>';
  return 'string';
}

const FORMAT_NOTES: Record<NonNullable<SpecField['format']>, string> = {
  datetime14: 'yyyyMMddHHmmss (UTC+8)',
  date8: 'yyyyMMdd',
  money: 'decimal string with two places, like "31.68"',
  url: 'absolute http(s) URL',
  'json-string': 'JSON object text',
  currency: 'three-letter currency code',
  digits: 'digits only',
  'report-time': 'yyyyMMdd HH:mm:ss (UTC+8)',
  'signed-money': 'decimal string with two places, may be negative',
};

// ── transaction-report-format.ts ───────────────────────────────────────────────

const CELL_FORMATS: ReadonlySet<string> = new Set<ReportCellFormat>(['money', 'signed-money', 'report-time', 'date8', 'datetime14', 'currency', 'digits']);

/** The report layouts as the runtime parser reads them. Throws on a column the parser cannot read (a list, a URL…). */
export function reportFileFormats(table: TransactionReport): ReportFileFormat[] {
  return table.files.map((file) => ({
    id: file.id,
    fileName: file.fileName,
    separator: file.separator,
    header: file.header ?? false,
    columns: file.columns.map((c): ReportColumn => {
      if (c.type !== 'string' && c.type !== 'integer') throw new Error(`transaction report ${file.id}.${c.name}: a report cell cannot be a ${c.type}`);
      if (c.format !== undefined && !CELL_FORMATS.has(c.format)) throw new Error(`transaction report ${file.id}.${c.name}: format ${c.format} is not a report cell format`);
      return {
        name: c.name,
        presence: c.presence,
        type: c.type,
        ...(c.format !== undefined && { format: c.format as ReportCellFormat }),
        ...(c.enum && { enum: c.enum.map((e) => e.value) }),
        ...(c.maxLength !== undefined && { maxLength: c.maxLength }),
      };
    }),
  }));
}

function emitReportFormats(table: TransactionReport): string {
  const formats = reportFileFormats(table);
  const entries = formats.map((f, i) => {
    const spec = table.files[i]!;
    const body = JSON.stringify(f, null, 2).replace(/\n/g, '\n  ');
    return `  ${doc(`${spec.title}: \`${spec.fileName}\`, ${f.columns.length} columns.`)}\n  ${f.id}: ${body},`;
  });
  const rows = formats.flatMap((f, i) => [
    `/** One row of the ${escapeDoc(lowerFirst(table.files[i]!.title))} (\`${escapeDoc(f.fileName)}\`). */`,
    `export type ${pascal(f.id)}ReportRow = TransactionReportRow<(typeof TRANSACTION_REPORT_FORMATS)[${lit(f.id)}]>;`,
    '',
  ]);
  return lines(
    "import type { ReportFileFormat, TransactionReportRow } from './runtime/1-errors-encoding/transaction-report.ts';",
    '',
    '/**',
    ' * The transaction report files LianLian publishes, as `parseTransactionReport` reads them:',
    ' * columns in header order with their formats (money as signed two-place strings, dt_order as',
    ` * yyyyMMdd HH:mm:ss). [Doc page](${docUrl(table.doc)})`,
    ' */',
    'export const TRANSACTION_REPORT_FORMATS = {',
    ...entries,
    '} as const satisfies Record<string, ReportFileFormat>;',
    '',
    '/** A kind of report file, such as `daily`. */',
    'export type TransactionReportKind = keyof typeof TRANSACTION_REPORT_FORMATS;',
    '',
    ...rows,
  );
}

// ── text helpers ───────────────────────────────────────────────────────────────

function lines(...parts: string[]): string {
  return parts.join('\n').replace(/\n+$/, '') + '\n';
}

/** A single-quoted TS string literal. */
function lit(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A one-line JSDoc comment. */
function doc(text: string): string {
  return `/** ${escapeDoc(text)} */`;
}

function escapeDoc(text: string): string {
  return docText(text);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
