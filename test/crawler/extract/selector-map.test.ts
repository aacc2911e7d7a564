import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { applySelectorMap, parseFieldSelector } from '../../../crawler/extract/selector-map.ts';
import { extractAdvert } from '../../../crawler/extract/index.ts';
import type { SelectorMap } from '../../../crawler/source-config.ts';
import { fixture } from './fixture.ts';

const ogloszenia: SelectorMap = {
  title: 'h1.ogl-tytul',
  text: '.ogl-tresc',
  employer: '.ogl-firma',
  location: '.ogl-miejsce',
  salary: '.ogl-wynagrodzenie',
  postedAt: '.ogl-data time@datetime',
  contact: '.ogl-kontakt',
};

describe('selector map', () => {
  it('reads a Polish classifieds page with diacritics', () => {
    const url = 'https://ogloszenia-lokalne.example/praca/13377?ref=home';
    const result = extractAdvert(fixture('selectors-pl.html'), url, {
      mode: 'selectors',
      selectors: ogloszenia,
    });
    expect(result).toEqual({
      ok: true,
      advert: {
        url,
        canonicalUrl: 'https://ogloszenia-lokalne.example/praca/13377',
        title: 'Pracownik produkcji – zakwaterowanie gratis!',
        text: [
          'Zatrudnimy od zaraz pracowników na produkcję (zakład spożywczy, okolice Wrocławia).',
          '',
          'Oferujemy:',
          '',
          '- zakwaterowanie i dojazd – bezpłatnie',
          '- zaliczki co tydzień',
          '- pracę również dla par',
          '',
          'Nie wymagamy doświadczenia ani znajomości języka.',
          'Zgłoś się już dziś – wyjazd w ciągu 48 godzin!',
        ].join('\n'),
        employer: 'Agencja Pracy „Żuraw” Sp. z o.o.',
        location: { raw: 'Wrocław, Polska', city: 'Wrocław', country: 'PL' },
        salary: { raw: '25–30 zł/h netto' },
        postedAt: '2024-05-03T07:15:00.000Z',
        extractedBy: 'selectors',
        contactHints: {
          emails: ['rekrutacja@zuraw-praca.example'],
          phones: ['+48 600 100 200', '+48713001002'],
          urls: ['https://wa.me/48600100200'],
        },
      },
    });
  });

  it('fails naming the title selector when it finds nothing', () => {
    const result = extractAdvert(fixture('selectors-pl.html'), 'https://o.example/1', {
      mode: 'selectors',
      selectors: { ...ogloszenia, title: 'h1.tytul-ogloszenia' },
    });
    expect(result).toEqual({
      ok: false,
      reason: 'selector map: title selector "h1.tytul-ogloszenia" found nothing',
    });
  });

  it('fails naming the text selector when it finds nothing', () => {
    const result = extractAdvert(fixture('selectors-pl.html'), 'https://o.example/1', {
      mode: 'selectors',
      selectors: { ...ogloszenia, text: '#opis' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('text selector "#opis" found nothing');
  });

  it('reports invalid CSS with the field and the selector', () => {
    const result = extractAdvert(fixture('selectors-pl.html'), 'https://o.example/1', {
      mode: 'selectors',
      selectors: { ...ogloszenia, salary: '.ogl-[wynagrodzenie' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(
        /^selector map: salary selector "\.ogl-\[wynagrodzenie" is not valid CSS/,
      );
  });

  it('joins several text matches as paragraphs without repeating nested matches', () => {
    const $ = load('<h1>T</h1><div class="p">One <div class="p">inner</div></div><div class="p">Two</div>');
    const result = applySelectorMap($, { title: 'h1', text: '.p' }, { baseUrl: 'https://x.example/' });
    expect(result.ok && result.fields.text).toBe('One\ninner\n\nTwo');
  });

  it('reads attributes with selector@attr, and warns about a date it cannot read', () => {
    const $ = load(
      '<meta property="og:title" content="Cleaner &amp; helper"><div id="d">Text</div><span class="when">wczoraj</span>',
    );
    const result = applySelectorMap(
      $,
      { title: 'meta[property="og:title"]@content', text: '#d', postedAt: '.when' },
      { baseUrl: 'https://x.example/' },
    );
    expect(result).toEqual({
      ok: true,
      fields: {
        title: 'Cleaner & helper',
        text: 'Text',
        location: {},
        warnings: ['postedAt "wczoraj" is not a date; left out'],
      },
    });
  });

  it('keeps a location that does not end in a known country as raw text only', () => {
    const $ = load('<h1>T</h1><p id="t">x</p><span class="loc">Okolice Poznania</span>');
    const result = applySelectorMap(
      $,
      { title: 'h1', text: '#t', location: '.loc' },
      { baseUrl: 'https://x.example/' },
    );
    expect(result.ok && result.fields.location).toEqual({ raw: 'Okolice Poznania' });
  });
});

describe('parseFieldSelector', () => {
  it.each([
    ['time@datetime', { css: 'time', attribute: 'datetime' }],
    ['.posted time @ datetime', { css: '.posted time @ datetime' }],
    ['.posted time@data-iso-date', { css: '.posted time', attribute: 'data-iso-date' }],
    ['a[href*="@"]', { css: 'a[href*="@"]' }],
    ['h1.title', { css: 'h1.title' }],
  ])('%s', (spec, parsed) => {
    expect(parseFieldSelector(spec)).toEqual(parsed);
  });
});
