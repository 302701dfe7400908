// Generated from spec/ by @lianlian-sdk/generator. Do not edit; run `pnpm generate`.
/**
 * Streaming parser for LianLian's transaction report files (transaction-report.md):
 * the daily and monthly detail files (JYMX_…) and the daily summary (JYMXSUM_…).
 * The column lists come from the spec (`transaction-report-format.ts`, generated).
 *
 * Memory stays constant whatever the file size: bytes are decoded chunk by chunk
 * (`stream: true`, so a character split across chunks is kept whole) and only the
 * unfinished last line is carried to the next chunk.
 */
/** LianLian's clock is UTC+8 with no daylight saving (time.ts). */
const UTC8_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Value formats a report cell may have; a subset of the spec's formats. */
export type ReportCellFormat = 'money' | 'signed-money' | 'report-time' | 'date8' | 'datetime14' | 'currency' | 'digits';

/** One column of a report file, in header order. */
export interface ReportColumn {
  /** The column's header name. */
  readonly name: string;
  /** `required`: the cell is never empty. An empty optional cell reads as `undefined`. */
  readonly presence: 'required' | 'optional' | 'conditional';
  /** `integer` cells read as numbers; everything else (money included) stays a string. */
  readonly type: 'string' | 'integer';
  /** Format the cell must have. */
  readonly format?: ReportCellFormat;
  /** The only values the cell may hold. */
  readonly enum?: readonly string[];
  /** Longest cell accepted, in characters. */
  readonly maxLength?: number;
}

/** The layout of one kind of report file. */
export interface ReportFileFormat {
  /** The format's id, e.g. `daily`. */
  readonly id: string;
  /** File name pattern, e.g. `JYMX_{oid_partner}_{settle_date}.txt`. */
  readonly fileName: string;
  /** Cell separator; spaces around a cell are not part of it (the docs print `a | b` and `a|b`). */
  readonly separator: string;
  /** Whether LianLian starts the file with a header line. */
  readonly header: boolean;
  /** Columns in header order. */
  readonly columns: readonly ReportColumn[];
}

type CellOf<C extends ReportColumn> = C['type'] extends 'integer'
  ? number
  : C extends { readonly enum: readonly (infer E extends string)[] }
    ? E
    : string;

/** One parsed line: column name → cell. Money stays a decimal string ("-12.30"), never a float. */
export type TransactionReportRow<F extends ReportFileFormat = ReportFileFormat> = {
  readonly [C in F['columns'][number] as C['name']]: C['presence'] extends 'required' ? CellOf<C> : CellOf<C> | undefined;
};

/** Settings for {@link parseTransactionReport}. */
export interface ReportParseOptions {
  /** Text encoding of the file (any WHATWG label, e.g. `gbk`). Default `utf-8`. */
  readonly encoding?: string;
  /** Longest line accepted, in characters; bounds memory on a file without line breaks. Default 65536. */
  readonly maxLineLength?: number;
}

/**
 * A line of a report file that breaks the format. Names the line (1-based), the
 * column (1-based index and name) and the rule, never the cell's value: reports
 * carry order details and personal data.
 */
export class TransactionReportError extends Error {
  /** The class name, set explicitly so it survives minification and shows in logs. */
  override readonly name = 'TransactionReportError';
  /** 1-based line number in the file. */
  readonly line: number;
  /** 1-based column index, when one column is at fault. */
  readonly columnIndex: number | undefined;
  /** Name of the column at fault, when one is. */
  readonly column: string | undefined;
  /** The rule the line breaks, in words. */
  readonly rule: string;

  constructor(line: number, rule: string, column?: { index: number; name: string }) {
    super(`transaction report line ${line}${column ? `, column ${column.index} (${column.name})` : ''}: ${rule}`);
    this.line = line;
    this.columnIndex = column?.index;
    this.column = column?.name;
    this.rule = rule;
  }
}

/**
 * Reads a report file row by row. A header line (its first cell being the first
 * column's name) is skipped; blank lines are skipped; LF and CRLF both end a line.
 * Only the header's first cell and cell count are checked: the docs' header spells
 * a column `currenty_pay` where the table says `currency_pay` (spec erratum
 * report-header-currenty-pay), so names are not matched one by one.
 *
 * @throws {TransactionReportError} on the first malformed line (wrong cell count,
 *   empty required cell, bad money, time, date, currency or enum value, bad bytes).
 * @example
 * for await (const row of parseTransactionReport(response.body!, TRANSACTION_REPORT_FORMATS.daily))
 *   total += reportMoneyToCents(row.money_order);
 */
