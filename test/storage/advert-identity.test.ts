import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  advertContentHash,
  advertId,
  locationDisplay,
  normaliseWhitespace,
} from '../../storage/advert-identity.ts';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('advert identity', () => {
  it('ids an advert by the first 16 hex chars of SHA-256(sourceId \\n canonicalUrl)', () => {
    const id = advertId('board-a', 'https://jobs.example/1');
    expect(id).toBe(sha256('board-a\nhttps://jobs.example/1').slice(0, 16));
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(advertId('board-b', 'https://jobs.example/1')).not.toBe(id);
  });

  it('hashes whitespace-normalised title, text, employer and location', () => {
    const hash = advertContentHash({
      title: ' Cook ',
      text: 'Line one\n\nline  two',
      employer: 'Hotel\tBlue',
      location: { city: 'Nice', country: 'FR' },
    });
    expect(hash).toBe(sha256('Cook\nLine one line two\nHotel Blue\nNice,,FR'));
    expect(
      advertContentHash({
        title: 'Cook',
        text: 'Line one line two',
        employer: 'Hotel Blue',
        location: { city: 'Nice', country: 'FR' },
      }),
    ).toBe(hash);
    expect(advertContentHash({ title: 'Cook', text: 'x', location: { raw: 'Nice', city: 'Lyon' } })).toBe(
      sha256('Cook\nx\n\nNice'),
    );
    // Fields run into each other differently → different hash.
    expect(advertContentHash({ title: 'a b', text: 'c', location: {} })).not.toBe(
      advertContentHash({ title: 'a', text: 'b c', location: {} }),
    );
  });

  it('collapses whitespace', () => {
    expect(normaliseWhitespace('\t a \n\n b  c \u00a0')).toBe('a b c');
  });

  it('shows a location as its raw text, else its parts', () => {
    expect(locationDisplay({ raw: ' Near Lyon ', city: 'Lyon' })).toBe('Near Lyon');
    expect(locationDisplay({ city: 'Lyon', country: 'FR' })).toBe('Lyon, FR');
    expect(locationDisplay({ region: 'Bavaria', country: 'DE' })).toBe('Bavaria, DE');
    expect(locationDisplay({})).toBeUndefined();
    expect(locationDisplay({ raw: '  ' })).toBeUndefined();
  });
});
