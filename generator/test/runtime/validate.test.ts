import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../runtime/errors/validation-error.ts';
import type { OperationDef } from '../../runtime/operation.ts';
import { canonicalJson, validateParams } from '../../runtime/validate.ts';

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
    [{ user_id: 'x'.repeat(33) }, 'user_id', 'must be at most 32 characters, got 33'],
    [{ user_id: 'u1', pay_type: 'X' }, 'pay_type', 'must be one of M, N, D (got "X")'],
    [{ user_id: 'u1', dt_order: '20230230120000' }, 'dt_order', 'must be a real time as yyyyMMddHHmmss (UTC+8) (got "20230230120000")'],
    [{ user_id: 'u1', money_order: '10' }, 'money_order', 'must be a decimal string with two places, like "31.68" (got "10")'],
    [{ user_id: 'u1', money_order: '0.00' }, 'money_order', 'must be between 0.01 and 100000000.00 (got "0.00")'],
    [{ user_id: 'u1', money_order: 10.5 }, 'money_order', 'must be a string, got number'],
    [{ user_id: 'u1', notify_url: 'ftp://x' }, 'notify_url', 'must be an absolute http(s) URL (got "ftp://x")'],
    [{ user_id: 'u1', risk_item: '[1]' }, 'risk_item', 'must be a JSON object, as a string or an object'],
    [{ user_id: 'u1', valid_order: 1.5 }, 'valid_order', 'must be an integer'],
  ])('%j → %s %s', (params, field, rule) => {
    const err = failure(params);
    expect(err.field).toBe(field);
    expect(err.rule.startsWith(rule)).toBe(true);
    expect(err.message).toBe(`test.op: ${field} ${err.rule}`);
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
