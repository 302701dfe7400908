import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../runtime/1-errors-encoding/errors/validation-error.ts';
import type { OperationDef } from '../../runtime/1-errors-encoding/operation.ts';
import { canonicalJson, validateParams } from '../../runtime/4-operations/validate.ts';

const op: OperationDef = {
  id: 'test.op',
  kind: 'api',
  endpoint: 'https://traderapi.lianlianpay.com/x.htm',
  route: '/traderapi/x.htm',
  signTypes: ['RSA'],
  payload: 'none',
  successCodes: ['0000'],
  doc: 'docs/x.md',
  response: [],
  responseGroups: [],
  request: [
    { name: 'oid_partner', presence: 'required', type: 'string', maxLength: 18, managed: true },
    { name: 'user_id', presence: 'required', type: 'string', maxLength: 32 },
    { name: 'card_no', presence: 'optional', type: 'string', sensitive: true, maxLength: 19 },
    { name: 'pay_type', presence: 'optional', type: 'string', enum: ['M', 'N', 'D'] },
    { name: 'dt_order', presence: 'optional', type: 'string', format: 'datetime14' },
    { name: 'money_order', presence: 'optional', type: 'string', format: 'money' },
    { name: 'notify_url', presence: 'optional', type: 'string', format: 'url' },
    { name: 'risk_item', presence: 'optional', type: 'string', format: 'json-string' },
    { name: 'valid_order', presence: 'optional', type: 'integer' },
    { name: 'version', presence: 'optional', type: 'string', fixed: '1.0' },
  ],
};

