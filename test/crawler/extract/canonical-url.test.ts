import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../crawler/extract/index.ts';

const link = (href: string) => `<html><head><link rel="canonical" href="${href}"></head><body></body></html>`;

describe('canonicalUrl', () => {
  it('removes tracking parameters and the fragment, and sorts the rest', () => {
    expect(
      canonicalUrl(
        'https://jobs.example/offer?utm_source=fb&utm_campaign=x&page=2&id=17&fbclid=abc&gclid=1&ref=home&source=app#apply',
      ),
    ).toBe('https://jobs.example/offer?id=17&page=2');
  });

  it('keeps a fragment that is a client-side route', () => {
    expect(canonicalUrl('https://board.example/?utm_source=x#/jobs/42')).toBe(
      'https://board.example/#/jobs/42',
    );
    expect(canonicalUrl('https://board.example/#!/jobs/42')).toBe('https://board.example/#!/jobs/42');
    expect(canonicalUrl('https://board.example/jobs/42#description')).toBe('https://board.example/jobs/42');
  });

  it('lower-cases scheme and host and removes the default port', () => {
    expect(canonicalUrl('HTTPS://Jobs.EXAMPLE:443/Offer/17')).toBe('https://jobs.example/Offer/17');
    expect(canonicalUrl('http://jobs.example:80/a')).toBe('http://jobs.example/a');
    expect(canonicalUrl('http://jobs.example:8080/a')).toBe('http://jobs.example:8080/a');
  });

  it('prefers rel=canonical on the same host, resolving a relative link', () => {
    expect(
      canonicalUrl('https://jobs.example/offer/17?utm_medium=email', link('/offers/17-cook?b=2&amp;a=1')),
    ).toBe('https://jobs.example/offers/17-cook?a=1&b=2');
  });

  it('treats www. as the same host', () => {
    expect(canonicalUrl('https://jobs.example/o/1', link('https://www.jobs.example/o/1'))).toBe(
      'https://www.jobs.example/o/1',
    );
  });

  it('ignores rel=canonical on another host', () => {
    expect(canonicalUrl('https://jobs.example/o/1#top', link('https://aggregator.example/o/1'))).toBe(
      'https://jobs.example/o/1',
    );
  });

  it('ignores a canonical link that is not http(s) or not resolvable', () => {
    expect(canonicalUrl('https://jobs.example/o/1', link('javascript:alert(1)'))).toBe(
      'https://jobs.example/o/1',
    );
    expect(canonicalUrl('https://jobs.example/o/1', link('http://[bad'))).toBe('https://jobs.example/o/1');
  });

  it('throws on a page URL that is not absolute', () => {
    expect(() => canonicalUrl('/o/1')).toThrow(/not an absolute URL/);
  });
});
