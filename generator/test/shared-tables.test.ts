/**
 * emitSharedTables: spec fragments in, TypeScript out. The emitted files are also
 * compiled with tsc (strict, next to a copy of generator/runtime) and imported, so
 * what users get is checked as code, not only as text.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidationError } from '../runtime/1-errors-encoding/errors/validation-error.ts';
import { emitSharedTables, parseCondition, reportFileFormats, riskGroupRules } from '../src/emit/shared-tables.ts';
import { loadSpec } from '../src/load/load-spec.ts';
import type { SharedTables, SpecField } from '../src/load/spec-types.ts';
import { REPO } from './_repo.ts';

const field = (name: string, extra: Partial<SpecField> = {}): SpecField => ({ name, presence: 'required', type: 'string', description: `About ${name}.`, ...extra });
const riskTable = (groups: { id: string; fields: SpecField[] }[]): NonNullable<SharedTables['riskItem']> => ({
  title: 'Payment Risk',
  doc: 'docs/payment-risk-item.md',
  groups: groups.map((g) => ({ ...g, title: g.id })),
});

describe('emitSharedTables: fragment → output', () => {
  it.each<[string, SharedTables, string, string[]]>([
    [
      'a return code, its Chinese msg and our description (quotes escaped)',
      { returnCodes: { title: 'Return Codes', doc: 'docs/return-codes.md', codes: [{ code: '1004', msg: '商户请求参数校验错误（具体参数名）', description: "LianLian's check failed." }] } },
      'return-codes.ts',
      [
        '/** 商户请求参数校验错误（具体参数名）: LianLian\'s check failed. */',
        "  '1004': { msg: '商户请求参数校验错误（具体参数名）', description: 'LianLian\\'s check failed.' },",
        '} as const;',
        'export type ReturnCode = keyof typeof RETURN_CODES;',
        'export function describeReturnCode(code: string): {',
        '[Doc page](https://lianlianpay.gitbook.io/docs/docs/return-codes)',
      ],
    ],
    [
      'a currency',
      { currencies: { title: 'Supported Currencies', doc: 'docs/supported-currencies.md', currencies: [{ code: 'CNY', name: 'Chinese Yuan, also called Renminbi' }] } },
      'currencies.ts',
      ["  CNY: { name: 'Chinese Yuan, also called Renminbi' },", 'export type Currency = keyof typeof CURRENCIES;', 'export function isCurrency(code: string): code is Currency {'],
    ],
    [
      'risk groups: basic required, others Partial; enums as unions; conditions in JSDoc and in the check data',
      {
        riskItem: riskTable([
          { id: 'basic', fields: [field('frms_ware_category', { format: 'digits' })] },
          {
            id: 'game',
            fields: [
              field('game_id_belongs', { enum: [{ value: '1', label: 'own account' }, { value: '2', label: 'another account' }] }),
              field('game_id', { presence: 'conditional', condition: 'game_id_belongs is 2', description: 'Account id */ topped up.' }),
            ],
          },
        ]),
      },
      'risk-item.ts',
      [
        'export interface BasicRiskItem {',
        '  /** About frms_ware_category. Format: digits only. */\n  frms_ware_category: string;',
        "  game_id_belongs: '1' | '2';",
        '  /** Account id *\\/ topped up. Needed when: game_id_belongs is 2. */\n  game_id?: string;',
        'export type RiskItem = BasicRiskItem & Partial<GameRiskItem>;',
        '"conditions": [\n      {\n        "field": "game_id",\n        "when": "game_id_belongs",\n        "values": [\n          "2"\n        ]',
        "import { canonicalJson, validateParams } from './runtime/4-operations/validate.ts';",
        'export function riskItem(fields: RiskItem): string {',
      ],
    ],
    [
      'a list group: an item interface and a readonly array',
      { riskItem: riskTable([{ id: 'airline', fields: [field('airline_list', { type: 'list', items: [field('passenger_name', { sensitive: true }), field('dt_flight', { format: 'date8' })] })] }]) },
      'risk-item.ts',
      ['export interface AirlineListItem {', '  dt_flight: string;', '  airline_list: readonly AirlineListItem[];', 'export type RiskItem = Partial<AirlineRiskItem>;', '"sensitive": true'],
    ],
    [
      'a report file: columns as data, a row type per file',
      {
        transactionReport: {
          title: 'Transaction Report',
          doc: 'docs/transaction-report.md',
          files: [
            {
              id: 'dailySummary',
              title: 'Daily summary report file',
              fileName: 'JYMXSUM_{oid_partner}_{settle_date}.txt',
              separator: '|',
              columns: [field('total_transaction_count', { type: 'integer' }), field('refunded_transaction_amount_summary', { presence: 'optional', format: 'signed-money' })],
            },
          ],
        },
      },
      'transaction-report-format.ts',
      [
        "import type { ReportFileFormat, TransactionReportRow } from './runtime/1-errors-encoding/transaction-report.ts';",
        '  /** Daily summary report file: `JYMXSUM_{oid_partner}_{settle_date}.txt`, 2 columns. */\n  dailySummary: {',
        '"header": false',
        '"name": "refunded_transaction_amount_summary",\n        "presence": "optional",\n        "type": "string",\n        "format": "signed-money"',
        '} as const satisfies Record<string, ReportFileFormat>;',
        "export type DailySummaryReportRow = TransactionReportRow<(typeof TRANSACTION_REPORT_FORMATS)['dailySummary']>;",
      ],
    ],
  ])('%s', (_, shared, file, pieces) => {
    const files = emitSharedTables(shared);
    expect([...files.keys()]).toEqual([file]);
    const text = files.get(file)!;
    for (const piece of pieces) expect(text).toContain(piece);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('emits nothing for tables the spec does not have', () => {
    expect(emitSharedTables({}).size).toBe(0);
  });

  it('is deterministic', async () => {
    const { shared } = await loadSpec(join(REPO, 'spec'));
    expect([...emitSharedTables(shared)]).toEqual([...emitSharedTables(shared)]);
  });
});

