import { describe, expect, it } from 'vitest';
import { EUR_RATES } from '../../classifiers/eur-rates.ts';
import {
  DAYS_PER_MONTH,
  HOURS_PER_MONTH,
  WEEKS_PER_MONTH,
  findSalaryInText,
  monthlyEur,
  parseSalary,
} from '../../classifiers/salary.ts';
import type { Salary } from '../../storage/records.ts';

type Expected = Pick<Salary, 'min' | 'max' | 'currency' | 'period'>;

// raw, options, expected { min, max, currency, period }
const TABLE: Array<[string, { defaultCurrency?: string }, Expected]> = [
  // pl
  ['2 500 – 3 000 zł', {}, { min: 2500, max: 3000, currency: 'PLN', period: 'month' }],
  ['od 30 zł/h', {}, { min: 30, currency: 'PLN', period: 'hour' }],
  ['PLN 4000-5000 brutto miesięcznie', {}, { min: 4000, max: 5000, currency: 'PLN', period: 'month' }],
  ['do 6000 zł netto na miesiąc', {}, { max: 6000, currency: 'PLN', period: 'month' }],
  ['5 tys. zł', {}, { min: 5000, max: 5000, currency: 'PLN', period: 'month' }],
  ['120 zł dziennie', {}, { min: 120, max: 120, currency: 'PLN', period: 'day' }],
  ['3000-3500', { defaultCurrency: 'PLN' }, { min: 3000, max: 3500, currency: 'PLN', period: 'month' }],
  // de
  ['3.000 EUR brutto/Monat', {}, { min: 3000, max: 3000, currency: 'EUR', period: 'month' }],
  ['1.500,50 €', {}, { min: 1500.5, max: 1500.5, currency: 'EUR', period: 'month' }],
  ['Stundenlohn: 15,50 €', {}, { min: 15.5, max: 15.5, currency: 'EUR', period: 'hour' }],
  ['ab 14 € pro Stunde', {}, { min: 14, currency: 'EUR', period: 'hour' }],
  ['500 € pro Woche', {}, { min: 500, max: 500, currency: 'EUR', period: 'week' }],
  ['80 EUR/Tag', {}, { min: 80, max: 80, currency: 'EUR', period: 'day' }],
  ['15-18 EUR/h', {}, { min: 15, max: 18, currency: 'EUR', period: 'hour' }],
  // ro
  ['4500 lei net pe lună', {}, { min: 4500, max: 4500, currency: 'RON', period: 'month' }],
  ['Salariu lunar: 4500 lei', {}, { min: 4500, max: 4500, currency: 'RON', period: 'month' }],
  ['de la 3000 la 4000 lei pe lună', {}, { min: 3000, max: 4000, currency: 'RON', period: 'month' }],
  ['10 euro pe oră', {}, { min: 10, max: 10, currency: 'EUR', period: 'hour' }],
  // en
  ['€12/hour', {}, { min: 12, max: 12, currency: 'EUR', period: 'hour' }],
  ['£25,000 per year', {}, { min: 25000, max: 25000, currency: 'GBP', period: 'year' }],
  ['12.50 GBP per hour', {}, { min: 12.5, max: 12.5, currency: 'GBP', period: 'hour' }],
  ['up to £600 a week', {}, { max: 600, currency: 'GBP', period: 'week' }],
  ['between 2,000 and 2,500 EUR per month', {}, { min: 2000, max: 2500, currency: 'EUR', period: 'month' }],
  ['3k EUR', {}, { min: 3000, max: 3000, currency: 'EUR', period: 'month' }],
  ['$20 an hour', {}, { min: 20, max: 20, currency: 'USD', period: 'hour' }],
  // bg, cs
  ['2000 лв. на месец', {}, { min: 2000, max: 2000, currency: 'BGN', period: 'month' }],
  ['25 000 Kč měsíčně', {}, { min: 25000, max: 25000, currency: 'CZK', period: 'month' }],
];