function failure(params: unknown): ValidationError {
  try {
    validateParams(op, params);
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('expected a ValidationError');
}

describe('validateParams', () => {
  it('returns wire strings and drops empty values', () => {
    expect(validateParams(op, { user_id: 'u1', pay_type: 'M', valid_order: 30, card_no: '' })).toEqual({ user_id: 'u1', pay_type: 'M', valid_order: '30' });
  });

  it.each([
    [{}, 'user_id', 'is required'],
    [{ user_id: 'u1', oid_partner: '1' }, 'oid_partner', 'is filled in by the client; remove it from params'],
    [{ user_id: 'u1', userid: 'x' }, 'userid', 'is not a request field of test.op; expected one of: user_id, card_no'],
    [{ card_no: 'x', userid: 'x' }, 'userid', 'is not a request field of test.op'],
    [{ user_id: 'x'.repeat(33) }, 'user_id', 'must be at most 32 characters, got 33'],
    [{ user_id: 'u1', pay_type: 'X' }, 'pay_type', 'must be one of M, N, D (got "X")'],
    [{ user_id: 'u1', pay_type: 'x'.repeat(17) }, 'pay_type', 'must be one of M, N, D; got a 17-character value'],
    [{ user_id: 'u1', pay_type: '1234567' }, 'pay_type', 'must be one of M, N, D; got a 7-character value'],
    [{ user_id: 'u1', pay_type: 'M N' }, 'pay_type', 'must be one of M, N, D; got a 3-character value'],
    [{ user_id: 'u1', version: '2.0' }, 'version', 'must be "1.0" (got "2.0")'],
    [{ user_id: 'u1', version: '张三' }, 'version', 'must be "1.0"; got a 2-character value'],
    [{ user_id: 'u1', dt_order: '20230230120000' }, 'dt_order', 'must be a real time as yyyyMMddHHmmss (UTC+8)'],
    [{ user_id: 'u1', money_order: '10' }, 'money_order', 'must be a decimal string with two places, like "31.68"'],
    [{ user_id: 'u1', money_order: '0.00' }, 'money_order', 'must be between 0.01 and 100000000.00'],
    [{ user_id: 'u1', money_order: 10.5 }, 'money_order', 'must be a string, got number'],
    [{ user_id: 'u1', notify_url: 'ftp://x' }, 'notify_url', 'must be an absolute http(s) URL'],
    [{ user_id: 'u1', risk_item: '[1]' }, 'risk_item', 'must be a JSON object, as a string or an object'],
    [{ user_id: 'u1', valid_order: 1.5 }, 'valid_order', 'must be an integer'],
  ])('%j → %s %s', (params, field, rule) => {
    const err = failure(params);
    expect(err.field).toBe(field);
    expect(err.rule.startsWith(rule)).toBe(true);
    expect(err.message).toBe(`test.op: ${field} ${err.rule}`);
  });

  it.each([
    ['a card number in an enum field', { pay_type: '6222021234567890128' }, '6222021234567890128'],
    ['a phone number in a datetime', { dt_order: '13958069593' }, '13958069593'],
    ['an ID number in a money field', { money_order: '330401198001014616' }, '330401198001014616'],
    ['credentials in a URL', { notify_url: 'htps://merchant:hunter2secret@example.com/n' }, 'hunter2secret'],
    ['a name in a fixed field', { version: '张三丰' }, '张三丰'],
    ['a 7-digit run in a fixed field', { version: '1395806' }, '1395806'],
  ])('never quotes %s', (_, extra, planted) => {
    const err = failure({ user_id: 'u1', ...extra });
    expect(err.message).not.toContain(planted);
    expect(err.rule).not.toContain(planted);
  });

  it('names a key that looks like data without quoting it', () => {
    const err = failure({ user_id: 'u1', '13958069593': 'x' });
    expect(err.field).toBe('(a key of 11 characters)');
    expect(err.message).toBe('test.op: (a key of 11 characters) is not a request field of test.op; expected one of: user_id, card_no, pay_type, dt_order, money_order, notify_url, risk_item, valid_order, version');
    expect(failure({ user_id: 'u1', '张三\u202e': 'x' }).message).not.toMatch(/张三|\u202e/);
  });

  it('never echoes a sensitive value', () => {
    const err = failure({ user_id: 'u1', card_no: '62220212345678901234' });
    expect(err.message).toBe('test.op: card_no must be at most 19 characters, got 20');
    expect(err.message).not.toContain('6222');
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(validateParams(op, { user_id: '测'.repeat(32) }).user_id).toHaveLength(32);
    expect(validateParams(op, { user_id: '😀'.repeat(32) }).user_id).toHaveLength(64);
  });

  it('serializes a risk_item object once, keys sorted at every depth', () => {
    const wire = validateParams(op, { user_id: 'u1', risk_item: { user_info_dt_register: '20131030122130', frms_ware_category: '1009', nested: { b: 1, a: true } } });
    expect(wire.risk_item).toBe('{"frms_ware_category":"1009","nested":{"a":true,"b":1},"user_info_dt_register":"20131030122130"}');
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

/** The sensitive fields as the spec has them: no length, no format (card-bind-apply-api.md, instant-payment-apply-API.md). */
const sensitiveOp: OperationDef = {
  ...op,
  id: 'test.sensitive',
  request: ['card_no', 'id_type', 'id_no', 'bind_mob', 'cvv2', 'vali_date', 'verify_code', 'flag_card'].map((name) => ({ name, presence: 'optional', type: 'string', sensitive: name !== 'id_type' && name !== 'flag_card' })),
};

describe('sensitive field formats', () => {
  it.each<Record<string, string>>([
    { card_no: '622202123456' },
    { card_no: '6222021234567890' },
    { card_no: '6222021234567890128' },
    { card_no: '62220212345678901234', flag_card: '1' },
    { id_no: '330401198001014616' },
    { id_no: '33040119800101461X', id_type: '0' },
    { id_no: '330401800101461' },
    { id_no: 'E12345678', id_type: '2' },
    { id_no: '1234567890(B)', id_type: '6' },
    { bind_mob: '13958069593' },
    { cvv2: '627' },
    { cvv2: '1234' },
    { vali_date: '2002' },
    { verify_code: '123456' },
  ])('accepts %j', (params) => {
    expect(validateParams(sensitiveOp, params)).toEqual(params);
  });

  it.each<[Record<string, string>, string, string]>([
    [{ card_no: '6'.repeat(59) }, 'card_no', 'must be the full card number: 12 to 19 digits, no spaces'],
    [{ card_no: '62220212345' }, 'card_no', 'must be the full card number: 12 to 19 digits, no spaces'],
    [{ card_no: '6222 0212 3456 7890' }, 'card_no', 'must be the full card number: 12 to 19 digits, no spaces'],
    [{ card_no: '62220212345678901234' }, 'card_no', 'must be the full card number: 12 to 19 digits, no spaces'],
    [{ card_no: '6'.repeat(33), flag_card: '1' }, 'card_no', 'must be the account number: 6 to 32 digits, no spaces'],
    [{ id_no: '3304011980010146' }, 'id_no', 'must be a resident ID number (id_type 0): 18 characters (17 digits and a digit or X) or 15 digits'],
    [{ id_no: 'E12345678', id_type: '0' }, 'id_no', 'must be a resident ID number (id_type 0)'],
    [{ id_no: '33040119800101461Y' }, 'id_no', 'must be a resident ID number (id_type 0)'],
    [{ id_no: 'E1234567<script>', id_type: '2' }, 'id_no', 'must be the document number: 1 to 30 letters, digits, ( ) or -'],
    [{ id_no: 'E'.repeat(31), id_type: '2' }, 'id_no', 'must be the document number'],
    [{ bind_mob: '+8613958069593' }, 'bind_mob', 'must be a mainland China mobile number: 11 digits starting with 1'],
    [{ bind_mob: '1395806959' }, 'bind_mob', 'must be a mainland China mobile number'],
    [{ bind_mob: '23958069593' }, 'bind_mob', 'must be a mainland China mobile number'],
    [{ cvv2: '62' }, 'cvv2', 'must be the card security code: 3 or 4 digits'],
    [{ cvv2: '62a' }, 'cvv2', 'must be the card security code'],
    [{ vali_date: '02/20' }, 'vali_date', 'must be the card expiry date: 4 digits'],
    [{ vali_date: '20200' }, 'vali_date', 'must be the card expiry date'],
    [{ verify_code: '123' }, 'verify_code', 'must be the SMS code: 4 to 8 digits'],
    [{ verify_code: '12345a' }, 'verify_code', 'must be the SMS code'],
  ])('rejects %j (%s) without quoting it', (params, field, rule) => {
    let err: unknown;
    try {
      validateParams(sensitiveOp, params);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe(field);
    expect((err as ValidationError).rule.startsWith(rule)).toBe(true);
    expect((err as ValidationError).message).not.toContain(params[field]!.slice(0, 6));
  });
});