describe('parseCondition: only "<sibling> is <value>[ or <value>]" is checked at run time', () => {
  const siblings = [field('game_id_belongs'), field('frms_client_chnl')];
  it.each([
    ['game_id_belongs is 2', { when: 'game_id_belongs', values: ['2'] }],
    ['frms_client_chnl is 10 or 16', { when: 'frms_client_chnl', values: ['10', '16'] }],
    ['the ticket is a flight ticket', undefined],
    ['the merchant holds the user\'s phone number', undefined],
    ['virtual_goods_status is 1', undefined],
    [undefined, undefined],
  ])('%j → %j', (condition, expected) => expect(parseCondition(condition, siblings)).toEqual(expected));
});

describe('riskGroupRules: when a group counts as sent', () => {
  it('a group is triggered by the fields only it has; a group with none of its own by any of its fields', () => {
    const rules = riskGroupRules(
      riskTable([
        { id: 'basic', fields: [field('goods_name')] },
        { id: 'delivery', fields: [field('delivery_phone'), field('goods_count')] },
        { id: 'ticketing', fields: [field('cinema_name'), field('book_phone'), field('goods_count')] },
        { id: 'tourist', fields: [field('book_phone')] },
      ]),
    );
    expect(rules.map((g) => [g.id, g.always, g.trigger])).toEqual([
      ['basic', true, ['goods_name']],
      ['delivery', false, ['delivery_phone']],
      ['ticketing', false, ['cinema_name']],
      ['tourist', false, ['book_phone']],
    ]);
  });
});

describe('reportFileFormats', () => {
  const file = (columns: SpecField[]) => ({ title: 'T', doc: 'docs/transaction-report.md', files: [{ id: 'daily', title: 'd', fileName: 'x.txt', separator: '|', header: true, columns }] });
  it('keeps what the parser checks: enum values (not labels), formats, presence', () => {
    expect(reportFileFormats(file([field('transaction_status', { enum: [{ value: '0', label: 'Successful' }, { value: '5', label: 'Refunded' }] })]))[0]!.columns).toEqual([
      { name: 'transaction_status', presence: 'required', type: 'string', enum: ['0', '5'] },
    ]);
  });
  it.each([
    [field('x', { type: 'list' }), 'transaction report daily.x: a report cell cannot be a list'],
    [field('x', { format: 'url' }), 'transaction report daily.x: format url is not a report cell format'],
  ])('rejects a column the parser cannot read: %j', (column, message) => expect(() => reportFileFormats(file([column]))).toThrow(message));
});