describe('parseSalary', () => {
  for (const [raw, options, expected] of TABLE) {
    it(`parses ${JSON.stringify(raw)}`, () => {
      const s = parseSalary(raw, options);
      expect(s).toBeDefined();
      expect({ min: s?.min, max: s?.max, currency: s?.currency, period: s?.period }).toEqual({
        min: expected.min,
        max: expected.max,
        currency: expected.currency,
        period: expected.period,
      });
      expect(s?.raw).toBe(raw);
      expect(s?.monthlyEur).toBeGreaterThan(0);
    });
  }

  it('returns undefined when there is no amount', () => {
    expect(parseSalary('negotiable')).toBeUndefined();
    expect(parseSalary('')).toBeUndefined();
    expect(parseSalary(undefined)).toBeUndefined();
  });

  it('leaves the period unknown for a day-or-week sized amount, and when inference is off', () => {
    expect(parseSalary('200 EUR')?.period).toBeUndefined();
    expect(parseSalary('200 EUR')?.monthlyEur).toBeUndefined();
    expect(parseSalary('3000 EUR', { inferPeriod: false })?.period).toBeUndefined();
  });

  it('only adds monthlyEur to a structured salary', () => {
    const structured: Salary = {
      min: 3000,
      max: 3500,
      currency: 'PLN',
      period: 'month',
      raw: 'whatever 9 EUR',
    };
    const s = parseSalary(structured);
    expect(s).toEqual({ ...structured, monthlyEur: Math.round(3250 / EUR_RATES.rates.PLN!) });
  });

  it('fills a structured salary without currency from the default and never guesses its period', () => {
    const s = parseSalary({ min: 15 }, { defaultCurrency: 'EUR' });
    expect(s).toEqual({ min: 15, currency: 'EUR' });
  });

  it('parses a structured salary that has only raw text, keeping a given period', () => {
    const s = parseSalary({ raw: '2800', period: 'month' }, { defaultCurrency: 'EUR' });
    expect(s).toMatchObject({
      raw: '2800',
      min: 2800,
      max: 2800,
      currency: 'EUR',
      period: 'month',
      monthlyEur: 2800,
    });
  });
});

