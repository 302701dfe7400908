import { describe, expect, it } from 'vitest';
import { compareCaseInsensitive, signatureSource } from '../../runtime/1-errors-encoding/signature-source.ts';

describe('signatureSource', () => {
  it('gives the source printed in signature-add-sign.md', () => {
    const params = { card_no: '403392******1234', oid_partner: '201408071000001543', sign_type: 'RSA' };
    expect(signatureSource(params)).toBe('card_no=403392******1234&oid_partner=201408071000001543&sign_type=RSA');
    // Field order in the object does not matter.
    expect(signatureSource({ sign_type: 'RSA', oid_partner: '201408071000001543', card_no: '403392******1234' })).toBe(
      'card_no=403392******1234&oid_partner=201408071000001543&sign_type=RSA',
    );
  });

  it('gives the source printed in signature-verify-sign.md, leaving out sign', () => {
    const notification = {
      bank_code: '01020000',
      dt_order: '20180518102511',
      money_order: '0.01',
      no_order: '1526610305612',
      oid_partner: '201103171000000000',
      oid_paybill: '2018051845781369',
      pay_type: 'P',
      result_pay: 'SUCCESS',
      settle_date: '20180518',
      sign: 'fh5bg2w6fvsUsgt+Qo+gl9s+6okHOL186+Mr+DW8eNQJyEwI98RHIFO6/XApGgcdwXPfKevTPAyymlK1Q0F6DmIkMSGSUL2u1SM7CZCU7mPdD8xDUAin83TnH0WdTO+AJj55HpQDkEpExrmEdGQPbVpuepnUOB0fLFX3cSiFqVU=',
      sign_type: 'RSA',
    };
    expect(signatureSource(notification)).toBe(
      'bank_code=01020000&dt_order=20180518102511&money_order=0.01&no_order=1526610305612&oid_partner=201103171000000000&oid_paybill=2018051845781369&pay_type=P&result_pay=SUCCESS&settle_date=20180518&sign_type=RSA',
    );
  });

  it('drops undefined, null and empty-string values but keeps 0, false and whitespace', () => {
    expect(signatureSource({ a: undefined, b: null, c: '', d: 0, e: false, f: ' ' })).toBe('d=0&e=false&f= ');
    expect(signatureSource({})).toBe('');
  });

  it('leaves out exactly "sign" and keeps keys as given, stray spaces included', () => {
    expect(signatureSource({ sign: 'x', Sign: 'y', oid_partner: '1' })).toBe('oid_partner=1&Sign=y');
    // Several doc samples have "sign_type " with a trailing space; it is a different key and is signed with its space.
    expect(signatureSource({ 'sign_type ': 'RSA', oid_partner: '1' })).toBe('oid_partner=1&sign_type =RSA');
    expect(signatureSource({ 'sign_type ': 'RSA', sign_type: 'RSA' })).toBe('sign_type=RSA&sign_type =RSA');
  });

  it("sorts like Java's CASE_INSENSITIVE_ORDER: '_' before letters", () => {
    // A plain upper-case comparison would put notify_url first ('T' 0x54 < '_' 0x5F).
    expect(signatureSource({ notify_url: 'u', no_order: '1', NAME: 'n', id_no: '2', ID_TYPE: '0' })).toBe(
      'id_no=2&ID_TYPE=0&NAME=n&no_order=1&notify_url=u',
    );
  });

  it('breaks case-only ties by code units, independent of insertion order', () => {
    expect(signatureSource({ a: '1', A: '2', b: '3' })).toBe('A=2&a=1&b=3');
    expect(signatureSource({ b: '3', A: '2', a: '1' })).toBe('A=2&a=1&b=3');
  });

  it('renders numbers, booleans, objects and arrays as JSON text and strings as they are', () => {
    const riskItem = '{"user_info_bind_phone":"13958069593","frms_ware_category ":"1009"}';
    expect(
      signatureSource({
        money_order: 0.01,
        count: 3,
        flag: true,
        off: false,
        big: 12345678901234567890n,
        obj: { b: 1, a: [1, 'x', null] },
        list: [{ k: 'v' }],
        risk_item: riskItem,
        acct_name: '李天增',
      }),
    ).toBe(
      `acct_name=李天增&big=12345678901234567890&count=3&flag=true&list=[{"k":"v"}]&money_order=0.01&obj={"b":1,"a":[1,"x",null]}&off=false&risk_item=${riskItem}`,
    );
  });

  it('refuses values no signer can render', () => {
    expect(() => signatureSource({ a: Number.NaN })).toThrow(TypeError);
    expect(() => signatureSource({ a: Number.POSITIVE_INFINITY })).toThrow(/need a finite number/);
    expect(() => signatureSource({ a: () => 1 })).toThrow(TypeError);
    expect(() => signatureSource({ a: Symbol('x') })).toThrow(TypeError);
  });
});

