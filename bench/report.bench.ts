/**
 * Transaction report parser: throughput and memory on a 1 GiB daily report.
 *
 * Writes a JYMX daily file (transaction-report.md layout, 19 columns, one refund
 * in ten, Chinese info_order) to a temporary directory as a stream, then parses
 * it in fresh Node processes through a file ReadableStream. Each measured process
 * runs plain `node` on an esbuild bundle of the runtime parser, so neither tsx nor
 * the spec loader sits in its memory. Peak RSS is sampled every 50 ms
 * (`process.memoryUsage().rss`) and read back from `process.resourceUsage().maxRSS`.
 *
 *   pnpm --filter @lianlian-sdk/bench exec tsx report.bench.ts        # 1 GiB
 *   REPORT_BENCH_BYTES=100000000 … tsx report.bench.ts                  # smaller file
 */
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { reportFileFormats } from '../generator/src/emit/shared-tables.ts';
import { loadSpec } from '../generator/src/load/load-spec.ts';
import { machine } from './_harness.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_BYTES = Number(process.env.REPORT_BENCH_BYTES ?? 2 ** 30);
const MB = 1e6;

/** The measured program: parse (or only read) the file, sample RSS, print one JSON line. */
const CHILD = `
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parseTransactionReport } from './generator/runtime/1-errors-encoding/transaction-report.ts';

const [mode, file, formatFile] = process.argv.slice(2);
const format = JSON.parse(readFileSync(formatFile, 'utf8'));
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const body = Readable.toWeb(createReadStream(file));
const start = performance.now();
let rows = 0;
let check = 0;
if (mode === 'read') {
  for await (const chunk of body) { rows++; check += chunk.length; }
} else {
  for await (const row of parseTransactionReport(body, format)) { rows++; check += row.money_order.length; }
}
const ms = performance.now() - start;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ rows, check, ms, peakRss: peak, maxRss: process.resourceUsage().maxRSS * 1024 }));
`;

interface Measure {
  rows: number;
  ms: number;
  peakRss: number;
  maxRss: number;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lianlian-report-bench-'));
  try {
    const spec = await loadSpec(join(REPO, 'spec'));
    const daily = reportFileFormats(spec.shared.transactionReport!).find((f) => f.id === 'daily')!;
    const formatFile = join(dir, 'daily.json');
    await writeFile(formatFile, JSON.stringify(daily));
    const program = join(dir, 'parse.mjs');
    await build({ stdin: { contents: CHILD, resolveDir: REPO, loader: 'ts', sourcefile: 'parse.ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: program, logLevel: 'error' });

    const file = join(dir, 'JYMX_201301221000001001_20240101.txt');
    const t0 = performance.now();
    const written = await writeReport(file, TARGET_BYTES);
    const genS = (performance.now() - t0) / 1000;
    const bytes = (await stat(file)).size;

    const run = async (args: string[], mode: 'read' | 'parse'): Promise<Measure> => {
      const { stdout } = await promisify(execFile)(process.execPath, [...args, program, mode, file, formatFile], { maxBuffer: 1 << 20 });
      return JSON.parse(stdout) as Measure;
    };
    const cases: [string, string, Measure][] = [
      ['fs ReadableStream, no parsing (floor)', 'node', await run([], 'read')],
      ['parseTransactionReport', 'node', await run([], 'parse')],
      ['parseTransactionReport', 'node --max-old-space-size=96', await run(['--max-old-space-size=96'], 'parse')],
    ];
    for (const [, , m] of cases.slice(1))
      if (m.rows !== written) throw new Error(`parsed ${m.rows} rows, wrote ${written}`);

    console.log(`## Transaction report parser (${(bytes / MB).toFixed(0)} MB daily file, ${written.toLocaleString('en-US')} rows)\n`);
    console.log(`${machine()}; file written in ${genS.toFixed(1)} s\n`);
    console.log('| case | command | time (s) | MB/s | peak RSS, sampled (MB) | max RSS (MB) |');
    console.log('|---|---|---:|---:|---:|---:|');
    for (const [name, cmd, m] of cases)
      console.log(`| ${name} | \`${cmd}\` | ${(m.ms / 1000).toFixed(1)} | ${(bytes / MB / (m.ms / 1000)).toFixed(0)} | ${(m.peakRss / MB).toFixed(0)} | ${(m.maxRss / MB).toFixed(0)} |`);
    console.log('\nMB = 10^6 bytes. Target: peak RSS under 100 MB whatever the file size.');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Streams a daily report of at least `target` bytes to `path` (header line as the
 * docs print it, then rows; every tenth row refunds the one before it). Returns
 * the number of data rows.
 */
async function writeReport(path: string, target: number): Promise<number> {
  const out = createWriteStream(path);
  let failed: unknown;
  out.on('error', (err) => (failed = err));
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => (failed ? reject(failed) : out.write(text) ? resolve() : out.once('drain', resolve)));
  const header =
    'no_order | oid_partner | dt_order | busi_partner | oid_paybill | settle_date | currency_order | money_order | currenty_pay | money_pay | currency_settle | money_settle | exchange_rate | transaction_status | dt_update | transaction_fee | pay_product | pay_type | info_order  \r\n';
  const goods = ['连连支付测试商品', 'Tea set', '跨境电商订单-服装', 'Online course 在线课程', '机票 PEK-SHA', ''];
  let bytes = Buffer.byteLength(header);
  let rows = 0;
  await write(header);
  while (bytes < target) {
    let batch = '';
    for (let i = 0; i < 4096 && bytes < target; i++, rows++) {
      const refund = rows % 10 === 9;
      const n = refund ? rows - 1 : rows;
      const cents = 100 + ((n * 7919) % 9_999_900);
      const sign = refund ? '-' : '';
      const money = `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      const fee = `${sign}${Math.floor(cents / 10_000)}.${String(Math.floor(cents / 100) % 100).padStart(2, '0')}`;
      const second = String(n % 60).padStart(2, '0');
      const line =
        [
          `ORD${String(n).padStart(12, '0')}`, '201301221000001001', `20240101 12:34:${second}`, '101001',
          refund ? `ORD${String(n).padStart(12, '0')}` : `2024010${String(n).padStart(10, '0')}`, refund ? '20240102' : '20240101',
          'CNY', money, 'CNY', money, 'CNY', money, '1.0000', refund ? '5' : '0', `20240101 12:35:${second}`, fee, '1', 'D',
          goods[n % goods.length],
        ].join(' | ') + '\r\n';
      batch += line;
      bytes += Buffer.byteLength(line);
    }
    await write(batch);
  }
  await new Promise<void>((resolve) => out.end(resolve));
  if (failed) throw failed;
  return rows;
}

await main();