describe('parseSalary: native currency names in en/de/pl/ro', () => {
  // raw, currency, period: each amount is 1–3 words from the currency, with a written period.
  const NAMES: Array<[string, string, Salary['period']]> = [
    // EUR
    ['2,000 euros per month', 'EUR', 'month'],
    ['1.800 Euro im Monat', 'EUR', 'month'],
    ['2000 euro miesięcznie', 'EUR', 'month'],
    ['1500 euroi pe lună', 'EUR', 'month'],
    ['2000 de euro pe lună', 'EUR', 'month'],
    // GBP
    ['500 quid a week', 'GBP', 'week'],
    ['25,000 pounds sterling per year', 'GBP', 'year'],
    ['1200 Pfund pro Woche', 'GBP', 'week'],
    ['2000 funtów miesięcznie', 'GBP', 'month'],
    ['12 funtów na godzinę', 'GBP', 'hour'],
    ['2000 funtów szterlingów miesięcznie', 'GBP', 'month'],
    ['3.500 lire sterline pe lună', 'GBP', 'month'],
    ['3.500 de lire sterline pe lună', 'GBP', 'month'],
    ['1500 liră sterlină pe săptămână', 'GBP', 'week'],
    ['500 de lire pe săptămână', 'GBP', 'week'],
    // PLN
    ['4000 zlotys per month', 'PLN', 'month'],
    ['4000 Zloty im Monat', 'PLN', 'month'],
    ['4000 złotych miesięcznie', 'PLN', 'month'],
    ['4000 złotówek miesięcznie', 'PLN', 'month'],
    ['4000 zloți pe lună', 'PLN', 'month'],
    // RON
    ['4500 lei per month', 'RON', 'month'],
    ['4500 Lei pro Monat', 'RON', 'month'],
    ['4500 lejów miesięcznie', 'RON', 'month'],
    ['4500 de lei pe lună', 'RON', 'month'],
    ['4500 RON pe lună', 'RON', 'month'],
    // BGN
    ['2000 leva per month', 'BGN', 'month'],
    ['2000 Lewa im Monat', 'BGN', 'month'],
    ['2000 lewów miesięcznie', 'BGN', 'month'],
    ['2000 de leva pe lună', 'BGN', 'month'],
    // CZK
    ['30,000 Czech crowns per month', 'CZK', 'month'],
    ['30,000 korunas per month', 'CZK', 'month'],
    ['30.000 tschechische Kronen im Monat', 'CZK', 'month'],
    ['30 000 koron czeskich miesięcznie', 'CZK', 'month'],
    ['30.000 de coroane cehe pe lună', 'CZK', 'month'],
    // HUF
    ['400,000 forints per month', 'HUF', 'month'],
    ['400.000 Forint im Monat', 'HUF', 'month'],
    ['400 000 forintów miesięcznie', 'HUF', 'month'],
    ['400.000 de forinți pe lună', 'HUF', 'month'],
    // CHF
    ['5,000 Swiss francs per month', 'CHF', 'month'],
    ['5.000 Schweizer Franken im Monat', 'CHF', 'month'],
    ['5.000 Franken im Monat', 'CHF', 'month'],
    ['5000 franków szwajcarskich miesięcznie', 'CHF', 'month'],
    ['5.000 de franci elvețieni pe lună', 'CHF', 'month'],
    // NOK
    ['35,000 Norwegian kroner per month', 'NOK', 'month'],
    ['35.000 norwegische Kronen im Monat', 'NOK', 'month'],
    ['35 000 koron norweskich miesięcznie', 'NOK', 'month'],
    ['35.000 de coroane norvegiene pe lună', 'NOK', 'month'],
    // SEK
    ['30,000 Swedish kronor per month', 'SEK', 'month'],
    ['30.000 schwedische Kronen im Monat', 'SEK', 'month'],
    ['30 000 koron szwedzkich miesięcznie', 'SEK', 'month'],
    ['30.000 de coroane suedeze pe lună', 'SEK', 'month'],
    // DKK
    ['30,000 Danish kroner per month', 'DKK', 'month'],
    ['30.000 dänische Kronen im Monat', 'DKK', 'month'],
    ['30 000 koron duńskich miesięcznie', 'DKK', 'month'],
    ['30.000 de coroane daneze pe lună', 'DKK', 'month'],
  ];
  for (const [raw, currency, period] of NAMES) {
    it(`reads ${JSON.stringify(raw)} as ${currency}/${period}`, () => {
      const s = parseSalary(raw);
      expect(s).toMatchObject({ currency, period });
      expect(s?.monthlyEur).toBeGreaterThan(0);
      // Found in free text too, with the currency name inside the span.
      const text = `Oferta: ${raw}. Detalii la telefon.`;
      const m = findSalaryInText(text);
      expect(m?.salary.currency).toBe(currency);
      const periodWords = /\s(?:per \w+|a week|im Monat|pro \w+|miesięcznie|na godzinę|pe \p{L}+)$/u;
      expect(text.slice(m!.start, m!.end)).toBe(raw.replace(periodWords, ''));
    });
  }

  it('parses "3.500 lire sterline pe lună" to amount, currency and period', () => {
    expect(parseSalary('3.500 lire sterline pe lună')).toMatchObject({
      min: 3500,
      max: 3500,
      currency: 'GBP',
      period: 'month',
      monthlyEur: Math.round(3500 / EUR_RATES.rates.GBP!),
    });
  });

  it('reads crowns without a country only with the source currency', () => {
    expect(parseSalary('35 000 koron miesięcznie', { defaultCurrency: 'NOK' })?.currency).toBe('NOK');
    expect(parseSalary('30.000 Kronen im Monat', { defaultCurrency: 'CZK' })?.currency).toBe('CZK');
    expect(parseSalary('35 000 koron miesięcznie')?.currency).toBeUndefined();
    expect(findSalaryInText('Zarobki 35 000 koron miesięcznie')).toBeUndefined();
    // Written crowns in a euro source are some crown, not euros.
    expect(parseSalary('35 000 koron', { defaultCurrency: 'EUR' })?.currency).toBeUndefined();
    expect(parseSalary('200 kr/h', { defaultCurrency: 'EUR' })?.currency).toBeUndefined();
  });

  it('does not take currency names that are also ordinary words before an amount', () => {
    // "Franken" is a region, "lire" a verb form: only symbols and codes stand before a number.
    expect(findSalaryInText('Arbeitsort Franken 2026, Beginn sofort')).toBeUndefined();
    expect(findSalaryInText('Pentru lire 300 pagini')).toBeUndefined();
    expect(parseSalary('CHF 5000 pro Monat')).toMatchObject({ currency: 'CHF', min: 5000 });
    expect(parseSalary('Euro 2.500 brutto')).toMatchObject({ currency: 'EUR', min: 2500 });
  });
});

