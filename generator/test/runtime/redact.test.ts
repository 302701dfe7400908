import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { redact, SENSITIVE_FIELDS } from '../../runtime/1-errors-encoding/redact.ts';

describe('redact', () => {
  it('masks personal data and secrets, keeping only what support staff need', () => {
    const out = redact({
      card_no: '6222021234567890',
      bind_mob: '13958069593',
      id_no: '330401198001014616',
      acct_name: '张三',
      cvv2: '627',
      vali_date: '2002',
      verify_code: '666666',
      pay_load: 'lianpay1_0_1$abc',
      user_id: 'u1',
    });
    expect(out).toEqual({
      card_no: '************7890',
      bind_mob: '*******9593',
      id_no: '********',
      acct_name: '**',
      cvv2: '***',
      vali_date: '****',
      verify_code: '******',
      pay_load: '********',
      user_id: 'u1',
    });
    expect(JSON.stringify(out)).not.toMatch(/330401|627"|666666|张三/);
  });

  it('masks the personal fields inside a risk_item JSON string and leaves the rest', () => {
    const riskItem = JSON.stringify({
      frms_ware_category: '2009',
      user_info_mercht_userno: 'u1',
      user_info_full_name: '张三丰',
      user_info_id_no: '33040119800101461X',
      user_info_bind_phone: '13958069593',
      user_info_mail: 'zhang.sanfeng@example.com',
      airline_list: [{ passenger_name: 'Li Si', passenger_idcard: '110101199001011234', passenger_phone: '13800001234', airline_code: 'CA' }],
    });
    const out = redact({ risk_item: riskItem, user_id: 'u1' });
    expect(JSON.parse(out.risk_item as string)).toEqual({
      frms_ware_category: '2009',
      user_info_mercht_userno: 'u1',
      user_info_full_name: '***',
      user_info_id_no: '********',
      user_info_bind_phone: '*******9593',
      user_info_mail: '********',
      airline_list: [{ passenger_name: '*****', passenger_idcard: '********', passenger_phone: '*******1234', airline_code: 'CA' }],
    });
    expect(out.risk_item).not.toMatch(/张三丰|330401|461X|zhang|Li Si|110101|1395806/);
  });

  it('follows lists and objects: agreement_list[].card_no and bind_mobile of a bound-card query', () => {
    const out = redact({
      ret_code: '0000',
      agreement_list: [
        { no_agree: '2013121100001', card_no: '7890', bind_mobile: '139****9593', bank_code: '01020000' },
        { no_agree: '2013121100002', card_no: '6222021234567890', bind_mobile: '13958069593' },
      ],
    });
    expect(out.agreement_list).toEqual([
      { no_agree: '2013121100001', card_no: '****', bind_mobile: '*******9593', bank_code: '01020000' },
      { no_agree: '2013121100002', card_no: '************7890', bind_mobile: '*******9593' },
    ]);
  });

  it('masks a sensitive key whatever its value, and leaves other strings alone, JSON-looking or not', () => {
    const out = redact({ card_no: { number: '6222021234567890' }, info_order: '{not json 6222021234567890', memo: '[1,2]', nested: { deep: [{ cvv2: '627' }] } });
    expect(out).toEqual({ card_no: '***', info_order: '{not json 6222021234567890', memo: '[1,2]', nested: { deep: [{ cvv2: '***' }] } });
  });

  it('does not recurse without end', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 100; i++) at = (at.next = {}) as Record<string, unknown>;
    at.card_no = '6222021234567890';
    expect(JSON.stringify(redact(deep))).not.toContain('6222021234567890');
  });

  it('lists every field spec/shared/risk-item.yaml marks sensitive', () => {
    const marked: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const field = node as { name?: unknown; sensitive?: unknown };
        if (field.sensitive === true && typeof field.name === 'string') marked.push(field.name);
        Object.values(node).forEach(walk);
      }
    };
    walk(parse(readFileSync(fileURLToPath(new URL('../../../spec/shared/risk-item.yaml', import.meta.url)), 'utf8')));
    expect(marked.length).toBeGreaterThanOrEqual(10);
    expect(marked.filter((name) => !SENSITIVE_FIELDS.has(name))).toEqual([]);
  });
});
