// Near-identical advert texts: signatures, families, the match the assess stage asks for, and the
// index file.
import { describe, expect, it } from 'vitest';
import {
  buildTemplateIndex,
  MIN_IDENTITIES,
  MIN_WORDS,
  NEAR_IDENTICAL,
  QUICK_REMOVAL_DAYS,
  parseTemplateIndex,
  similarity,
  templateMatch,
  textSignature,
  type TemplateAdvert,
} from '../../classifiers/template-index.ts';
import { deriveEntityHits } from '../../classifiers/entity-indicators.ts';
import type { Contacts } from '../../storage/records.ts';

const none: Contacts = { phones: [], emails: [], messengers: [], urls: [] };

/** A 120-word advert with the employer and phone written into it, as copied templates are. */
const farmAdvert = (employer: string, phone: string): string =>
  `${employer} is looking for fruit pickers for the coming season in the south of the Netherlands. ` +
  'The work is picking strawberries and packing them in the greenhouse, six days a week from early ' +
  'morning. No experience is needed and you do not need to speak Dutch or English, we teach you ' +
  'everything on the first day. We arrange the transport from your home town by bus and you pay it ' +
  'back from your first salary. Housing is provided in shared rooms near the farm for a weekly fee ' +
  'that is taken from your pay. Salary is paid every month in cash or to a card we give you. Send ' +
  `your passport photo and your age to ${employer} on WhatsApp at ${phone} and start next week. ` +
  'Places are limited, so write today and bring your friends too, couples are welcome.';

const officeAdvert =
  'We are a software company in Utrecht hiring a junior accountant to join our finance team of five. ' +
  'You will prepare monthly closings, reconcile bank statements and help the controller with the annual ' +
  'report and the audit. We ask for a bachelor degree in accounting or finance, good Dutch and English, ' +
  'and care for detail. We offer a permanent contract after one year, a salary between 3,200 and 3,800 ' +
  'euros gross a month, thirty days of leave, a pension scheme and a training budget. Apply with your ' +
  'CV and a short letter through our careers page; we answer every application within two weeks.';

const advert = (text: string, employer?: string, phones: string[] = []): TemplateAdvert => ({
  text,
  ...(employer !== undefined ? { employer } : {}),
  contacts: { ...none, phones },
});

describe('textSignature and similarity', () => {
  it('reads texts of MIN_WORDS words or more only', () => {
    expect(textSignature('Drivers wanted, call now on 0612345678.')).toBeUndefined();
    expect(
      textSignature(
        Array(MIN_WORDS - 1)
          .fill('word')
          .join(' '),
      ),
    ).toBeUndefined();
    expect(textSignature(Array(MIN_WORDS).fill('word').join(' '))).toBeDefined();
  });

  it('finds a copy with another employer name and phone near-identical, and an unrelated advert not', () => {
    const a = textSignature(farmAdvert('Green Harvest BV', '+31 6 1234 5678'))!;
    const copy = textSignature(farmAdvert('Flora Seasonal Work', '+48 600 123 456'))!;
    const office = textSignature(officeAdvert)!;
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, copy)).toBeGreaterThanOrEqual(NEAR_IDENTICAL);
    expect(similarity(a, copy)).toBeLessThan(1);
    expect(similarity(a, office)).toBeLessThan(0.2);
  });

  it("reads the advert's own employer name as one word, so a copy under another name is the same text", () => {
    const a = textSignature(farmAdvert('Green Harvest BV', '1'), 'Green Harvest BV')!;
    const b = textSignature(farmAdvert('Flora Seasonal Work', '2'), 'flora seasonal work')!;
    expect(similarity(a, b)).toBe(1);
    // Only whole words: a name that is part of other words ("e" in "the") leaves them alone.
    const plain = textSignature(farmAdvert('We', '1'))!;
    expect(similarity(plain, textSignature(farmAdvert('We', '1'), 'e')!)).toBe(1);
    expect(similarity(plain, textSignature(farmAdvert('We', '1'), 'we')!)).toBeLessThan(1);
  });

  it('reads case and numbers loosely: another phone or upper case is the same text', () => {
    const a = textSignature(farmAdvert('Green Harvest BV', '0612345678'))!;
    expect(similarity(a, textSignature(farmAdvert('Green Harvest BV', '0687654321'))!)).toBe(1);
    expect(similarity(a, textSignature(farmAdvert('Green Harvest BV', '0612345678').toUpperCase())!)).toBe(1);
  });
});