describe('monthlyEur', () => {
  it('converts hours, days and weeks with the documented factors', () => {
    expect(monthlyEur({ min: 10, max: 10, currency: 'EUR', period: 'hour' })).toBe(
      Math.round(10 * HOURS_PER_MONTH),
    );
    expect(monthlyEur({ min: 100, currency: 'EUR', period: 'day' })).toBe(Math.round(100 * DAYS_PER_MONTH));
    expect(monthlyEur({ max: 500, currency: 'EUR', period: 'week' })).toBe(Math.round(500 * WEEKS_PER_MONTH));
    expect(monthlyEur({ min: 36000, max: 36000, currency: 'EUR', period: 'year' })).toBe(3000);
    expect(HOURS_PER_MONTH).toBe(168);
  });

  it('uses the midpoint of a range and the rate table', () => {
    const rate = EUR_RATES.rates.RON!;
    expect(monthlyEur({ min: 4000, max: 5000, currency: 'RON', period: 'month' })).toBe(
      Math.round(4500 / rate),
    );
    expect(EUR_RATES.version).toMatch(/^\d{4}-\d{2}$/u);
  });

  it('is undefined for unknown currencies or periods', () => {
    expect(monthlyEur({ min: 100, currency: 'XYZ', period: 'month' })).toBeUndefined();
    expect(monthlyEur({ min: 100, currency: 'EUR' })).toBeUndefined();
    expect(monthlyEur({ currency: 'EUR', period: 'month' })).toBeUndefined();
  });
});

describe('findSalaryInText', () => {
  it('finds pay with a currency in free text and gives its span', () => {
    const text =
      'Praca w Holandii od zaraz! Tel 600 123 456. Zarobki 3000 EUR miesięcznie, bez doświadczenia. Rok 2026.';
    const m = findSalaryInText(text);
    expect(m?.salary).toMatchObject({
      min: 3000,
      max: 3000,
      currency: 'EUR',
      period: 'month',
      monthlyEur: 3000,
    });
    expect(text.slice(m!.start, m!.end)).toBe('3000 EUR');
  });

  it('ignores numbers without a currency', () => {
    expect(findSalaryInText('Call 600 123 456, 20 places, start 2026')).toBeUndefined();
  });
});

describe('parseSalary: structured period', () => {
  it('a structured period beats the one guessed from the amount', () => {
    const s = parseSalary({ raw: '90 EUR', period: 'day' });
    expect(s).toMatchObject({
      min: 90,
      currency: 'EUR',
      period: 'day',
      monthlyEur: Math.round(90 * DAYS_PER_MONTH),
    });
    const t = parseSalary({ raw: '3000 EUR', period: 'year' });
    expect(t).toMatchObject({ period: 'year', monthlyEur: 250 });
  });
});
