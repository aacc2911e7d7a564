// Field variants of schema.org JobPosting, through the public entry point.
import { describe, expect, it } from 'vitest';
import { extractOk, jsonLdPage } from './fixture.ts';

const posting = (extra: Record<string, unknown>) =>
  extractOk(
    jsonLdPage({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Cook',
      description: 'Kitchen.',
      ...extra,
    }),
    'https://jobs.example/o/1',
  );

describe('baseSalary', () => {
  it.each([
    [
      'a single number in MonetaryAmount',
      { currency: 'EUR', value: 2500 },
      { raw: '2500 EUR', min: 2500, max: 2500, currency: 'EUR' },
    ],
    [
      'a QuantitativeValue range',
      { currency: 'PLN', value: { minValue: 4000, maxValue: 5500, unitText: 'MONTH' } },
      { raw: '4000-5500 PLN/MONTH', min: 4000, max: 5500, currency: 'PLN', period: 'month' },
    ],
    [
      'a QuantitativeValue single value per week',
      { currency: 'GBP', value: { '@type': 'QuantitativeValue', value: 450, unitText: 'WEEK' } },
      { raw: '450 GBP/WEEK', min: 450, max: 450, currency: 'GBP', period: 'week' },
    ],
    [
      'yearly, numbers as strings, lower-case currency',
      { currency: 'eur', value: { minValue: '30,000', maxValue: '36000', unitText: 'YEAR' } },
      { raw: '30000-36000 eur/YEAR', min: 30000, max: 36000, currency: 'EUR', period: 'year' },
    ],
    [
      'unitText on the MonetaryAmount, range fields without a QuantitativeValue',
      { currency: 'CHF', minValue: 25, maxValue: 22, unitText: 'per hour' },
      { raw: '22-25 CHF/per hour', min: 22, max: 25, currency: 'CHF', period: 'hour' },
    ],
    [
      'an unknown unit',
      { currency: 'EUR', value: { value: 80, unitText: 'SHIFT' } },
      { raw: '80 EUR/SHIFT', min: 80, max: 80, currency: 'EUR' },
    ],
    ['a bare number', 1800, { raw: '1800', min: 1800, max: 1800 }],
    ['free text', 'Competitive + bonuses', { raw: 'Competitive + bonuses' }],
  ])('%s', (_, baseSalary, salary) => {
    const advert = posting({ baseSalary });
    expect(advert.salary).toEqual(salary);
  });

  it('is absent when not given', () => {
    expect(posting({}).salary).toBeUndefined();
  });
});