export async function* parseTransactionReport<F extends ReportFileFormat>(
  input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  format: F,
  options: ReportParseOptions = {},
): AsyncGenerator<TransactionReportRow<F>, void, undefined> {
  const encoding = options.encoding ?? 'utf-8';
  const maxLineLength = options.maxLineLength ?? 65_536;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const parseLine = lineParser(format);
  let carry = '';
  let lineNo = 0;
  let seenContent = false;

  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new TransactionReportError(lineNo + 1, `is not valid ${encoding} text`);
    }
  };
  // The line text[from, to), its CR dropped: undefined for blank and header lines.
  const take = (text: string, from: number, to: number): TransactionReportRow<F> | undefined => {
    lineNo++;
    const line = text.slice(from, to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to);
    if (line.length > maxLineLength) throw new TransactionReportError(lineNo, `is longer than ${maxLineLength} characters`);
    if (isBlank(line)) return undefined;
    const first = !seenContent;
    seenContent = true;
    return parseLine(line, lineNo, first) as TransactionReportRow<F> | undefined;
  };

  for await (const chunk of chunksOf(input)) {
    const text = carry + decode(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const row = take(text, start, nl);
      start = nl + 1;
      if (row) yield row;
    }
    carry = text.slice(start);
    if (carry.length > maxLineLength) throw new TransactionReportError(lineNo + 1, `is longer than ${maxLineLength} characters`);
  }
  const last = carry + decode();
  if (last !== '') {
    const row = take(last, 0, last.length);
    if (row) yield row;
  }
}

/** "-12.30" → -1230n: report amounts as integer cents, so sums never touch a float. */
export function reportMoneyToCents(text: string): bigint {
  const m = SIGNED_MONEY.exec(text);
  if (!m) throw new RangeError('report money must be a decimal string with two places, like "-12.30"');
  const cents = BigInt(m[2]!) * 100n + BigInt(m[3]!);
  return m[1] ? -cents : cents;
}

/** Reads a report time, `yyyyMMdd HH:mm:ss` in UTC+8 (e.g. dt_order "20171216 01:51:25"); undefined if it is not a real time. */
export function parseReportTime(text: string): Date | undefined {
  if (!isReportTime(text)) return undefined;
  const n = (from: number, len: number) => digitsAt(text, from, len);
  return new Date(Date.UTC(n(0, 4), n(4, 2) - 1, n(6, 2), n(9, 2), n(12, 2), n(15, 2)) - UTC8_OFFSET_MS);
}

const SIGNED_MONEY = /^(-?)(0|[1-9][0-9]*)\.([0-9]{2})$/;
const MONEY = /^(0|[1-9][0-9]*)\.[0-9]{2}$/;
const DIGITS = /^[0-9]+$/;

// Dates and times are checked with arithmetic, not Date objects: it runs for every row of files
// with millions of rows. Years are four digits from 1000 on.

