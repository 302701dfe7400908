import { describe, expect, it } from 'vitest';
import type { FieldFacts } from '../../src/diff/operation-facts.ts';
import { parseCaption, type Caption } from '../../src/docs/captions.ts';
import type { TableBlock } from '../../src/docs/page-model.ts';
import { pageOperations } from '../../src/docs/page-operations.ts';
import { readMarkdownPage } from '../../src/docs/read-markdown-page.ts';

const HEADER = '|Name|Required|Type|Description|\n|:---|:---|:---|:---|';

/** A one-table API page around `rows`, read and mapped like any docs page. */
function requestFields(rows: string): FieldFacts[] {
  const page = readMarkdownPage('docs/x.md', `# X API\n\n## Request\n\n###### Endpoint\n\n\`\`\`html\nhttps://x.lianlianpay.com/x.htm\n\`\`\`\n\n###### Parameters\n\n${HEADER}\n${rows}\n`);
  return [...(pageOperations(page).operations[0]?.facts.request ?? [])];
}

/** The facts of one row, without the docs' description. */
function facts(row: string): Omit<FieldFacts, 'description'> {
  const [field] = requestFields(row);
  if (!field) throw new Error(`no field read from ${row}`);
  const { description: _d, ...rest } = field;
  return rest;
}

describe('markdown table rows → field facts', () => {
  const table: [string, { given: string; want: Omit<FieldFacts, 'description'> }][] = [
    ['String(N) is a max length', { given: '|user_id|Required|String(32)|The user.|', want: { name: 'user_id', presence: 'required', type: 'string', maxLength: 32 } }],
    ['String without a length', { given: '|sign|Required|String|Signature value, refer to [signature document](signature.md)|', want: { name: 'sign', presence: 'required', type: 'string' } }],
    ['String(15~19): the upper bound', { given: '|card_no|Optional|String(15~19)| The masked number. E.g. 622208*********0000 |', want: { name: 'card_no', presence: 'optional', type: 'string', maxLength: 19 } }],
    ['trailing spaces in the type cell', { given: '|bank_code|Required|String(8) | The bank short code |', want: { name: 'bank_code', presence: 'required', type: 'string', maxLength: 8 } }],
    ['Int is an integer', { given: '|valid_order|Optional|Int|Default: 10080 (7 days). |', want: { name: 'valid_order', presence: 'optional', type: 'integer' } }],
    ['List', { given: '|aggrement_list|Optional|List| A list of ```no_agree``` |', want: { name: 'aggrement_list', presence: 'optional', type: 'list' } }],
    ['Fixed value with a code span', { given: '|api_version|Required|String(6)|Fixed value, ```2.1```|', want: { name: 'api_version', presence: 'required', type: 'string', maxLength: 6, fixed: '2.1' } }],
    ['Fixed value: with a colon', { given: '|api_version|Optional|String(6)| Fixed value: 1.0|', want: { name: 'api_version', presence: 'optional', type: 'string', maxLength: 6, fixed: '1.0' } }],
    ['Fixed value, RSA', { given: '|sign_type|Required|String(3)|Fixed value, RSA|', want: { name: 'sign_type', presence: 'required', type: 'string', maxLength: 3, fixed: 'RSA' } }],
    ['a bare version is fixed', { given: '|api_version|Required|String(6)|1.1|', want: { name: 'api_version', presence: 'required', type: 'string', maxLength: 6, fixed: '1.1' } }],
    [
      'Fixed value listing labelled choices is an enum',
      {
        given: '|busi_partner|Required|String(6)|Fixed value. Virtual products, ```101001```; Physical products, ```109001```|',
        want: { name: 'busi_partner', presence: 'required', type: 'string', maxLength: 6, enum: [{ value: '101001', label: 'Virtual products' }, { value: '109001', label: 'Physical products' }] },
      },
    ],
    ['a lone code is the only value', { given: '|sign_type|Required|String(3)|RSA |', want: { name: 'sign_type', presence: 'required', type: 'string', maxLength: 3, enum: [{ value: 'RSA', label: 'RSA' }] } }],
    [
      'A or B',
      { given: '|sign_type|Required|String(3)|RSA or SHA256withRSA|', want: { name: 'sign_type', presence: 'required', type: 'string', maxLength: 3, enum: [{ value: 'RSA', label: 'RSA' }, { value: 'SHA256withRSA', label: 'SHA256withRSA' }] } },
    ],
    [
      '<br> enum',
      {
        given: '|card_type|Required|String(1) | 2, debit card <br> 3, credit card|',
        want: { name: 'card_type', presence: 'required', type: 'string', maxLength: 1, enum: [{ value: '2', label: 'debit card' }, { value: '3', label: 'credit card' }] },
      },
    ],
    [
      '<br> enum after a sentence',
      {
        given: '|pay_type|Required|String| The payment method used in this transaction. <br>2, Quick payment - Debit card <br> 3, Quick payment - Credit card <br> P, New Authenticate Payment|',
        want: {
          name: 'pay_type',
          presence: 'required',
          type: 'string',
          enum: [
            { value: '2', label: 'Quick payment - Debit card' },
            { value: '3', label: 'Quick payment - Credit card' },
            { value: 'P', label: 'New Authenticate Payment' },
          ],
        },
      },
    ],
    [
      '<br> enum without a space after the comma',
      {
        given: '|pay_type|Required|String| The payment method used in this transaction. <br>M,easypay payment (regular payments) <br> F,easypay payment( authorization)|',
        want: { name: 'pay_type', presence: 'required', type: 'string', enum: [{ value: 'M', label: 'easypay payment (regular payments)' }, { value: 'F', label: 'easypay payment( authorization)' }] },
      },
    ],
    [
      '<br> enum with " - " labels',
      {
        given: '|result_pay|Optional|String| Payment result. <br> SUCCESS - Payment proceed successfully <br> PROCESSING -  Payment is processing.|',
        want: { name: 'result_pay', presence: 'optional', type: 'string', enum: [{ value: 'SUCCESS', label: 'Payment proceed successfully' }, { value: 'PROCESSING', label: 'Payment is processing' }] },
      },
    ],
    [
      '<br> enum with full-width colons',
      {
        given: '|client_chnl|Optional|String|client type<br>10：APP<br>13：PC|',
        want: { name: 'client_chnl', presence: 'optional', type: 'string', enum: [{ value: '10', label: 'APP' }, { value: '13', label: 'PC' }] },
      },
    ],
    [
      '<br> enum numbered "1.Label"',
      {
        given: '|flag_card|Required|String(1)|Flag of the card type.<br>1.Personal debit card<br>2.Business bank settlement accounts|',
        want: { name: 'flag_card', presence: 'required', type: 'string', maxLength: 1, enum: [{ value: '1', label: 'Personal debit card' }, { value: '2', label: 'Business bank settlement accounts' }] },
      },
    ],
    [
      '<br> values without labels',
      {
        given: '|result_pay|Required|String| Payment result. <br> SUCCESS  <br> PROCESSING <br> WAITING|',
        want: { name: 'result_pay', presence: 'required', type: 'string', enum: ['SUCCESS', 'PROCESSING', 'WAITING'].map((v) => ({ value: v, label: v })) },
      },
    ],
    [
      '"support A, B and C"',
      {
        given: '|charset_name|Required|String(18)|Encoding format of merchat website,support UTF-8(default),GBK,GB2312 and GB18030.|',
        want: { name: 'charset_name', presence: 'required', type: 'string', maxLength: 18, enum: ['UTF-8', 'GBK', 'GB2312', 'GB18030'].map((v) => ({ value: v, label: v })) },
      },
    ],
    ['ret_code examples are not an enum', { given: '|ret_code|Required|String(4)|Refer to [return codes](return-codes.md)<br>8888, need to verify card binding request.|', want: { name: 'ret_code', presence: 'required', type: 'string', maxLength: 4 } }],
    ['"E.g. SUCCESS" is not an enum', { given: '|result_pay|Required|String| Payment result. E.g. SUCCESS|', want: { name: 'result_pay', presence: 'required', type: 'string' } }],
    ['a date pattern after "Format:" is not an enum', { given: '|dt_order|Required|String(14)|Merchant order date. Format: YYYYMMDDHHMMSS, E.g. 20170801225714|', want: { name: 'dt_order', presence: 'required', type: 'string', maxLength: 14, format: 'datetime14' } }],
    ['an amount range is not an enum', { given: '|money_order|Required|String(12)|Merchant order amount, range: 0.01 ~ 100,000,000.00, 2 decimal places are expected, in CNY|', want: { name: 'money_order', presence: 'required', type: 'string', maxLength: 12, format: 'money' } }],
    ['"Format YYYYMMDD" is a date', { given: '|settle_date|Optional|String(8)| Format YYYYMMDD. Returns when payment is successful|', want: { name: 'settle_date', presence: 'optional', type: 'string', maxLength: 8, format: 'date8' } }],
    ['"in json format" is a JSON string', { given: '|risk_item|Required|String| all required parameters should be included in the value of ```risk_item``` in json format|', want: { name: 'risk_item', presence: 'required', type: 'string', format: 'json-string' } }],
    ['*_url is a URL', { given: '|notify_url|Required|String(128)|Online url where asynchronous notification should be sent|', want: { name: 'notify_url', presence: 'required', type: 'string', maxLength: 128, format: 'url' } }],
    ['currency_* is a currency', { given: '|currency_order|Required|String(3)|The currency used in the transaction.|', want: { name: 'currency_order', presence: 'required', type: 'string', maxLength: 3, format: 'currency' } }],
    [
      '"Required for …" in the Required column is a condition',
      {
        given: '|bank_code|Required for business bank settlement accounts.|String(18)|The bank short code of used card. |',
        want: { name: 'bank_code', presence: 'conditional', condition: 'Required for business bank settlement accounts', type: 'string', maxLength: 18 },
      },
    ],
    [
      '"not involved in signature" marks an unsigned field',
      { given: '|bank_name|Optional|String(32)| Name of banks. This filed is not involved in [signature](signature.md)|', want: { name: 'bank_name', presence: 'optional', type: 'string', maxLength: 32, unsigned: true } },
    ],
    ['"Required for …" in the description leaves the column\'s presence', { given: '|vali_date|Optional|String| The expire date of credit card. Required for credit card|', want: { name: 'vali_date', presence: 'optional', type: 'string' } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(facts(given)).toEqual(want);
  });

  it('keeps the docs description as the website shows it (markup flattened)', () => {
    const [field] = requestFields('|platform|Optional|String(32)|Used between several ```oid_partner```, see [Binding Card](easypay.md) *now*|');
    expect(field?.description).toBe('Used between several oid_partner, see Binding Card now');
  });

  it('keeps the first of two rows with one name, and warns', () => {
    const page = readMarkdownPage('docs/x.md', `# X\n###### Endpoint\n\`\`\`\nhttps://x.lianlianpay.com/x\n\`\`\`\n## Request\n${HEADER}\n|risk_item|Required|String|in json format|\n|risk_item|Optional|String|again|\n`);
    const [op] = pageOperations(page).operations;
    expect(op?.facts.request.map((f) => f.presence)).toEqual(['required']);
    expect(op?.warnings).toEqual(['docs/x.md: request lists risk_item twice; the first row counts']);
  });
});

describe('table captions', () => {
  const table: [string, { given: string | undefined; want: Caption }][] = [
    ['returned only when, code span flattened', { given: 'The following parameters are returned only when ret_code=0000:', want: { kind: 'when', field: 'ret_code', values: ['0000'] } }],
    ['returned only when another field', { given: 'The following parameters are returned only when result_pay=SUCCESS:', want: { kind: 'when', field: 'result_pay', values: ['SUCCESS'] } }],
    ['list members', { given: 'Below parameters are included in agreement_list:', want: { kind: 'items', of: 'agreement_list' } }],
    ['other prose', { given: 'In case there are several goods for one order, please send following parameters in a list.', want: { kind: 'none' } }],
    ['no caption', { given: undefined, want: { kind: 'none' } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(parseCaption(given)).toEqual(want);
  });

  it('reads a table with the headings above it and its caption', () => {
    const page = readMarkdownPage('docs/x.md', `# T\n## Response\n###### Parameters\n${HEADER}\n|ret_code|Required|String(4)|x|\n\nThe following parameters are returned only when \`\`\`ret_code=0000\`\`\`:\n\n${HEADER}\n|token|Optional|String|y|\n`);
    const tables = page.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => ({ headings: t.headings, caption: t.caption }))).toEqual([
      { headings: ['T', 'Response', 'Parameters'], caption: undefined },
      { headings: ['T', 'Response', 'Parameters'], caption: 'The following parameters are returned only when ret_code=0000:' },
    ]);
  });
});

