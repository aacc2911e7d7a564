import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { findMicrodataJobPostings } from '../../../crawler/extract/microdata-jobposting.ts';
import { extractAdvert } from '../../../crawler/extract/index.ts';
import { fixture } from './fixture.ts';

describe('microdata JobPosting pages', () => {
  it('reads nested items, prefers content/datetime/href attributes and keeps the description layout', () => {
    const url = 'https://werkplein.example/vacatures/5521?utm_campaign=feed';
    const result = extractAdvert(fixture('microdata.html'), url);
    expect(result).toEqual({
      ok: true,
      advert: {
        url,
        canonicalUrl: 'https://werkplein.example/vacatures/orderpicker-venlo-5521',
        title: 'Orderpicker gezocht – Venlo',
        text: [
          'Voor een groot distributiecentrum in Venlo zoeken wij orderpickers.',
          '',
          'Wat bieden wij:',
          '',
          '- Huisvesting via ons bureau',
          '- Vervoer naar het werk',
          '',
          'Bel of app ons!',
          'Wij spreken Pools en Roemeens.',
        ].join('\n'),
        employer: 'FlexWerk B.V.',
        location: { raw: 'Venlo, Limburg, NL', city: 'Venlo', region: 'Limburg', country: 'NL' },
        salary: { raw: '14.5-16 EUR/HOUR', min: 14.5, max: 16, currency: 'EUR', period: 'hour' },
        postedAt: '2024-04-29T00:00:00.000Z',
        employmentType: 'FULL_TIME',
        extractedBy: 'microdata',
        contactHints: {
          emails: ['vacatures@flexwerk.example'],
          urls: ['https://werkplein.example/werkgevers/flexwerk-bv'],
        },
      },
    });
  });

  it('gives properties of a nested item to that item only', () => {
    const $ = load(`
      <div itemscope itemtype="https://schema.org/JobPosting">
        <h1 itemprop="title">Cook</h1>
        <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
          <span itemprop="name">Bistro Nord</span>
        </div>
        <span itemprop="name">posting name</span>
      </div>`);
    const [posting] = findMicrodataJobPostings($);
    expect(posting).toEqual({
      '@type': ['https://schema.org/JobPosting'],
      title: 'Cook',
      hiringOrganization: { '@type': ['https://schema.org/Organization'], name: 'Bistro Nord' },
      name: 'posting name',
    });
  });

  it('collects repeated properties and multi-name itemprops', () => {
    const $ = load(`
      <div itemscope itemtype="http://schema.org/JobPosting">
        <span itemprop="title name">Driver</span>
        <span itemprop="employmentType">FULL_TIME</span>
        <span itemprop="employmentType">CONTRACTOR</span>
      </div>`);
    expect(findMicrodataJobPostings($)).toEqual([
      {
        '@type': ['http://schema.org/JobPosting'],
        title: 'Driver',
        name: 'Driver',
        employmentType: ['FULL_TIME', 'CONTRACTOR'],
      },
    ]);
  });

  it('ignores items of other types', () => {
    const $ = load(
      '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Shoes</span></div>',
    );
    expect(findMicrodataJobPostings($)).toEqual([]);
  });
});