/** The number written at `text[from, from + len)`, or -1 if a character there is not a digit. */
function digitsAt(text: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `yyyyMMdd` at `text[from]` is a calendar date. */
function isDateAt(text: string, from: number): boolean {
  const y = digitsAt(text, from, 4);
  const m = digitsAt(text, from + 4, 2);
  const d = digitsAt(text, from + 6, 2);
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** `HH?mm?ss` at `text[from]` (any one-character separators) is a time of day. */
function isTimeAt(text: string, from: number, step: number): boolean {
  const h = digitsAt(text, from, 2);
  const mi = digitsAt(text, from + step, 2);
  const s = digitsAt(text, from + 2 * step, 2);
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59;
}

function isReportTime(c: string): boolean {
  return c.length === 17 && c.charCodeAt(8) === 32 && c.charCodeAt(11) === 58 && c.charCodeAt(14) === 58 && isDateAt(c, 0) && isTimeAt(c, 9, 3);
}

/** What a cell must look like, per format; the rule text goes into the error. */
const FORMAT_RULES: Record<ReportCellFormat, [test: (cell: string) => boolean, rule: string]> = {
  money: [(c) => MONEY.test(c), 'must be an amount with two decimal places, like "12.30"'],
  'signed-money': [(c) => SIGNED_MONEY.test(c), 'must be an amount with two decimal places, like "12.30" or "-12.30"'],
  'report-time': [isReportTime, 'must be a real time as yyyyMMdd HH:mm:ss'],
  date8: [(c) => c.length === 8 && isDateAt(c, 0), 'must be a real date as yyyyMMdd'],
  datetime14: [(c) => c.length === 14 && isDateAt(c, 0) && isTimeAt(c, 8, 2), 'must be a real time as yyyyMMddHHmmss'],
  currency: [(c) => /^[A-Z]{3}$/.test(c), 'must be a three-letter currency code'],
  digits: [(c) => DIGITS.test(c), 'must contain digits only'],
};

type Row = Record<string, string | number | undefined>;

/** Compiles the format once: returns a function from one line to its row (undefined for the header). */
function lineParser(format: ReportFileFormat): (line: string, lineNo: number, first: boolean) => Row | undefined {
  const { columns, separator } = format;
  const checks = columns.map((col, i) => {
    const at = { index: i + 1, name: col.name };
    const rule = col.format ? FORMAT_RULES[col.format] : undefined;
    const allowed = col.enum ? new Set(col.enum) : undefined;
    return (cell: string, lineNo: number): string | number | undefined => {
      if (cell === '') {
        if (col.presence === 'required') throw new TransactionReportError(lineNo, 'must not be empty', at);
        return undefined;
      }
      if (col.maxLength !== undefined && cell.length > col.maxLength && [...cell].length > col.maxLength)
        throw new TransactionReportError(lineNo, `must be at most ${col.maxLength} characters`, at);
      if (allowed && !allowed.has(cell)) throw new TransactionReportError(lineNo, `must be one of ${[...allowed].join(', ')}`, at);
      if (rule && !rule[0](cell)) throw new TransactionReportError(lineNo, rule[1], at);
      if (col.type !== 'integer') return cell;
      const n = Number(cell);
      if (!DIGITS.test(cell) || !Number.isSafeInteger(n)) throw new TransactionReportError(lineNo, 'must be a whole number', at);
      return n;
    };
  });
  const names = columns.map((c) => c.name);
  const count = columns.length;
  // Every row starts as a copy of one object with all the columns, so all rows share one shape.
  const template: Row = Object.fromEntries(names.map((n) => [n, undefined]));
  const wrongCount = (line: string, lineNo: number) =>
    new TransactionReportError(lineNo, `has ${line.split(separator).length} cells; expected ${count} separated by "${separator}"`);

  return (line, lineNo, first) => {
    if (first && format.header && cellAt(line, 0, line.includes(separator) ? line.indexOf(separator) : line.length) === names[0]) {
      if (line.split(separator).length !== count) throw wrongCount(line, lineNo);
      return undefined;
    }
    const row: Row = { ...template };
    // Cells are cut by index (no split array, one slice per cell): this runs once per row of huge files.
    let from = 0;
    for (let i = 0; i < count; i++) {
      const last = i === count - 1;
      const to = last ? line.length : line.indexOf(separator, from);
      if (to === -1 || (last && line.includes(separator, from))) throw wrongCount(line, lineNo);
      row[names[i]!] = checks[i]!(cellAt(line, from, to), lineNo);
      from = to + separator.length;
    }
    return row;
  };
}

/** The cell between `from` and `to`, without the spaces and tabs around it (the docs print `a | b`; other white space is kept). */
function cellAt(line: string, from: number, to: number): string {
  while (from < to && isPad(line.charCodeAt(from))) from++;
  while (to > from && isPad(line.charCodeAt(to - 1))) to--;
  return line.slice(from, to);
}

function isPad(code: number): boolean {
  return code === 32 || code === 9;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isPad(line.charCodeAt(i))) return false;
  return true;
}

/**
 * The input's chunks. A ReadableStream is read through its reader (not every
 * runtime makes streams async-iterable); stopping early cancels it, so the file
 * or connection behind it is closed.
 */
async function* chunksOf(input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  if (!('getReader' in input) || typeof input.getReader !== 'function') {
    yield* input as AsyncIterable<Uint8Array>;
    return;
  }
  const reader = (input as ReadableStream<Uint8Array>).getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
