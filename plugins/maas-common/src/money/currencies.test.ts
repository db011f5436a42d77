import { currencyCodes, isCurrencyCode } from './currencies';

describe('currencyCodes', () => {
  it('holds three upper-case letters per code, each once, in order', () => {
    expect(currencyCodes.every(c => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(new Set(currencyCodes).size).toBe(currencyCodes.length);
    expect([...currencyCodes].sort()).toEqual([...currencyCodes]);
  });

  it('knows the usual currencies and refuses made-up, lower-case and test codes', () => {
    for (const code of ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'XOF', 'XCG']) {
      expect(isCurrencyCode(code)).toBe(true);
    }
    for (const code of ['XYZ', 'eur', 'EURO', 'XTS', 'XXX', 'XAU', '', 42]) {
      expect(isCurrencyCode(code)).toBe(false);
    }
  });
});