describe('compareCaseInsensitive', () => {
  // Every ordered pair of these keys, compared with OpenJDK 17.0.15's
  // String.CASE_INSENSITIVE_ORDER (signum + 1, row-major), includes the
  // Unicode corner cases: ß, İ/ı, ſ, µ, titlecase ǅ, ligature ﬀ, Greek ᾀ.
  const keys = [
    'a', 'A', 'b', 'B', '_', 'Z', 'z', 'no_order', 'notify_url', 'oid_partner', 'oid_paybill', 'sign_type', 'sign_type ',
    'Sign', 'SIGN', 'a_b', 'aB', 'ab', 'a1', 'A2', '0', '9', '[', ']', '`', '{', '~', '\u00df', 'SS', 'ss', '\u0130', 'i',
    'I', '\u0131', '\u017f', 's', 'S', '\u00e9', '\u00c9', '\u03a9', '\u03c9', '\u00b5', '\u039c', '\u00ff', '\u0178',
    '\u01c5', '\u01c6', '\u01c4', '\ufb00', 'ff', '\u1f80', '\u1f88',
  ];
  const java =
    '1100200000000000000022222000000000000000000000000000110020000000000000002222200000000000000000000000000022112000000000022222222220000000000000000000000000002211200000000002222222222000000000000000000000000000000010000000000000002222000000000000000000000000000022222112222222222222222220002222222220000000000002002222211222222222222222222000222222222000000000000200222220010000000222222222200000222200000000000000020022222002100000022222222220000022220000000000000002002222200221000002222222222000002222000000000000000200222220022210000222222222200000222200000000000000020022222002222102222222222220000022222220000000000002002222200222221222222222222000002222222000000000000200222220022220011222222222200000222222200000000000020022222002222001122222222220000022222220000000000002002200200000000001002222222000000000000000000000000000220020000000000211222222200000000000000000000000000022002000000000021122222220000000000000000000000000002200200000000000001022222000000000000000000000000000220020000000000000212222200000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000021000000000000000000000000000000000000000000000000002210000000000000000000000000000000000000000000000000222100000000000000000000000000000000200000000000000022221000000000000000000000000000222222222222222222222222210022222222200000000000020022222222222222222222222222102222222220000000000002002222222222222222222222222221222222222000000000000200222220022222222222222222200011222222200000000000020022222002222222222222222220001122222220000000000002002222200000000002222222222000001111000000000000000200222220000000000222222222200000111100000000000000020022222000000000022222222220000011110000000000000002002222200000000002222222222000001111000000000000000200222220022220000222222222200000222211100000000000020022222002222000022222222220000022221110000000000002002222200222200002222222222000002222111000000000000200222222222222222222222222222222222222211000000000020022222222222222222222222222222222222221100000000002002222222222222222222222222222222222222221122222220200222222222222222222222222222222222222222112222222020022222222222222222222222222222222222222200112222202002222222222222222222222222222222222222220011222220200222222222222222222222222222222222222222000011000020022222222222222222222222222222222222222200001100002002222222222222222222222222222222222222220000221110200222222222222222222222222222222222222222000022111020022222222222222222222222222222222222222200002211102002222222222222222222222222222222222222222222222221222222220000000000222222222200000000000000000000000010022222222222222222222222222222222222222222222222202112222222222222222222222222222222222222222222222220211';

  it('matches Java on every pair of a Unicode-heavy key set', () => {
    expect(java.length).toBe(keys.length * keys.length);
    const mismatches: string[] = [];
    keys.forEach((a, i) =>
      keys.forEach((b, j) => {
        const expected = Number(java[i * keys.length + j]) - 1;
        const actual = Math.sign(compareCaseInsensitive(a, b));
        if (actual !== expected) mismatches.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}: java ${expected}, got ${actual}`);
      }),
    );
    expect(mismatches).toEqual([]);
  });
});
