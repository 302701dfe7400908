/**
 * The report parser reads real files written to a temporary directory, through a
 * real fs ReadableStream, with the column layouts the spec gives (transaction-report.md).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseReportTime,
  parseTransactionReport,
  reportMoneyToCents,
  TransactionReportError,
  type ReportFileFormat,
  type TransactionReportRow,
} from '../../runtime/1-errors-encoding/transaction-report.ts';
import { reportFileFormats } from '../../src/emit/shared-tables.ts';
import { loadSpec } from '../../src/load/load-spec.ts';
import { REPO } from '../_repo.ts';

let dir: string;
let daily: ReportFileFormat;
let summary: ReportFileFormat;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lianlian-report-'));
  const formats = reportFileFormats((await loadSpec(join(REPO, 'spec'))).shared.transactionReport!);
  daily = formats.find((f) => f.id === 'daily')!;
  summary = formats.find((f) => f.id === 'dailySummary')!;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The header line exactly as transaction-report.md prints it (currenty_pay, spaces, two trailing spaces). */
const DOC_HEADER =
  'no_order | oid_partner | dt_order | busi_partner | oid_paybill | settle_date | currency_order | money_order | currenty_pay | money_pay | currency_settle | money_settle | exchange_rate | transaction_status | dt_update | transaction_fee | pay_product | pay_type | info_order  ';

const PAYMENT = [
  'ORD20171216001', '201301221000001001', '20171216 01:51:25', '101001', '2017121612345678', '20171216', 'USD', '100.00',
  'CNY', '640.12', 'CNY', '640.12', '6.4012', '0', '20171216 01:52:03', '3.20', '1', 'D', '连连商品订单',
];
// transaction-report.md: a refund is a second record with negative money_order and fee, oid_paybill = original no_order, status 5.
const REFUND = [
  'ORD20171216001', '201301221000001001', '20171216 01:51:25', '101001', 'ORD20171216001', '20171217', 'USD', '-100.00',
  'CNY', '-640.12', 'CNY', '-640.12', '6.4012', '5', '20171217 10:00:00', '-3.20', '1', 'D', '',
];

function expectedRow(cells: string[]): Record<string, string | undefined> {
  return Object.fromEntries(daily.columns.map((c, i) => [c.name, cells[i] === '' ? undefined : cells[i]]));
}

let fileNo = 0;
async function reportFile(content: string | Uint8Array): Promise<string> {
  const path = join(dir, `JYMX_201301221000001001_${++fileNo}.txt`);
  await writeFile(path, content);
  return path;
}

/** A file ReadableStream, the way a caller hands a downloaded report to the parser. */
function webStream(path: string, highWaterMark?: number): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(path, highWaterMark ? { highWaterMark } : {})) as ReadableStream<Uint8Array>;
}

async function readAll(path: string, format: ReportFileFormat, highWaterMark?: number): Promise<TransactionReportRow[]> {
  const rows: TransactionReportRow[] = [];
  for await (const row of parseTransactionReport(webStream(path, highWaterMark), format)) rows.push(row);
  return rows;
}

async function failure(content: string | Uint8Array, format: ReportFileFormat = daily): Promise<TransactionReportError> {
  try {
    await readAll(await reportFile(content), format);
  } catch (err) {
    if (err instanceof TransactionReportError) return err;
    throw err;
  }
  throw new Error('expected a TransactionReportError');
}

