import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { findJsonLdJobPostings, parseJsonLd } from '../../../crawler/extract/jsonld-jobposting.ts';
import { extractAdvert } from '../../../crawler/extract/index.ts';
import { extractOk, fixture, jsonLdPage } from './fixture.ts';

describe('JSON-LD JobPosting pages', () => {
  it('reads a plain JobPosting page completely', () => {
    const url = 'https://www.northfield-jobs.example/jobs/48213?utm_source=indeed#apply';
    const result = extractAdvert(fixture('jsonld-plain.html'), url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.identifier).toBe('48213');
    expect(result.advert).toEqual({
      url,
      canonicalUrl: 'https://www.northfield-jobs.example/jobs/48213-warehouse-operative-night-shift',
      title: 'Warehouse Operative – Night Shift',
      text: [
        'We are looking for reliable warehouse operatives to join our night team in Leicester.',
        '',
        'What you will do:',
        '',
        '- Pick and pack customer orders',
        '- Load and unload delivery vehicles',
        '- Keep the warehouse clean & safe',
        '',
        'Shifts: Sunday–Thursday',
        '22:00 – 06:30',
        '',
        'Free parking on site. No experience needed – full training given.',
      ].join('\n'),
      employer: 'Brightline Logistics Ltd',
      location: {
        raw: 'Leicester, Leicestershire, GB',
        city: 'Leicester',
        region: 'Leicestershire',
        country: 'GB',
      },
      salary: { raw: '11.44-13.2 GBP/HOUR', min: 11.44, max: 13.2, currency: 'GBP', period: 'hour' },
      postedAt: '2024-05-02T00:00:00.000Z',
      validThrough: '2024-06-01T22:59:00.000Z',
      employmentType: 'FULL_TIME, TEMPORARY',
      sector: 'Logistics',
      extractedBy: 'jsonld',
      contactHints: {
        emails: ['recruitment@brightline-logistics.example'],
        phones: ['+44 116 496 0123'],
        urls: [
          'https://www.brightline-logistics.example/',
          'https://www.linkedin.com/company/brightline-logistics-example',
        ],
      },
    });
  });

  it('finds the JobPosting in an @graph, with hiringOrganization as a string and a Country object', () => {
    const advert = extractOk(
      fixture('jsonld-graph.html'),
      'https://agrarjobs.example/stellen/erntehelfer-brandenburg-7731',
    );
    expect(advert.extractedBy).toBe('jsonld');
    expect(advert.title).toBe('Erntehelfer (m/w/d) für die Spargelsaison');
    expect(advert.employer).toBe('Spargelhof Müller & Söhne');
    expect(advert.text).toBe(
      'Ihre Aufgaben\n\nSpargelernte und Sortierung auf unserem Hof in der Nähe von Beelitz.\n\nWir bieten\n\n- Unterkunft im Mehrbettzimmer\n- Arbeitskleidung',
    );
    expect(advert.location).toEqual({
      raw: 'Beelitz, Brandenburg, Deutschland',
      city: 'Beelitz',
      region: 'Brandenburg',
      country: 'DE',
    });
    expect(advert.salary).toEqual({
      raw: '2100 EUR/MONTH',
      min: 2100,
      max: 2100,
      currency: 'EUR',
      period: 'month',
    });
    expect(advert.salary?.monthlyEur).toBeUndefined();
    expect(advert.employmentType).toBe('SEASONAL');
    expect(advert.postedAt).toBe('2024-03-15T08:00:00.000Z');
  });

  it('accepts @type as an array, reads doubly escaped HTML and several places', () => {
    const advert = extractOk(fixture('jsonld-type-array.html'), 'https://munca.example/anunt/991');
    expect(advert.title).toBe('Operator depozit – tură de zi');
    expect(advert.text).toBe(
      'Căutăm operatori pentru depozitul nostru.\n\nProgram: luni–vineri\nTransport asigurat',
    );
    expect(advert.location).toEqual({
      raw: 'București, România; Cluj-Napoca, Cluj, RO',
      city: 'București',
      country: 'RO',
    });
    expect(advert.salary).toEqual({ raw: '180 RON/DAY', min: 180, max: 180, currency: 'RON', period: 'day' });
    expect(advert.contactHints).toEqual({ urls: ['https://logistica-carpati.example/'] });
  });

  it('accepts schema:-prefixed types and properties, and a plain-text description with line breaks', () => {
    const advert = extractOk(fixture('jsonld-prefixed.html'), 'https://care.example/jobs/5');
    expect(advert.title).toBe('Care Assistant');
    expect(advert.employer).toBe('Liffey Care Homes');
    expect(advert.text).toBe(
      'Care assistants wanted for a nursing home in Dublin.\nVisa sponsorship available.\n\nInterviews this week.',
    );
    expect(advert.location).toEqual({ raw: 'Dublin, IE', city: 'Dublin', country: 'IE' });
  });

  it('accepts full schema.org IRIs as types and properties (expanded JSON-LD)', () => {
    const html = jsonLdPage({
      '@type': ['http://schema.org/JobPosting'],
      'http://schema.org/title': [{ '@value': 'Driver C+E' }],
      'http://schema.org/description': [{ '@value': 'International routes.' }],
    });
    const advert = extractOk(html, 'https://jobs.example/1');
    expect(advert.title).toBe('Driver C+E');
    expect(advert.text).toBe('International routes.');
  });

  it('finds a JobPosting nested in an array, notes remote work and keeps an unparsed salary as written', () => {
    const advert = extractOk(fixture('jsonld-nested-array.html'), 'https://pracateraz.example/oferta/1200');
    expect(advert.title).toBe('Konsultant ds. obsługi klienta (praca zdalna)');
    expect(advert.sector).toBe('Obsługa klienta');
    expect(advert.location).toEqual({ raw: 'remote (Polska)', country: 'PL' });
    expect(advert.salary).toEqual({ raw: '4 500 zł brutto', currency: 'PLN' });
  });

  it('repairs malformed JSON-LD (trailing commas, raw line breaks in a string) and says so', () => {
    const advert = extractOk(fixture('jsonld-malformed.html'), 'https://seaview.example/careers/housekeeper');
    expect(advert.warnings).toContain('malformed JSON-LD repaired');
    expect(advert.title).toBe('Hotel Housekeeper (live-in)');
    expect(advert.text).toBe(
      'Room attendants needed for the summer season.\nAccommodation and meals provided.\n\nStart immediately, no papers needed.',
    );
    expect(advert.employer).toBe('Seaview Hotels');
    expect(advert.location).toEqual({ raw: 'Valletta, Malta', city: 'Valletta', country: 'MT' });
  });

  it('recovers a block cut short by an unescaped </script> inside a string', () => {
    const json =
      '{"@type": "JobPosting", "title": "Dancer", "description": "<p>Write to us</p><script>track()</script><p>More</p>"}';
    const advert = extractOk(
      `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`,
      'https://x.example/1',
    );
    expect(advert.title).toBe('Dancer');
    expect(advert.text).toBe('Write to us');
    expect(advert.warnings).toEqual(['malformed JSON-LD repaired']);
  });

  it('does not warn about well-formed JSON-LD', () => {
    expect(extractOk(fixture('jsonld-graph.html'), 'https://agrarjobs.example/s/1').warnings).toBeUndefined();
  });
});

