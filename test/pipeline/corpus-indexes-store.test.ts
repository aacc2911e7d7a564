// The contact and template indexes built from a real SQLite store, then used by the assess stage
// for network.shared_contact and network.template.
import { join } from 'node:path';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessor } from '../../classifiers/assess.ts';
import { buildContactIndex, contactKeys, MIN_EMPLOYERS } from '../../classifiers/contact-index.ts';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';
import {
  buildContactIndexFromStore,
  CONTACT_INDEX_FILE,
  loadContactIndex,
  saveContactIndex,
} from '../../pipeline/contact-index-store.ts';
import {
  buildTemplateIndexFromStore,
  loadTemplateIndex,
  saveTemplateIndex,
  TEMPLATE_INDEX_FILE,
} from '../../pipeline/template-index-store.ts';
import { corpusIndexReader, findRelatedAdverts } from '../../pipeline/related-adverts.ts';
import type { Contacts } from '../../storage/records.ts';
import { openTempStorage, type TempStorage } from '../crawler/helpers/temp-storage.ts';

let storage: TempStorage;

const SHARED_PHONE = '+48600123456';
const AGENCY_PHONE = '+48221234567';
const none: Contacts = { phones: [], emails: [], messengers: [], urls: [] };

/** A Polish farm advert of about 70 words, with the employer and the phone written into it. */
const farmText = (employer: string, phone: string): string =>
  `${employer} zatrudni osoby do zbioru truskawek w Holandii od przyszłego tygodnia. Doświadczenie ` +
  'nie jest wymagane, znajomość języka też nie, wszystkiego uczymy na miejscu pierwszego dnia. ' +
  'Transport z Polski busem organizujemy my, koszt potrącamy z pierwszej wypłaty. Zakwaterowanie w ' +
  'pokojach wieloosobowych przy farmie, opłata tygodniowa odliczana od pensji. Wypłata co miesiąc ' +
  `gotówką. Wyślij zdjęcie paszportu i swój wiek do ${employer} na WhatsApp ${phone}, liczba miejsc ` +
  'ograniczona, zabierz znajomych, pary mile widziane.';

/**
 * Four adverts under four employer names share one WhatsApp number; an agency gives its own phone
 * in five adverts under its one name; one advert has no contact. Three adverts under three names
 * copy one farm text, each with its own phone; one employer posts another farm text twice.
 */
async function fill(): Promise<void> {
  const adverts: Array<{ employer: string; contacts: Contacts; text?: string }> = [
    ...['Agro Holland', 'Fresh Farms BV', 'Kwekerij Jansen', 'Tulip Work'].map((employer) => ({
      employer,
      contacts: {
        ...none,
        phones: [SHARED_PHONE],
        messengers: [{ kind: 'whatsapp' as const, handle: SHARED_PHONE }],
      },
    })),
    ...Array.from({ length: 5 }, () => ({
      employer: 'Praca Agencja Sp. z o.o.',
      contacts: { ...none, phones: [AGENCY_PHONE], emails: ['Rekrutacja@Agencja.pl'] },
    })),
    { employer: 'Solo', contacts: none },
    ...['Zbiory Holandia', 'Praca Owoce', 'Agro Team'].map((employer, i) => ({
      employer,
      contacts: { ...none, phones: [`+4860000000${i}`] },
      text: farmText(employer, `+48 600 000 00${i}`),
    })),
    ...[1, 2].map(() => ({
      employer: 'Szklarnie Nowak',
      contacts: none,
      text:
        'Szklarnie Nowak zatrudnią pracowników do zbioru pomidorów pod Radomiem na cały sezon. Umowa o ' +
        'pracę, stawka godzinowa zgodna z przepisami, praca pięć dni w tygodniu po osiem godzin. ' +
        'Zapewniamy odzież roboczą i szkolenie BHP, dojazd z Radomia firmowym busem bez opłat. Dla ' +
        'osób spoza regionu mamy pokoje dwuosobowe w cenie rynkowej, płatne osobno, bez potrąceń z ' +
        'pensji. Zgłoszenia przez formularz na stronie firmy lub telefonicznie w biurze kadr.',
    })),
  ];
  for (const [i, a] of adverts.entries()) {
    const url = `https://jobs.example/pl/${i}`;
    await storage.store.upsertAdvert({
      url,
      canonicalUrl: url,
      title: `Praca w Holandii ${i}`,
      text: a.text ?? 'Praca przy zbiorach.',
      employer: a.employer,
      location: { raw: 'Holandia' },
      extractedBy: 'jsonld',
      sourceId: 'pl-board',
      language: 'pl',
      contacts: a.contacts,
      snapshotId: 'b'.repeat(64),
      seenAt: '2026-12-01T00:00:00.000Z',
    });
  }
}

