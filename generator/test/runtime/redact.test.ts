import { describe, expect, it } from 'vitest';
import { redact } from '../../runtime/redact.ts';

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
});