describe('the emitted files of the real spec, as code', () => {
  let dir: string;
  let riskItem: (fields: unknown) => string;
  let describeReturnCode: (code: string) => { msg: string; description: string } | undefined;
  let RETURN_CODES: Record<string, { msg: string }>;
  let CURRENCIES: Record<string, { name: string }>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lianlian-shared-'));
    await cp(join(REPO, 'generator/runtime'), join(dir, 'runtime'), { recursive: true });
    for (const [name, text] of emitSharedTables((await loadSpec(join(REPO, 'spec'))).shared)) await writeFile(join(dir, name), text);
    ({ riskItem } = await import(join(dir, 'risk-item.ts')));
    ({ describeReturnCode, RETURN_CODES } = await import(join(dir, 'return-codes.ts')));
    ({ CURRENCIES } = await import(join(dir, 'currencies.ts')));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('type-checks under the repo\'s strict settings, and the types catch misuse', async () => {
    // A consumer: each @ts-expect-error must be needed, so a type that got looser fails tsc.
    await writeFile(
      join(dir, 'consumer.ts'),
      [
        "import { riskItem } from './risk-item.ts';",
        "import { TRANSACTION_REPORT_FORMATS, type DailyReportRow, type DailySummaryReportRow } from './transaction-report-format.ts';",
        "import { parseTransactionReport } from './runtime/1-errors-encoding/transaction-report.ts';",
        "import { describeReturnCode, type ReturnCode } from './return-codes.ts';",
        "import type { Currency } from './currencies.ts';",
        "const basic = { frms_ware_category: '2009', user_info_mercht_userno: 'u1', user_info_dt_register: '20240102030405', goods_name: 'Tea' };",
        "riskItem({ ...basic, game_id_belongs: '2', game_id: 'g1' });",
        '// @ts-expect-error the sample\'s typo is not a field',
        "riskItem({ frms_ware_category: '2009', user_info_mercht_userno: 'u1', user_info_dt_registe: '20240102030405', goods_name: 'Tea' });",
        '// @ts-expect-error frms_client_chnl is 10, 13 or 16',
        "riskItem({ ...basic, frms_client_chnl: '11', frms_ip_addr: '1.2.3.4' });",
        "export const ok: ReturnCode = '0000';",
        '// @ts-expect-error not a documented code',
        "export const bad: ReturnCode = '0001';",
        "export const cny: Currency = 'CNY';",
        'export const msg: string | undefined = describeReturnCode(ok)?.msg;',
        'export async function sum(body: ReadableStream<Uint8Array>): Promise<number> {',
        '  let n = 0;',
        '  for await (const row of parseTransactionReport(body, TRANSACTION_REPORT_FORMATS.daily)) {',
        '    const r: DailyReportRow = row;',
        "    const status: '0' | '5' = r.transaction_status;",
        '    const amount: string = r.money_order;',
        '    // @ts-expect-error info_order may be empty',
        '    const info: string = r.info_order;',
        '    n += amount.length + status.length + info.length;',
        '  }',
        '  for await (const row of parseTransactionReport(body, TRANSACTION_REPORT_FORMATS.dailySummary)) {',
        '    const s: DailySummaryReportRow = row;',
        '    n += s.total_transaction_count;',
        '  }',
        '  return n;',
        '}',
        '',
      ].join('\n'),
    );
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(REPO, 'tsconfig.base.json'), compilerOptions: { noEmit: true, types: [] }, include: ['*.ts'] }),
    );
    const tsc = join(REPO, 'generator/node_modules/.bin/tsc');
    const run = await promisify(execFile)(tsc, ['-p', join(dir, 'tsconfig.json')]).catch((e: { stdout: string; code: number }) => e);
    expect(run.stdout).toBe('');
  });

  it('return codes: Chinese ret_msg as documented; unknown and prototype names are not codes', () => {
    expect(Object.keys(RETURN_CODES)).toHaveLength(140);
    expect(describeReturnCode('1001')?.msg).toBe('商户请求签名错误');
    expect(describeReturnCode('9990')?.msg).toBe('银行交易出错，{银行返回的错误信息}，请稍后重试');
    expect(describeReturnCode('3006')?.msg).toBe('用户不存在');
    expect(describeReturnCode('0001')).toBeUndefined();
    expect(describeReturnCode('toString')).toBeUndefined();
    const copy = describeReturnCode('0000')!;
    copy.msg = 'changed';
    expect(describeReturnCode('0000')!.msg).toBe('交易成功');
    expect(Object.keys(CURRENCIES)).toEqual(['AUD', 'CNY', 'DKK', 'EUR', 'GBP', 'HKD', 'JPY', 'NZD', 'SEK', 'SGD', 'USD']);
  });

  const basic = { frms_ware_category: '1002', user_info_mercht_userno: 'u1', user_info_dt_register: '20180206143300', goods_name: 'Tea' };
  const ticket = { airline_code: 'CA', passenger_country: 'CN', passenger_idcard_type: '0', passenger_idcard: '110101199001011234', passenger_name: 'Li', passenger_phone: '1380000****', dt_flight: '20240229', airport_to: 'PEK' };

  it('riskItem: the doc\'s sample (with the table\'s field name) gives sorted, compact JSON', () => {
    const sample = {
      frms_ware_category: '1002',
      user_info_mercht_userno: 'u1',
      user_info_mercht_userlogin: '',
      user_info_mail: '',
      user_info_bind_phone: '13800000000',
      user_info_mercht_usertype: '',
      user_info_dt_register: '20180206143300',
      user_info_register_ip: '',
      user_info_full_name: 'Zhang San',
      user_info_id_type: '0',
      user_info_id_no: '110101199001011234',
      user_info_identify_state: '0',
      user_info_identify_type: '4',
      goods_name: 'Tea',
    };
    expect(riskItem(sample)).toBe(
      '{"frms_ware_category":"1002","goods_name":"Tea","user_info_bind_phone":"13800000000","user_info_dt_register":"20180206143300","user_info_full_name":"Zhang San",' +
        '"user_info_id_no":"110101199001011234","user_info_id_type":"0","user_info_identify_state":"0","user_info_identify_type":"4","user_info_mail":"",' +
        '"user_info_mercht_userlogin":"","user_info_mercht_userno":"u1","user_info_mercht_usertype":"","user_info_register_ip":""}',
    );
    expect(riskItem({ ...basic, airline_list: [ticket] })).toBe(
      '{"airline_list":[{"airline_code":"CA","airport_to":"PEK","dt_flight":"20240229","passenger_country":"CN","passenger_idcard":"110101199001011234",' +
        '"passenger_idcard_type":"0","passenger_name":"Li","passenger_phone":"1380000****"}],"frms_ware_category":"1002","goods_name":"Tea",' +
        '"user_info_dt_register":"20180206143300","user_info_mercht_userno":"u1"}',
    );
    expect(riskItem({ goods_name: 'Tea', user_info_dt_register: '20180206143300', user_info_mercht_userno: 'u1', frms_ware_category: '1002', game_id: undefined })).toBe(riskItem(basic));
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['basic field missing', { ...basic, goods_name: undefined }, 'goods_name', 'is required'],
    ['the sample\'s typo', { ...basic, user_info_dt_registe: '20180206143300' }, 'user_info_dt_registe', 'is not a risk_item field (payment-risk-item.md)'],
    ['a group sent in part', { ...basic, frms_ip_addr: '1.2.3.4' }, 'frms_client_chnl', 'is required with the api parameters'],
    ['a condition (game_id_belongs is 2)', { ...basic, game_id_belongs: '2' }, 'game_id', 'is required when game_id_belongs is 2'],
    ['a condition (mobile app → IMEI)', { ...basic, frms_client_chnl: '10', frms_ip_addr: '1.2.3.4' }, 'frms_imei', 'is required when frms_client_chnl is 10'],
    ['a condition (virtual goods → amount)', { ...basic, delivery_full_name: 'Li', delivery_addr_province: '43', delivery_addr_city: '4301', delivery_phone: '1', logistics_mode: '2', delivery_cycle: '24h', goods_count: '1', virtual_goods_status: '1' }, 'virtual_goods_amount', 'is required when virtual_goods_status is 1'],
    ['a field two groups share, alone', { ...basic, goods_count: '2' }, 'goods_count', "belongs to the delivery or ticketing group; send that group's required fields too"],
    ['tourist fields sent in part', { ...basic, book_phone: '1' }, 'cinema_addr_province', 'is required with the tourist parameters'],
    ['an enum value', { ...basic, game_id_belongs: '3' }, 'game_id_belongs', 'must be one of 1, 2 (got "3")'],
    ['a datetime14', { ...basic, user_info_dt_register: '20180230143300' }, 'user_info_dt_register', 'must be a real time as yyyyMMddHHmmss (UTC+8)'],
    ['an empty list', { ...basic, airline_list: [] }, 'airline_list', 'must have at least one item'],
    ['a list item field', { ...basic, airline_list: [ticket, { ...ticket, passenger_name: undefined }] }, 'airline_list[1].passenger_name', 'is required'],
    ['a list item date', { ...basic, airline_list: [{ ...ticket, dt_flight: '2024-02-29' }] }, 'airline_list[0].dt_flight', 'must be a real date as yyyyMMdd'],
    ['a number for a string', { ...basic, game_id_belongs: 2 }, 'game_id_belongs', 'must be a string, got number'],
    ['not an object', [] as unknown as Record<string, unknown>, 'risk_item', 'must be an object of risk_item fields'],
  ])('riskItem rejects %s', (_, fields, name, rule) => {
    let error: unknown;
    try {
      riskItem(fields);
    } catch (err) {
      error = err;
    }
    // The emitted file imports its own copy of the runtime, so match by name and shape.
    expect(error).toBeInstanceOf(Error);
    expect((error as ValidationError).name).toBe('ValidationError');
    expect([(error as ValidationError).operation, (error as ValidationError).field, (error as ValidationError).rule]).toEqual(['risk_item', name, rule]);
  });
});