beforeAll(async () => {
  storage = await openTempStorage();
  await fill();
});
afterAll(() => storage.dispose());

describe('contact index', () => {
  it('counts each stored contact by adverts and by employer names, keeping only those given twice or more', async () => {
    const index = await buildContactIndexFromStore(storage.store);
    expect(index.adverts).toBe(15);
    expect(index.contacts[SHARED_PHONE]).toMatchObject({ adverts: 4, employers: 4 });
    expect(index.contacts[`whatsapp:${SHARED_PHONE}`]).toMatchObject({ adverts: 4, employers: 4 });
    expect(index.contacts[AGENCY_PHONE]).toMatchObject({ adverts: 5, employers: 1 });
    expect(index.contacts['rekrutacja@agencja.pl']).toMatchObject({ adverts: 5, employers: 1 });
    // Each names its adverts, for analysts to open.
    const stored = await storage.store.listAdverts({ limit: 100 });
    const employerOf = new Map(stored.map((a) => [a.id, a.employer]));
    expect(index.contacts[SHARED_PHONE]!.advertIds!.map((id) => employerOf.get(id)).sort()).toEqual([
      'Agro Holland',
      'Fresh Farms BV',
      'Kwekerij Jansen',
      'Tulip Work',
    ]);
    expect(Object.keys(index.contacts)).toHaveLength(4);
  });

  it('folds employer names: case and spacing do not make another employer', () => {
    const contacts = { ...none, phones: [SHARED_PHONE] };
    const index = buildContactIndex([
      { employer: 'Agro  Holland', contacts },
      { employer: 'agro holland', contacts },
      { contacts },
    ]);
    expect(index.contacts[SHARED_PHONE]).toEqual({ adverts: 3, employers: 1 });
    expect(contactKeys({ ...none, emails: ['A@B.PL', 'a@b.pl'] })).toEqual(['a@b.pl']);
  });

  it('is saved whole in the data directory and read back; a missing file means none yet; a broken one is named', async () => {
    const index = await buildContactIndexFromStore(storage.store);
    const path = saveContactIndex(storage.dir, index);
    expect(path).toBe(join(storage.dir, CONTACT_INDEX_FILE));
    expect(loadContactIndex(path)).toEqual(index);
    expect(loadContactIndex(join(storage.dir, 'nope.json'))).toBeUndefined();
    const broken = join(storage.dir, 'broken.json');
    writeFileSync(broken, '{"format":"something else"}');
    expect(() => loadContactIndex(broken)).toThrow(
      /broken\.json: not a recruitwatch-contact-index file.*Fix: delete it/,
    );
    writeFileSync(broken, '{not json');
    expect(() => loadContactIndex(broken)).toThrow(/broken\.json: not JSON/);
  });

  it("lets the assess stage flag a contact several employers give, with the counts in the note, and not an agency's own phone", async () => {
    const contactIndex = await buildContactIndexFromStore(storage.store);
    const assessor = createAssessor({ engine: createRuleEngine(loadRulePacks()), contactIndex });
    const shared = assessor.assess({
      title: 'Praca przy zbiorach w Holandii',
      text: 'Zbiory truskawek, zakwaterowanie zapewnione. Kontakt WhatsApp: +48 600 123 456.',
      employer: 'Nowa Firma',
      siteCountry: 'PL',
    });
    const hit = shared.hits.find((h) => h.indicatorId === 'network.shared_contact');
    expect(hit?.state).toBe('present');
    expect(hit?.evidence.map((e) => e.text).join(' ')).toContain('600 123 456');
    expect(hit?.note).toContain(`${SHARED_PHONE} is given by 4 stored adverts under 4 employer names`);
    expect(MIN_EMPLOYERS).toBeLessThanOrEqual(4);

    const agency = assessor.assess({
      title: 'Praca przy zbiorach w Holandii',
      text: 'Zbiory truskawek. Kontakt: +48 22 123 45 67, rekrutacja@agencja.pl',
      employer: 'Praca Agencja Sp. z o.o.',
      siteCountry: 'PL',
    });
    expect(agency.hits.map((h) => h.indicatorId)).not.toContain('network.shared_contact');

    const without = createAssessor({ engine: createRuleEngine(loadRulePacks()) }).assess({
      title: 'Praca przy zbiorach w Holandii',
      text: 'Kontakt WhatsApp: +48 600 123 456.',
      siteCountry: 'PL',
    });
    expect(without.hits.map((h) => h.indicatorId)).not.toContain('network.shared_contact');
  });
});