describe('parseJsonLd', () => {
  it('parses valid JSON without marking it repaired', () => {
    expect(parseJsonLd('{"a": 1}')).toEqual({ ok: true, value: { a: 1 }, repaired: false });
  });

  it.each([
    ['trailing commas', '{"a": [1, 2,], "b": 2,}', { a: [1, 2], b: 2 }],
    ['a raw newline and tab in a string', '{"a": "one\ntwo\tthree"}', { a: 'one\ntwo\tthree' }],
    ['other control characters in a string', '{"a": "x\u0001y"}', { a: 'x y' }],
    ['single quotes', "{'a': 'it is'}", { a: 'it is' }],
    ['an HTML comment wrapper', '<!-- {"a": 1} -->', { a: 1 }],
    ['a commented CDATA wrapper', '//<![CDATA[\n{"a": 1}\n//]]>', { a: 1 }],
    ['objects back to back', '{"a": 1}{"b": 2}', [{ a: 1 }, { b: 2 }]],
    ['objects on separate lines', '{"a": 1}\n{"b": 2}', [{ a: 1 }, { b: 2 }]],
  ])('repairs %s', (_, text, value) => {
    expect(parseJsonLd(text)).toEqual({ ok: true, value, repaired: true });
  });

  it('reports text that cannot be repaired', () => {
    const result = parseJsonLd('<div>not json at all</div>');
    expect(result.ok).toBe(false);
  });
});

describe('findJsonLdJobPostings', () => {
  it('finds postings in every block and skips an unrecoverable block with a warning', () => {
    const $ = load(`
      <script type="application/ld+json">{"@type": "JobPosting", "title": "A"}</script>
      <script type="application/ld+json; charset=utf-8">{"@graph": [{"@type": "JobPosting", "title": "B"}]}</script>
      <script type="application/ld+json"><div>broken</div></script>
      <script type="text/javascript">var x = {"@type": "JobPosting", "title": "C"};</script>`);
    const scan = findJsonLdJobPostings($);
    expect(scan.postings.map((p) => p.title)).toEqual(['A', 'B']);
    expect(scan.blocks).toBe(3);
    expect(scan.warnings).toHaveLength(1);
    expect(scan.warnings[0]).toMatch(/^malformed JSON-LD skipped \(block 3\)/);
  });

  it('stops at absurd nesting instead of exhausting the stack', () => {
    const deep = '{"child":'.repeat(5000) + '{"@type": "JobPosting", "title": "deep"}' + '}'.repeat(5000);
    const $ = load(`<script type="application/ld+json">${deep}</script>`);
    expect(findJsonLdJobPostings($).postings).toEqual([]);
  });
});
