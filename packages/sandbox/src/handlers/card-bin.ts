/** cardBin.query (card-bin-query-api.md): which bank issued a card, and is it debit or credit. */
import { last4, lookupCard } from '../cards.ts';
import type { Handler } from './types.ts';

/** Answers 0000 with the bank and card type for a known, Luhn-valid card; 1100 无效卡号 otherwise. */
export const cardBinQuery: Handler = ({ params }) => {
  const cardNo = params.card_no ?? '';
  const bin = lookupCard(cardNo);
  if (!bin) return { code: '1100' };
  return {
    code: '0000',
    fields: { card_no: last4(cardNo), bank_code: bin.bankCode, bank_name: bin.bankName, card_type: bin.cardType },
  };
};