describe('template index', () => {
  it('groups the stored texts into near-identical families with their employer names and identities', async () => {
    const index = await buildTemplateIndexFromStore(storage.store);
    expect(index.adverts).toBe(15);
    // The short texts are not compared. The copies of the farm text are one family under three
    // names; the greenhouse advert posted twice by its employer is another, of one identity.
    expect(index.families.map((f) => [f.adverts, f.employers, f.identities])).toEqual([
      [3, 3, 3],
      [2, 1, 1],
    ]);
  });

  it('is saved whole in the data directory and read back; a broken file is named with the fix', async () => {
    const index = await buildTemplateIndexFromStore(storage.store);
    const path = saveTemplateIndex(storage.dir, index);
    expect(path).toBe(join(storage.dir, TEMPLATE_INDEX_FILE));
    expect(loadTemplateIndex(path)).toEqual(index);
    expect(loadTemplateIndex(join(storage.dir, 'nope.json'))).toBeUndefined();
    const broken = join(storage.dir, 'broken-templates.json');
    writeFileSync(broken, JSON.stringify({ ...index, families: 'none' }));
    expect(() => loadTemplateIndex(broken)).toThrow(
      /broken-templates\.json: not a recruitwatch-template-index file of version 1 \(families: .*Fix: delete it/,
    );
  });

  it('lets the assess stage flag a new copy of the text, with the counts in the note', async () => {
    const templateIndex = loadTemplateIndex(join(storage.dir, TEMPLATE_INDEX_FILE))!;
    const assessor = createAssessor({ engine: createRuleEngine(loadRulePacks()), templateIndex });
    const copy = assessor.assess({
      title: 'Zbiory truskawek w Holandii',
      text: farmText('Nowa Praca', '+48 511 222 333'),
      employer: 'Nowa Praca',
      siteCountry: 'PL',
    });
    const hit = copy.hits.find((h) => h.indicatorId === 'network.template');
    expect(hit?.state).toBe('present');
    expect(hit?.note).toMatch(/is posted by 3 stored adverts under 3 employer names or contacts$/);
    const other = assessor.assess({
      title: 'Zbiory truskawek w Holandii',
      text: 'Zbiory truskawek, zakwaterowanie zapewnione. Kontakt WhatsApp: +48 600 123 456.',
      siteCountry: 'PL',
    });
    expect(other.hits.map((h) => h.indicatorId)).not.toContain('network.template');
    const repost = assessor.assess({
      title: 'Zbiór pomidorów',
      text: (await storage.store.listAdverts({ limit: 100 })).find((a) => a.employer === 'Szklarnie Nowak')!
        .text,
      employer: 'Szklarnie Nowak',
      siteCountry: 'PL',
    });
    expect(repost.hits.map((h) => h.indicatorId)).not.toContain('network.template');
  });

  it('counts an advert the crawl found removed soon after posting, and flags the text posted again', async () => {
    const nowak = (await storage.store.listAdverts({ limit: 100 })).filter(
      (a) => a.employer === 'Szklarnie Nowak',
    );
    await storage.store.markAdvertRemoved(nowak[0]!.id, '2026-12-03T00:00:00.000Z');
    const templateIndex = await buildTemplateIndexFromStore(storage.store);
    expect(templateIndex.families.find((f) => f.adverts === 2)).toMatchObject({
      quickRemovals: 1,
      lastRemovedAt: '2026-12-03T00:00:00.000Z',
    });
    const assessor = createAssessor({ engine: createRuleEngine(loadRulePacks()), templateIndex });
    const repost = assessor.assess({
      title: 'Zbiór pomidorów',
      text: nowak[0]!.text,
      employer: 'Szklarnie Nowak',
      siteCountry: 'PL',
    });
    const hit = repost.hits.find((h) => h.indicatorId === 'lifecycle.quick_removal');
    expect(hit?.note).toContain('taken down within 7 days of posting once (last found removed 2026-12-03)');
  });
});

describe('related adverts', () => {
  it('lists the other adverts that give a contact of the advert or copy its text', async () => {
    saveContactIndex(storage.dir, await buildContactIndexFromStore(storage.store));
    saveTemplateIndex(storage.dir, await buildTemplateIndexFromStore(storage.store));
    const indexes = corpusIndexReader(storage.dir)();
    expect(indexes.problems).toEqual([]);
    const stored = await storage.store.listAdverts({ limit: 100 });
    const byEmployer = (e: string) => stored.find((a) => a.employer === e)!;

    const farm = await findRelatedAdverts(byEmployer('Agro Holland'), indexes, storage.store);
    expect(farm.groups.map((g) => g.reason)).toEqual([
      `Adverts that also give ${SHARED_PHONE} (4 stored adverts under 4 employer names)`,
      `Adverts that also give whatsapp:${SHARED_PHONE} (4 stored adverts under 4 employer names)`,
    ]);
    expect(farm.groups[0]!.adverts.map((a) => a.employer).sort()).toEqual([
      'Fresh Farms BV',
      'Kwekerij Jansen',
      'Tulip Work',
    ]);
    expect(farm.groups[0]!.more).toBe(0);

    const copy = await findRelatedAdverts(byEmployer('Praca Owoce'), indexes, storage.store);
    expect(copy.groups).toHaveLength(1);
    expect(copy.groups[0]!.reason).toMatch(
      /^Adverts with near-identical text \(about \d+% of its 5-word phrases; 3 stored adverts under 3 employer names or contacts\)$/,
    );
    expect(copy.groups[0]!.adverts.map((a) => a.employer).sort()).toEqual(['Agro Team', 'Zbiory Holandia']);

    const alone = await findRelatedAdverts(byEmployer('Solo'), indexes, storage.store);
    expect(alone).toEqual({ groups: [], problems: [] });
  });

  it('reads the index files again when a crawl rewrites them, and reports a broken one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recruitwatch-related-'));
    try {
      const read = corpusIndexReader(dir);
      expect(read()).toEqual({ problems: [] });
      saveContactIndex(dir, await buildContactIndexFromStore(storage.store));
      expect(Object.keys(read().contactIndex!.contacts)).toHaveLength(4);
      writeFileSync(join(dir, CONTACT_INDEX_FILE), '{oops');
      utimesSync(join(dir, CONTACT_INDEX_FILE), new Date(), new Date(Date.now() + 5000));
      const broken = read();
      expect(broken.contactIndex).toBeUndefined();
      expect(broken.problems).toEqual([
        expect.stringMatching(/contact-index\.json: not JSON .*Fix: delete it; the next crawl rebuilds it$/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
