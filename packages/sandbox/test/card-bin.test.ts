import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_BINS, TEST_CARDS } from '../src/index.ts';
import { luhnValid } from '../src/cards.ts';
import { startTestEnv, type TestEnv } from './_helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(() => env.sandbox.close());

describe('card bin query', () => {
  it('answers the bank and card type, with the card number cut to its last 4 digits', async () => {
    const answer = await env.client.cardBin.query({ card_no: TEST_CARDS.icbcDebit });
    expect(answer).toMatchObject({ ret_code: '0000', card_no: '0128', bank_code: '01020000', bank_name: '中国工商银行', card_type: '2' });
    expect(answer).not.toHaveProperty('oid_partner'); // not a field of this answer (card-bin-query-api.md)
    await expect(env.client.cardBin.query({ card_no: TEST_CARDS.cmbCredit })).resolves.toMatchObject({ bank_code: '03080000', bank_name: '招商银行', card_type: '3' });
  });

  it('answers 1100 (无效卡号) for a Luhn-invalid number or an unknown BIN', async () => {
    await expect(env.client.cardBin.query({ card_no: '6222021234567890127' })).rejects.toMatchObject({ code: '1100', retMsg: '无效卡号' });
    await expect(env.client.cardBin.query({ card_no: '4111111111111111' })).rejects.toMatchObject({ code: '1100' });
    // A number that is not 12–19 digits never leaves the client (issue 9): LianLian answers 1100 only to well-formed ones.
    await expect(env.client.cardBin.query({ card_no: 'not-a-card' })).rejects.toMatchObject({ name: 'ValidationError', field: 'card_no' });
  });

  it('ships Luhn-valid test cards for every kind it documents', () => {
    for (const card of Object.values(TEST_CARDS)) {
      expect(luhnValid(card)).toBe(true);
      expect(CARD_BINS.some((b) => card.startsWith(b.bin))).toBe(true);
    }
  });
});