describe('buildTemplateIndex', () => {
  it('groups near-identical texts and counts their adverts, employer names and identities', () => {
    const index = buildTemplateIndex(
      [
        advert(farmAdvert('Green Harvest BV', '+31612345678'), 'Green Harvest BV'),
        advert(farmAdvert('Flora Seasonal Work', '+48600123456'), 'Flora Seasonal Work'),
        advert(farmAdvert('Oogst Personeel', '+40722123456'), 'oogst  PERSONEEL'),
        advert(farmAdvert('Oogst Personeel', '+40722123456'), 'Oogst Personeel'),
        advert(officeAdvert, 'Numbers BV'),
        advert('Too short to compare.', 'Tiny'),
      ],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(index.adverts).toBe(6);
    expect(index.builtAt).toBe('2026-12-01T00:00:00.000Z');
    expect(index.families).toHaveLength(1);
    expect(index.families[0]).toMatchObject({ adverts: 4, employers: 3, identities: 3 });
  });

  it('puts hundreds of copies of one text in one family, past what a bucket keeps', () => {
    const copies = Array.from({ length: 600 }, (_, i) =>
      advert(farmAdvert(`Agency ${i}`, `${i}`), `Agency ${i}`),
    );
    const index = buildTemplateIndex([...copies, advert(officeAdvert, 'Numbers BV')]);
    expect(index.families).toHaveLength(1);
    expect(index.families[0]).toMatchObject({ adverts: 600, employers: 600, identities: 600 });
  });

  it('counts the contacts of adverts without an employer name as their identity', () => {
    const anonymous = buildTemplateIndex(
      ['+31611111111', '+31622222222', '+31633333333'].map((p) =>
        advert(farmAdvert('We', p), undefined, [p]),
      ),
    );
    expect(anonymous.families[0]).toMatchObject({ adverts: 3, employers: 0, identities: 3 });
    const reposts = buildTemplateIndex(
      ['+31611111111', '+31622222222', '+31633333333'].map((p) =>
        advert(farmAdvert('Green Harvest BV', p), 'Green Harvest BV', [p]),
      ),
    );
    // One agency reposting its advert with its recruiters' phones is one identity.
    expect(reposts.families[0]).toMatchObject({ adverts: 3, employers: 1, identities: 1 });
  });
});

describe('templateMatch', () => {
  const names = ['Green Harvest BV', 'Flora Seasonal Work', 'Oogst Personeel'];
  const index = buildTemplateIndex([
    ...names.map((n) => advert(farmAdvert(n, '+31612345678'), n)),
    ...[1, 2, 3].map(() => advert(officeAdvert, 'Numbers BV')),
  ]);

  it('finds the family of a new copy posted under MIN_IDENTITIES names or more', () => {
    expect(MIN_IDENTITIES).toBeLessThanOrEqual(names.length);
    const found = templateMatch(farmAdvert('Fresh Start Jobs', '+40 722 000 111'), index);
    expect(found).toMatchObject({ adverts: 3, employers: 3, identities: 3 });
    expect(found!.similarity).toBeGreaterThanOrEqual(NEAR_IDENTICAL);
  });

  it('finds nothing for a family of one identity, for other texts, or in an empty index', () => {
    expect(templateMatch(officeAdvert, index)).toBeUndefined();
    expect(templateMatch('Short text.', index)).toBeUndefined();
    expect(templateMatch(farmAdvert('X', '1'), buildTemplateIndex([]))).toBeUndefined();
  });

  it('gives the entity stage a network.template hit with the counts in its note', () => {
    const hits = deriveEntityHits({
      title: 'Fruit pickers',
      text: farmAdvert('Fresh Start Jobs', '+40 722 000 111'),
      employer: 'Fresh Start Jobs',
      contacts: none,
      contactSpans: [],
      textHits: [],
      templateIndex: index,
    });
    const hit = hits.find((h) => h.indicatorId === 'network.template');
    expect(hit?.state).toBe('present');
    expect(hit?.evidence).toEqual([]);
    expect(hit?.note).toMatch(
      /^near-identical text \(about \d+% of its 5-word phrases\) is posted by 3 stored adverts under 3 employer names or contacts$/,
    );
    const without = deriveEntityHits({
      title: 'Fruit pickers',
      text: farmAdvert('Fresh Start Jobs', '+40 722 000 111'),
      contacts: none,
      contactSpans: [],
      textHits: [],
    });
    expect(without.map((h) => h.indicatorId)).not.toContain('network.template');
  });
});

describe('quick removals', () => {
  const seen = '2026-11-01T08:00:00.000Z';
  const after = (days: number): string => new Date(Date.parse(seen) + days * 24 * 3600 * 1000).toISOString();
  const removed = (days: number, employer = 'Green Harvest BV'): TemplateAdvert => ({
    ...advert(farmAdvert(employer, '1'), employer),
    firstSeenAt: seen,
    removedAt: after(days),
  });

  it('counts members removed within QUICK_REMOVAL_DAYS of first being seen, and keeps a lone one', () => {
    const index = buildTemplateIndex([
      removed(2),
      removed(QUICK_REMOVAL_DAYS + 3),
      { ...advert(farmAdvert('Green Harvest BV', '2'), 'Green Harvest BV'), firstSeenAt: after(9) },
      { ...advert(officeAdvert, 'Numbers BV'), firstSeenAt: seen, removedAt: after(1) },
    ]);
    const farm = index.families.find((f) => f.adverts === 3);
    expect(farm).toMatchObject({ employers: 1, identities: 1, quickRemovals: 1, lastRemovedAt: after(2) });
    // The office text alone, removed after a day: kept for the repost that may follow.
    expect(index.families.find((f) => f.adverts === 1)).toMatchObject({ quickRemovals: 1, employers: 1 });
    expect(index.families).toHaveLength(2);
    const slow = buildTemplateIndex([removed(QUICK_REMOVAL_DAYS + 1), removed(QUICK_REMOVAL_DAYS + 2)]);
    expect(slow.families).toEqual([expect.objectContaining({ adverts: 2, quickRemovals: 0 })]);
    expect(buildTemplateIndex([removed(QUICK_REMOVAL_DAYS + 1)]).families).toEqual([]);
  });

  it('gives a repost of a quickly removed text lifecycle.quick_removal, with the removal in the note', () => {
    const index = buildTemplateIndex([removed(2)]);
    const hits = deriveEntityHits({
      title: 'Fruit pickers',
      text: farmAdvert('Green Harvest BV', '+31 6 9999 0000'),
      employer: 'Green Harvest BV',
      contacts: none,
      contactSpans: [],
      textHits: [],
      templateIndex: index,
    });
    const ids = hits.map((h) => h.indicatorId);
    expect(ids).toContain('lifecycle.quick_removal');
    expect(ids).not.toContain('network.template');
    expect(hits.find((h) => h.indicatorId === 'lifecycle.quick_removal')?.note).toMatch(
      new RegExp(
        `^near-identical text \\(about \\d+% of its 5-word phrases\\) was taken down within ${QUICK_REMOVAL_DAYS} days of posting once \\(last found removed 2026-11-03\\) and is posted again$`,
      ),
    );
    const other = deriveEntityHits({
      title: 'Accountant',
      text: officeAdvert,
      contacts: none,
      contactSpans: [],
      textHits: [],
      templateIndex: index,
    });
    expect(other.map((h) => h.indicatorId)).not.toContain('lifecycle.quick_removal');
  });

  it('reads index files written before quick removals were counted', () => {
    const index = buildTemplateIndex(['A BV', 'B BV'].map((n) => advert(farmAdvert(n, '1'), n)));
    const old = {
      ...index,
      families: index.families.map(({ quickRemovals: _, ...rest }) => rest),
    };
    expect(parseTemplateIndex(JSON.stringify(old)).families[0]?.quickRemovals).toBe(0);
  });
});

describe('parseTemplateIndex', () => {
  const index = buildTemplateIndex(
    ['A BV', 'B BV'].map((n) => advert(farmAdvert(n, '1'), n)),
    new Date('2026-12-01T00:00:00Z'),
  );

  it('reads back what was written, and matches with it', () => {
    const read = parseTemplateIndex(JSON.stringify(index));
    expect(read).toEqual(index);
    expect(read.families[0]!.adverts).toBe(2);
  });

  it('names the file, what is wrong and the fix', () => {
    expect(() => parseTemplateIndex('{oops', 'data/template-index.json')).toThrow(
      /^data\/template-index\.json: not JSON .*Fix: delete it; the next crawl rebuilds it$/,
    );
    const bad = { ...index, families: [{ ...index.families[0], signature: 'AAAA' }] };
    expect(() => parseTemplateIndex(JSON.stringify(bad), 'data/template-index.json')).toThrow(
      /not a recruitwatch-template-index file of version 1 \(families\.0\.signature: must be base64 of 64 32-bit values\)/,
    );
    expect(() => parseTemplateIndex(JSON.stringify({ ...index, version: 2 }))).toThrow(/version: /);
  });
});
