import { describe, expect, it } from 'vitest';
import { centsToMoney, isMoney, moneyToCents } from '../../runtime/1-errors-encoding/money.ts';

describe('money', () => {
  it.each([
    ['0.01', 1n],
    ['31.68', 3168n],
    ['100000000.00', 10_000_000_000n],
    ['90071992547409.93', 9_007_199_254_740_993n], // past 2^53: exact, where a float would round
  ])('%s ⇄ %s cents', (text, cents) => {
    expect(moneyToCents(text)).toBe(cents);
    expect(centsToMoney(cents)).toBe(text);
  });

  it.each(['1', '1.0', '1.000', '01.00', '-1.00', '1e2', ' 1.00', '1,00', ''])('rejects %j', (text) => {
    expect(isMoney(text)).toBe(false);
    expect(() => moneyToCents(text)).toThrow(RangeError);
  });

  it('adds without float error: 0.10 + 0.20 is 0.30', () => {
    expect(centsToMoney(moneyToCents('0.10') + moneyToCents('0.20'))).toBe('0.30');
  });
});