describe('parseTransactionReport: detail files', () => {
  it('reads the doc header (currenty_pay, " | ", trailing spaces), a payment and its refund', async () => {
    const path = await reportFile([DOC_HEADER, PAYMENT.join(' | '), REFUND.join(' | '), ''].join('\n'));
    const rows = await readAll(path, daily);
    expect(rows).toEqual([expectedRow(PAYMENT), expectedRow(REFUND)]);
    expect(rows[1]!.money_order).toBe('-100.00');
    expect(rows[1]!.info_order).toBeUndefined();
    const net = rows.reduce((sum, r) => sum + reportMoneyToCents(r.money_order as string) + reportMoneyToCents(r.transaction_fee as string), 0n);
    expect(net).toBe(0n);
  });

  it('reads CRLF lines, cells without spaces, and ignores blank trailing lines', async () => {
    const path = await reportFile([DOC_HEADER, PAYMENT.join('|'), REFUND.join('|'), '', '  ', ''].join('\r\n') + '\r\n\n');
    expect(await readAll(path, daily)).toEqual([expectedRow(PAYMENT), expectedRow(REFUND)]);
  });

  it('reads a last line without a line break, and a file without a header line', async () => {
    const path = await reportFile(`${PAYMENT.join('|')}\n${REFUND.join('|')}`);
    expect(await readAll(path, daily)).toEqual([expectedRow(PAYMENT), expectedRow(REFUND)]);
  });

  it('yields nothing for a header-only or empty file', async () => {
    expect(await readAll(await reportFile(`${DOC_HEADER}\r\n`), daily)).toEqual([]);
    expect(await readAll(await reportFile(''), daily)).toEqual([]);
  });

  it('keeps a Chinese info_order whole when a chunk boundary falls inside a character, for every chunk size', async () => {
    const text = `${DOC_HEADER}\n${PAYMENT.join(' | ')}\n`;
    const bytes = new TextEncoder().encode(text);
    const path = await reportFile(bytes);
    // The first chunk ends after the first of the three bytes of 连 (U+8FDE).
    const splitAt = new TextEncoder().encode(text.slice(0, text.indexOf('连'))).length + 1;
    const firstChunk = (await webStream(path, splitAt).getReader().read()).value!;
    expect(firstChunk.length).toBe(splitAt);
    expect(firstChunk[splitAt - 1]).toBe(0xe8);
    expect(await readAll(path, daily, splitAt)).toEqual([expectedRow(PAYMENT)]);
    for (const size of [1, 2, 3, 7, 64, 1 << 16]) expect(await readAll(path, daily, size), `highWaterMark ${size}`).toEqual([expectedRow(PAYMENT)]);
  });

  it('reads any AsyncIterable of bytes (a Node stream) as well as a ReadableStream', async () => {
    const path = await reportFile(`${PAYMENT.join('|')}\n`);
    const rows: TransactionReportRow[] = [];
    for await (const row of parseTransactionReport(createReadStream(path), daily)) rows.push(row);
    expect(rows).toEqual([expectedRow(PAYMENT)]);
  });

  it('decodes other encodings on request (GBK)', async () => {
    const cells = [...PAYMENT.slice(0, -1).map((c) => new TextEncoder().encode(`${c}|`)), Uint8Array.of(0xc1, 0xac, 0xc1, 0xac, 0x0a)];
    const path = await reportFile(Buffer.concat(cells));
    const rows: TransactionReportRow[] = [];
    for await (const row of parseTransactionReport(webStream(path), daily, { encoding: 'gbk' })) rows.push(row);
    expect(rows[0]!.info_order).toBe('连连');
  });

  it('stops reading and closes the file when the caller stops early', async () => {
    const path = await reportFile([PAYMENT.join('|'), REFUND.join('|'), PAYMENT.join('|')].join('\n'));
    const file = createReadStream(path, { highWaterMark: 16 });
    const closed = new Promise<void>((resolve) => file.once('close', resolve));
    for await (const row of parseTransactionReport(Readable.toWeb(file) as ReadableStream<Uint8Array>, daily)) {
      expect(row.no_order).toBe('ORD20171216001');
      break;
    }
    await closed;
    expect(file.destroyed).toBe(true);
  });
});

describe('parseTransactionReport: malformed lines name the line and column, never the value', () => {
  const CARD = '6222021234567890123';
  const line = (patch: Record<number, string>) => PAYMENT.map((c, i) => patch[i] ?? c).join(' | ');

  it.each([
    ['too few cells', [line({}), PAYMENT.slice(0, 18).join('|')], 2, undefined, 'has 18 cells; expected 19 separated by "|"'],
    ['too many cells (a | inside info_order)', [line({ 18: `card ${CARD} | x` })], 1, undefined, 'has 20 cells; expected 19 separated by "|"'],
    ['one decimal place', [line({ 7: '12.3' })], 1, 8, 'must be an amount with two decimal places, like "12.30" or "-12.30"'],
    ['a float in exponent form', [line({ 9: '6.4e2' })], 1, 10, 'must be an amount with two decimal places, like "12.30" or "-12.30"'],
    ['a thousands separator', [line({ 11: '1,640.12' })], 1, 12, 'must be an amount with two decimal places, like "12.30" or "-12.30"'],
    ['an empty required cell', [line({ 0: '' })], 1, 1, 'must not be empty'],
    ['an hour 25', [line({ 2: '20171216 25:51:25' })], 1, 3, 'must be a real time as yyyyMMdd HH:mm:ss'],
    ['a compact time', [line({ 2: '20171216015125' })], 1, 3, 'must be a real time as yyyyMMdd HH:mm:ss'],
    ['30 February', [line({ 5: '20170230' })], 1, 6, 'must be a real date as yyyyMMdd'],
    ['29 February outside a leap year', [line({ 5: '21000229' })], 1, 6, 'must be a real date as yyyyMMdd'],
    ['an unknown status', [line({ 13: '9' })], 1, 14, 'must be one of 0, 5'],
    ['a lower-case currency', [line({ 6: 'usd' })], 1, 7, 'must be a three-letter currency code'],
  ])('%s', async (_, lines, lineNo, columnIndex, rule) => {
    const err = await failure([DOC_HEADER, ...lines].join('\r\n'));
    expect(err.line).toBe(lineNo + 1);
    expect(err.columnIndex).toBe(columnIndex);
    if (columnIndex) expect(err.column).toBe(daily.columns[columnIndex - 1]!.name);
    expect(err.rule).toBe(rule);
    expect(err.message).toBe(`transaction report line ${lineNo + 1}${columnIndex ? `, column ${columnIndex} (${err.column})` : ''}: ${rule}`);
  });

  it('checks the header line\'s cell count too', async () => {
    const err = await failure(`${DOC_HEADER.replace(' | info_order', '')}\n${line({})}\n`);
    expect([err.line, err.rule]).toEqual([1, 'has 18 cells; expected 19 separated by "|"']);
  });

  it('never echoes the line: a card number in a malformed line stays out of the error', async () => {
    const err = await failure(`${line({ 7: '1.5', 18: CARD })}\n`);
    expect(err.message).not.toContain(CARD);
    expect(err.message).not.toContain('1.5');
    expect(JSON.stringify(err)).not.toContain(CARD);
  });

  it('rejects bytes that are not UTF-8', async () => {
    const err = await failure(Buffer.concat([new TextEncoder().encode(`${PAYMENT.join('|')}\n`), Uint8Array.of(0xff, 0xfe, 0x0a)]));
    expect(err.rule).toBe('is not valid utf-8 text');
  });

  it('bounds memory on a file without line breaks', async () => {
    const path = await reportFile('x'.repeat(200_000));
    const run = async () => {
      for await (const _ of parseTransactionReport(webStream(path, 4096), daily, { maxLineLength: 10_000 })) void _;
    };
    await expect(run()).rejects.toThrow('transaction report line 1: is longer than 10000 characters');
  });
});