describe('jobLocation', () => {
  it.each([
    [
      'a Place with a PostalAddress and an English country name',
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Munich', addressCountry: 'Germany' },
      },
      { raw: 'Munich, Germany', city: 'Munich', country: 'DE' },
    ],
    [
      'a German country name in a Country object',
      {
        address: {
          addressLocality: 'Köln',
          addressRegion: 'NRW',
          addressCountry: { '@type': 'Country', name: 'Deutschland' },
        },
      },
      { raw: 'Köln, NRW, Deutschland', city: 'Köln', region: 'NRW', country: 'DE' },
    ],
    [
      'a Polish country name',
      { address: { addressLocality: 'Gdańsk', addressCountry: 'Polska' } },
      { raw: 'Gdańsk, Polska', city: 'Gdańsk', country: 'PL' },
    ],
    [
      'a Romanian country name',
      { address: { addressLocality: 'Iași', addressCountry: 'România' } },
      { raw: 'Iași, România', city: 'Iași', country: 'RO' },
    ],
    [
      'a Polish name for a country abroad',
      { address: { addressLocality: 'Rotterdam', addressCountry: 'Holandia' } },
      { raw: 'Rotterdam, Holandia', city: 'Rotterdam', country: 'NL' },
    ],
    [
      'an unknown country name, kept raw only',
      { address: { addressLocality: 'Doha', addressCountry: 'Atlantis' } },
      { raw: 'Doha, Atlantis', city: 'Doha' },
    ],
    [
      'an address as a string',
      { address: 'Vilnius, Lietuva' },
      { raw: 'Vilnius, Lietuva', city: 'Vilnius', country: 'LT' },
    ],
    [
      'a Place with only a name',
      { '@type': 'Place', name: 'Lisboa, Portugal' },
      { raw: 'Lisboa, Portugal', city: 'Lisboa', country: 'PT' },
    ],
    [
      'address fields on the Place itself',
      { '@type': 'Place', addressLocality: 'Oslo', addressCountry: 'NO' },
      { raw: 'Oslo, NO', city: 'Oslo', country: 'NO' },
    ],
    [
      'an array of Places',
      [
        { address: { addressLocality: 'Graz', addressCountry: 'Österreich' } },
        { address: { addressLocality: 'Wien', addressCountry: 'AT' } },
      ],
      { raw: 'Graz, Österreich; Wien, AT', city: 'Graz', country: 'AT' },
    ],
  ])('%s', (_, jobLocation, location) => {
    expect(posting({ jobLocation }).location).toEqual(location);
  });

  it('notes remote work without a required country', () => {
    expect(posting({ jobLocationType: 'TELECOMMUTE' }).location).toEqual({ raw: 'remote' });
  });

  it('notes remote work next to an office location', () => {
    const location = posting({
      jobLocationType: ['TELECOMMUTE'],
      jobLocation: { address: { addressLocality: 'Chișinău', addressCountry: 'MD' } },
    }).location;
    expect(location).toEqual({ raw: 'Chișinău, MD; remote', city: 'Chișinău', country: 'MD' });
  });

  it('is empty when not given', () => {
    expect(posting({}).location).toEqual({});
  });
});

describe('hiringOrganization', () => {
  it('as a string, with entities decoded and spaces collapsed', () => {
    expect(posting({ hiringOrganization: '  Smith &amp;  Sons\n Ltd ' }).employer).toBe('Smith & Sons Ltd');
  });

  it('as an Organization, with its links, email and phone as contact hints', () => {
    const advert = posting({
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Agro Team SRL',
        url: '/firme/agro-team',
        sameAs: 'https://www.facebook.com/agroteam.example',
        email: 'mailto:HR@AgroTeam.example',
        telephone: 'tel:+40 721 000 111',
      },
    });
    expect(advert.employer).toBe('Agro Team SRL');
    expect(advert.contactHints).toEqual({
      emails: ['hr@agroteam.example'],
      phones: ['+40 721 000 111'],
      urls: ['https://www.facebook.com/agroteam.example', 'https://jobs.example/firme/agro-team'],
    });
  });

  it('as an array, the first one', () => {
    expect(posting({ hiringOrganization: [{ name: 'First Co' }, { name: 'Second Co' }] }).employer).toBe(
      'First Co',
    );
  });

  it('applicationContact fields become contact hints; junk is dropped', () => {
    const advert = posting({
      applicationContact: [
        {
          '@type': 'ContactPoint',
          email: 'jobs@x.example',
          telephone: '0049 30 1234567',
          url: 'https://x.example/apply',
        },
        { email: 'not an email', telephone: '12', url: 'javascript:alert(1)' },
      ],
    });
    expect(advert.contactHints).toEqual({
      emails: ['jobs@x.example'],
      phones: ['0049 30 1234567'],
      urls: ['https://x.example/apply'],
    });
  });
});

describe('other fields', () => {
  it('employmentType array, occupationalCategory as sector when industry is absent, identifier as a string', () => {
    const advert = posting({
      employmentType: ['PART_TIME', 'PER_DIEM'],
      occupationalCategory: { '@type': 'CategoryCode', name: 'Cleaning' },
    });
    expect(advert.employmentType).toBe('PART_TIME, PER_DIEM');
    expect(advert.sector).toBe('Cleaning');
  });

  it('falls back to name when title is missing', () => {
    const advert = extractOk(
      jsonLdPage({ '@type': 'JobPosting', name: 'Electrician', description: 'x' }),
      'https://jobs.example/o/2',
    );
    expect(advert.title).toBe('Electrician');
  });
});
