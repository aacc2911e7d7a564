// The brand list and its matching: mentions in the employer field and text, and how a company
// domain relates to a brand.
import { describe, expect, it } from 'vitest';
import {
  IMPERSONATED_BRANDS,
  borrowsSomeBrand,
  domainRelation,
  findBrandMentions,
  registrableLabel,
} from '../../classifiers/impersonated-brands.ts';

const brandNamed = (name: string) => IMPERSONATED_BRANDS.brands.find((b) => b.names.includes(name))!;
const named = (input: { employer?: string; title?: string; text: string }): string[] =>
  findBrandMentions({ title: '', ...input }).map((m) => `${m.brand.names[0]}@${m.field}:${m.text}`);

describe('impersonated brands', () => {
  it('has a version, and every brand a name and an own domain, each name once', () => {
    expect(IMPERSONATED_BRANDS.version).toMatch(/^\d{4}-\d{2}$/u);
    const names = IMPERSONATED_BRANDS.brands.flatMap((b) => b.names);
    expect(new Set(names).size).toBe(names.length);
    for (const b of IMPERSONATED_BRANDS.brands) {
      expect(b.names.length).toBeGreaterThan(0);
      expect(b.domains.every((d) => /^[a-z0-9-]+$/u.test(d))).toBe(true);
    }
  });

  it('finds names as written, in capitals, without diacritics and declined, first mention per field', () => {
    expect(named({ title: 'AMAZON recrute', text: 'Travail chez Amazon et Amazon.' })).toEqual([
      'Amazon@title:AMAZON',
      'Amazon@text:Amazon',
    ]);
    expect(named({ text: 'Praca dla Nestle w browarze Heinekena' })).toEqual([
      'Nestlé@text:Nestle',
      'Heineken@text:Heinekena',
    ]);
    expect(named({ text: 'Darbas „Amazon“ centruose' })).toEqual(['Amazon@text:Amazon']);
  });

  it('does not read names inside words, in lower case, or with long endings', () => {
    expect(
      named({ text: 'amazon dhl the amazonian forest, Amazonasgebiet, DHLX, shell, Tescoville' }),
    ).toEqual([]);
  });

  it('reads the employer field in any case, as whole words', () => {
    expect(named({ employer: 'HEINEKEN NETHERLANDS', text: '' })).toEqual([
      'Heineken@employer:HEINEKEN NETHERLANDS',
    ]);
    expect(named({ employer: 'Boschrijk B.V.', text: '' })).toEqual([]);
    expect(named({ employer: 'Robert Bosch GmbH', text: 'Werk in Den Bosch' })).toEqual([
      'Bosch@employer:Robert Bosch GmbH',
    ]);
  });

  it('takes the label left of the public suffix', () => {
    expect(registrableLabel('jobs.amazon.co.uk')).toBe('amazon');
    expect(registrableLabel('amazon.de')).toBe('amazon');
    expect(registrableLabel('careers.dhl.com.pl')).toBe('dhl');
    expect(registrableLabel('dhl-express-jobs.com')).toBe('dhl-express-jobs');
    expect(registrableLabel('localhost')).toBe('localhost');
  });

  it('tells own domains from look-alikes, and short names only as whole parts', () => {
    const amazon = brandNamed('Amazon');
    const ups = brandNamed('UPS');
    expect(domainRelation('amazon', amazon)).toBe('own');
    expect(domainRelation('amazonjobs', amazon)).toBe('lookalike');
    expect(domainRelation('work-amazon-eu', amazon)).toBe('lookalike');
    expect(domainRelation('agencja-praca', amazon)).toBe('other');
    expect(domainRelation('ups-careers', ups)).toBe('lookalike');
    expect(domainRelation('workgroups', ups)).toBe('other');
  });

  it('tells whether a label borrows any brand, the same answer twice', () => {
    for (let round = 0; round < 2; round++) {
      expect(borrowsSomeBrand('amazon-rekrutacja')).toBe(true);
      expect(borrowsSomeBrand('heinekenjobs')).toBe(true);
      expect(borrowsSomeBrand('amazon')).toBe(false);
      expect(borrowsSomeBrand('agencja-praca')).toBe(false);
    }
  });
});