describe('parseTransactionReport: daily summary file', () => {
  it('reads the doc example 8|8|551.23|0||0| (counts as numbers, empty amounts as undefined)', async () => {
    const rows = await readAll(await reportFile('8|8|551.23|0||0|\n'), summary);
    expect(rows).toEqual([
      {
        total_transaction_count: 8,
        successful_transaction_count: 8,
        successful_transaction_amount_summary: '551.23',
        refunded_transaction_count: 0,
        refunded_transaction_amount_summary: undefined,
        canceled_transaction_count: 0,
        canceled_transaction_amount_summary: undefined,
      },
    ]);
  });

  it('reads negative refund and cancel totals, with CRLF', async () => {
    const [row] = await readAll(await reportFile('12 | 8 | 551.23 | 3 | -120.00 | 1 | -9.90\r\n'), summary);
    expect(row).toMatchObject({ refunded_transaction_count: 3, refunded_transaction_amount_summary: '-120.00', canceled_transaction_amount_summary: '-9.90' });
  });

  it.each([
    ['8|8|551.23|0||0', 'has 6 cells; expected 7 separated by "|"', undefined],
    ['8|-8|551.23|0||0|', 'must be a whole number', 2],
    ['8|8|-551.23|0||0|', 'must be an amount with two decimal places, like "12.30"', 3],
    ['8|8|551.23||||', 'must not be empty', 4],
  ])('%s → %s', async (text, rule, columnIndex) => {
    const err = await failure(`${text}\n`, summary);
    expect([err.line, err.rule, err.columnIndex]).toEqual([1, rule, columnIndex]);
  });
});

describe('report helpers', () => {
  it.each([
    ['0.00', 0n],
    ['551.23', 55123n],
    ['-120.00', -12000n],
    ['-0.05', -5n],
  ])('reportMoneyToCents(%s) = %s', (text, cents) => expect(reportMoneyToCents(text)).toBe(cents));

  it.each(['1.5', '1e3', '-', '01.00', ' 1.00'])('reportMoneyToCents rejects %j', (text) => expect(() => reportMoneyToCents(text)).toThrow(RangeError));

  it('parseReportTime reads UTC+8 and rejects impossible times', () => {
    expect(parseReportTime('20171216 01:51:25')?.toISOString()).toBe('2017-12-15T17:51:25.000Z');
    expect(parseReportTime('20240229 23:59:59')?.toISOString()).toBe('2024-02-29T15:59:59.000Z');
    expect(parseReportTime('20000229 00:00:00')?.toISOString()).toBe('2000-02-28T16:00:00.000Z');
    expect(parseReportTime('20171216 24:00:00')).toBeUndefined();
    expect(parseReportTime('20171216 01:60:00')).toBeUndefined();
    expect(parseReportTime('19000229 00:00:00')).toBeUndefined();
    expect(parseReportTime('09991216 01:51:25')).toBeUndefined();
    expect(parseReportTime('20171216T01:51:25')).toBeUndefined();
  });
});