describe('page → operations', () => {
  it('maps request, response, groups (merged across ret_codes) and list items', () => {
    const page = readMarkdownPage(
      'docs/q.md',
      [
        '# Query API',
        '## Request',
        '###### Endpoint',
        '```html\r\nhttps://queryapi.lianlianpay.com/q.htm\r\n```',
        '###### Request Parameters',
        HEADER,
        '|user_id|Required|String(32)|The user|',
        '## Response',
        '###### Parameters',
        HEADER,
        '|ret_code|Required|String(4)|Return code|',
        'The following parameters are returned only when ```ret_code=8888```:',
        '',
        HEADER,
        '|token|Optional|String|t|',
        '|no_order|Required|String(32)|n|',
        'The following parameters are returned only when ```ret_code=0000```:',
        '',
        HEADER,
        '|no_order|Required|String(32)|n|',
        '|aggrement_list|Optional|List|l|',
        'Below parameters are included in ```agreement_list```:',
        '',
        HEADER,
        '|card_no|Required|String(4)|c|',
      ].join('\n'),
    );
    const [op] = pageOperations(page).operations;
    const names = (fields: readonly FieldFacts[] | undefined) => (fields ?? []).map((f) => f.name);
    expect(op?.facts.endpoint).toBe('https://queryapi.lianlianpay.com/q.htm');
    expect(op?.facts.kind).toBe('api');
    expect(names(op?.facts.request)).toEqual(['user_id']);
    expect(names(op?.facts.response)).toEqual(['ret_code']);
    expect(op?.facts.responseGroups?.map((g) => [g.when, names(g.fields)])).toEqual([
      [{ field: 'ret_code', values: ['8888'] }, ['token']],
      [{ field: 'ret_code', values: ['8888', '0000'] }, ['no_order']],
      [{ field: 'ret_code', values: ['0000'] }, ['aggrement_list']],
    ]);
    expect(names(op?.facts.responseGroups?.[2]?.fields[0]?.items)).toEqual(['card_no']);
    expect(op?.hints.successCodes).toEqual(['0000', '8888']);
  });

  it('a notification section of a redirect page is an operation of its own, addressed by anchor', () => {
    const page = readMarkdownPage(
      'docs/r.md',
      [
        '# Web Redirect API',
        '###### Endpoint',
        '```html\nhttps://payment.lianlianpay.com/r.htm\n```',
        '###### Request Parameters',
        HEADER,
        '|version|Required|String|Fixed value, ```1.0```|',
        '###### Sample Request',
        '```html\n<form action="https://payment.lianlianpay.com/r.htm" method="post">\n</form>\n```',
        '## Synchronous Notification',
        '###### Parameters',
        HEADER,
        '|oid_partner|Required|String(18)|m|',
        '###### Sample Synchronous Notification',
        '```html\n<form action="<url_return>" method="post">\n</form>\n```',
      ].join('\n'),
    );
    const ops = pageOperations(page).operations;
    expect(ops.map((o) => [o.doc, o.facts.kind, o.hints.encoding, o.facts.request.map((f) => f.name)])).toEqual([
      ['docs/r.md', 'redirect', undefined, ['version']],
      ['docs/r.md#synchronous-notification', 'notification', 'form', ['oid_partner']],
    ]);
  });

  it('reads <table> markup, skipping the colspan band rows', () => {
    const page = readMarkdownPage(
      'docs/h.md',
      '# H\n###### Endpoint\n```\nhttps://x.lianlianpay.com/h\n```\n###### Request Parameters\n<table>\n<tr><td>Name</td><td>Required</td><td>Type(length)</td><td>Description and Example</td></tr>\n<tr><td colspan="4">Basic Parameters</td></tr>\n<tr>\n<td>oid_partner</td>\n<td>Required</td>\n<td>String(18)</td>\n<td>Merchant</td>\n</tr>\n</table>\n',
    );
    expect(pageOperations(page).operations[0]?.facts.request).toEqual([{ name: 'oid_partner', presence: 'required', type: 'string', maxLength: 18, description: 'Merchant' }]);
  });

  it('drops cells past the header, as the website does, and warns', () => {
    const page = readMarkdownPage('docs/u.md', `# U\n###### Endpoint\n\`\`\`\nhttps://x.lianlianpay.com/u\n\`\`\`\n## Request\n${HEADER}\n|no_order|Optional|String(32)|Merchant order No.||user_id|Required|String(32)|u|\n`);
    const [op] = pageOperations(page).operations;
    expect(op?.facts.request.map((f) => f.name)).toEqual(['no_order']);
    expect(page.warnings).toEqual(['docs/u.md: table row "no_order" has 9 cells for 4 columns; the extra cells are not shown on the website']);
  });

  it('a page with parameter tables but no endpoint that is no notification documents no operation', () => {
    const reading = pageOperations(readMarkdownPage('docs/risk.md', `# Payment Risk\n## Basic Parameters\n${HEADER}\n|frms_ware_category|Required|String|c|\n`));
    expect(reading.operations).toEqual([]);
    expect(reading.notAnOperation).toMatch(/no Endpoint block/);
  });
});
