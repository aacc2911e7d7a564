// The advert handler over a real SQLite store: an unchanged advert is not assessed again, unless
// what the corpus tells about it has changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessor } from '../../classifiers/assess.ts';
import { buildContactIndex } from '../../classifiers/contact-index.ts';
import { createAdvertHandler } from '../../pipeline/advert-handler.ts';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';
import type { ExtendedStore } from '../../storage/extended-store.ts';
import type { AdvertDraft, Snapshot } from '../../storage/records.ts';
import { openTempStorage, type TempStorage } from '../crawler/helpers/temp-storage.ts';

let storage: TempStorage;
beforeAll(async () => {
  storage = await openTempStorage();
});
afterAll(() => storage.dispose());

const source = { id: 'pl-board', country: 'PL', languages: ['pl'] };
const draft: AdvertDraft = {
  url: 'https://jobs.example/pl/1',
  canonicalUrl: 'https://jobs.example/pl/1',
  title: 'Praca przy zbiorach w Holandii',
  text: 'Zbiory truskawek, zakwaterowanie zapewnione. Kontakt WhatsApp: +48 600 123 456.',
  employer: 'Nowa Firma',
  location: { raw: 'Holandia' },
  extractedBy: 'jsonld',
};
const snapshot = (at: string): Snapshot => ({
  sha256: 'a'.repeat(64),
  sourceId: source.id,
  url: draft.url,
  finalUrl: draft.url,
  status: 200,
  headers: {},
  fetchedAt: at,
  byteLength: 1,
  storageKey: 'k',
  render: 'static',
  crawlRunId: 'run',
});

describe('createAdvertHandler', () => {
  it('assesses an unchanged advert again only when its indicators or score change', async () => {
    const engine = createRuleEngine(loadRulePacks());
    const plain = createAdvertHandler({ store: storage.store, assessor: createAssessor({ engine }), source });
    const first = await plain(draft, snapshot('2026-12-01T00:00:00.000Z'));
    expect(first).toMatchObject({ created: true, assessed: true });
    const again = await plain(draft, snapshot('2026-12-02T00:00:00.000Z'));
    expect(again).toMatchObject({ created: false, changed: false, assessed: false, score: first.score });
    expect(await (storage.store as ExtendedStore).listAssessments(first.advertId)).toHaveLength(1);

    // The corpus now shows the advert's phone under three other employers.
    const contactIndex = buildContactIndex(
      ['A', 'B', 'C'].map((employer) => ({
        employer,
        contacts: { phones: ['+48600123456'], emails: [], messengers: [], urls: [] },
      })),
    );
    const networked = createAdvertHandler({
      store: storage.store,
      assessor: createAssessor({ engine, contactIndex }),
      source,
    });
    const third = await networked(draft, snapshot('2026-12-03T00:00:00.000Z'));
    expect(third.assessed).toBe(true);
    const saved = await storage.store.getAssessment(first.advertId);
    expect(saved?.hits.map((h) => h.indicatorId)).toContain('network.shared_contact');
    expect((await networked(draft, snapshot('2026-12-04T00:00:00.000Z'))).assessed).toBe(false);
    expect(await (storage.store as ExtendedStore).listAssessments(first.advertId)).toHaveLength(2);
  });
});
