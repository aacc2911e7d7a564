import { describe, expect, it } from 'vitest';
import { extractAdvert } from '../../../crawler/extract/index.ts';
import { extractOk, fixture, jsonLdPage } from './fixture.ts';

const URL_ = 'https://jobs.example/offer/1';

describe('extractAdvert: choosing the method', () => {
  it('falls through from a JobPosting without a title to microdata', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "JobPosting", "description": "no title here"}</script></head>
      <body><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Baker</h1>
      <div itemprop="description"><p>Night shifts.</p></div></div></body></html>`;
    const advert = extractOk(html, URL_);
    expect(advert.extractedBy).toBe('microdata');
    expect(advert.title).toBe('Baker');
    expect(advert.text).toBe('Night shifts.');
  });

  it('takes the first JobPosting that has a title', () => {
    const html = jsonLdPage({
      '@graph': [
        { '@type': 'JobPosting', description: 'x' },
        { '@type': 'JobPosting', title: 'Welder' },
      ],
    });
    expect(extractOk(html, URL_).title).toBe('Welder');
  });

  it('falls through to the selector map when there is no structured data', () => {
    const advert = extractOk(fixture('escaped-script.html'), URL_, {
      selectors: { title: '.ad-title', text: '.ad-body' },
    });
    expect(advert.extractedBy).toBe('selectors');
  });

  it("mode 'selectors' ignores structured data", () => {
    const advert = extractOk(fixture('jsonld-no-description.html'), URL_, {
      mode: 'selectors',
      selectors: { title: 'h1.job-title', text: '.job-description' },
    });
    expect(advert.extractedBy).toBe('selectors');
    expect(advert.employer).toBeUndefined();
  });

  it('fills what JSON-LD lacks from the selector map, and says so', () => {
    const advert = extractOk(fixture('jsonld-no-description.html'), URL_, {
      selectors: { title: 'h1.job-title', text: '.job-description', location: '.job-location' },
    });
    expect(advert.extractedBy).toBe('jsonld');
    expect(advert.title).toBe('Fruit Picker (seasonal)');
    expect(advert.employer).toBe('Orchard Valley Farms');
    expect(advert.text).toBe(
      'Strawberry and raspberry picking from July to September.\n\nCaravan accommodation on the farm: £60 per week, taken from wages.',
    );
    expect(advert.location).toEqual({ raw: 'Hereford, UK', city: 'Hereford', country: 'GB' });
    expect(advert.warnings).toEqual([
      'JSON-LD JobPosting lacked text, location: filled from the selector map',
    ]);
  });

  it('keeps a JSON-LD advert without a description, with empty text and a warning, when there is no map', () => {
    const advert = extractOk(fixture('jsonld-no-description.html'), URL_);
    expect(advert.text).toBe('');
    expect(advert.warnings).toEqual(['no description found: text is empty']);
  });
});

describe('extractAdvert: failures are values with a reason', () => {
  it('a page with no JobPosting and no selector map', () => {
    expect(extractAdvert(fixture('no-advert.html'), URL_)).toEqual({
      ok: false,
      reason: 'no JobPosting in JSON-LD, no JobPosting in microdata, and no selector map',
    });
  });

  it('a page with nothing at all', () => {
    expect(extractAdvert('', URL_)).toEqual({
      ok: false,
      reason: 'no JSON-LD, no JobPosting in microdata, and no selector map',
    });
  });

  it('a JSON-LD block that cannot be read is counted in the reason', () => {
    const html = '<script type="application/ld+json"><div>{"@type": "JobPosting"}</div></script>';
    expect(extractAdvert(html, URL_)).toEqual({
      ok: false,
      reason:
        'no JobPosting in JSON-LD (1 of 1 blocks unreadable), no JobPosting in microdata, and no selector map',
    });
  });

  it('JobPostings without titles and no map', () => {
    const result = extractAdvert(jsonLdPage({ '@type': 'JobPosting', description: 'x' }), URL_);
    expect(result).toEqual({
      ok: false,
      reason: '1 JobPosting(s) without a title in JSON-LD, no JobPosting in microdata, and no selector map',
    });
  });

  it('the selector map fails after structured data was not found: both are reported', () => {
    const result = extractAdvert(fixture('no-advert.html'), URL_, {
      selectors: { title: '.job-title', text: 'main' },
    });
    expect(result).toEqual({
      ok: false,
      reason:
        'no JobPosting in JSON-LD, no JobPosting in microdata, selector map: title selector ".job-title" found nothing',
    });
  });

  it("mode 'selectors' without a map", () => {
    const result = extractAdvert(fixture('selectors-pl.html'), URL_, { mode: 'selectors' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/needs a selector map/);
  });

  it('throws on a page URL that is not absolute (a caller bug)', () => {
    expect(() => extractAdvert('<html></html>', 'offer/1')).toThrow(/not an absolute URL/);
  });
});

describe('extractAdvert: hostile text', () => {
  it('keeps escaped <script> typed by a poster as literal text, and drops real scripts and markup', () => {
    const advert = extractOk(fixture('escaped-script.html'), URL_, {
      selectors: { title: '.ad-title', text: '.ad-body' },
    });
    expect(advert.title).toBe('Hostess & model work abroad <script> no experience');
    expect(advert.text).toBe(
      [
        'Young girls 18–25 wanted for hostess work in Dubai. Flights paid, we keep your passport safe.',
        '',
        'Poster wrote: <script>alert("hi")</script> & <b>not bold</b>',
        '',
        'Contact on Telegram only.',
      ].join('\n'),
    );
    expect(advert.text).not.toContain('trackView');
    expect(advert.text).not.toContain('pixel');
  });

  it('in JSON-LD: escaped script text survives, a real script element in the HTML description does not', () => {
    const advert = extractOk(
      jsonLdPage({
        '@type': 'JobPosting',
        title: 'Dancer <b>abroad</b>',
        description:
          '<p>Write to us &lt;script&gt;x()&lt;/script&gt;</p><script>steal()</script><img src=x onerror="evil()">',
      }),
      URL_,
    );
    expect(advert.title).toBe('Dancer abroad');
    expect(advert.text).toBe('Write to us <script>x()</script>');
  });

  it('in JSON-LD plain text: a literal <script> typed by the poster survives', () => {
    const advert = extractOk(
      jsonLdPage({
        '@type': 'JobPosting',
        title: 'Cook',
        description: 'Call now <script>x</script>\nThanks',
      }),
      URL_,
    );
    expect(advert.text).toBe('Call now <script>x</script>\nThanks');
  });

  it('warns about a date it cannot read instead of guessing', () => {
    const advert = extractOk(
      jsonLdPage({ '@type': 'JobPosting', title: 'Cook', description: 'x', datePosted: 'last Tuesday' }),
      URL_,
    );
    expect(advert.postedAt).toBeUndefined();
    expect(advert.warnings).toEqual(['datePosted "last Tuesday" is not a date; left out']);
  });
});
