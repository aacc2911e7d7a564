// The salary baseline learned from a real SQLite store, then used by the assess stage.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessor } from '../../classifiers/assess.ts';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';
import {
  BASELINE_FILE,
  fitSalaryBaselineFromStore,
  loadSalaryBaseline,
  saveSalaryBaseline,
} from '../../pipeline/salary-baseline-store.ts';
import { openTempStorage, type TempStorage } from '../crawler/helpers/temp-storage.ts';

let storage: TempStorage;

/** 30 strawberry-picking adverts in Spain at €1,300–1,590 a month, and 5 without a salary. */
async function fill(): Promise<void> {
  for (let i = 0; i < 35; i++) {
    const url = `https://jobs.example/es/${i}`;
    const monthlyEur = 1300 + 10 * i;
    await storage.store.upsertAdvert({
      url,
      canonicalUrl: url,
      title: `Recolector de fresas ${i}`,
      text: 'Campaña de la fresa en Huelva, trabajo en el campo, cosecha.',
      location: { raw: 'Huelva', city: 'Huelva' },
      ...(i < 30
        ? {
            salary: {
              raw: `${monthlyEur} €/mes`,
              min: monthlyEur,
              currency: 'EUR',
              period: 'month' as const,
              monthlyEur,
            },
          }
        : {}),
      extractedBy: 'jsonld',
      sourceId: 'es-board',
      language: 'es',
      contacts: { phones: [], emails: [], messengers: [], urls: [] },
      snapshotId: 'a'.repeat(64),
      seenAt: '2026-12-01T00:00:00.000Z',
    });
  }
}

beforeAll(async () => {
  storage = await openTempStorage();
  await fill();
});
afterAll(() => storage.dispose());

describe('fitSalaryBaselineFromStore', () => {
  it('learns agriculture in ES from the stored adverts with a salary, the site country standing in for the workplace', async () => {
    const baseline = await fitSalaryBaselineFromStore(storage.store, {
      siteCountry: (id) => (id === 'es-board' ? 'ES' : undefined),
    });
    expect(baseline.observations).toEqual({ used: 30, skipped: 0 });
    const cell = baseline.cells.find((c) => c.sector === 'agriculture' && c.country === 'ES');
    expect(cell?.n).toBe(30);
    // Median of 1300, 1310, …, 1590: the geometric mean of 1440 and 1450.
    expect(cell?.medianEur).toBeCloseTo(Math.sqrt(1440 * 1450), 6);
  });

  it('is saved whole in the data directory and read back; a missing file means no baseline yet', async () => {
    const baseline = await fitSalaryBaselineFromStore(storage.store, { siteCountry: () => 'ES' });
    const path = saveSalaryBaseline(storage.dir, baseline);
    expect(path).toBe(join(storage.dir, BASELINE_FILE));
    expect(loadSalaryBaseline(path)).toEqual(baseline);
    expect(loadSalaryBaseline(join(storage.dir, 'nope.json'))).toBeUndefined();
  });

  it('lets the assess stage flag pay far above that baseline, with the baseline in the note', async () => {
    const salaryBaseline = await fitSalaryBaselineFromStore(storage.store, { siteCountry: () => 'ES' });
    const engine = createRuleEngine(loadRulePacks());
    const advert = {
      title: 'Recolector de fresas en Huelva',
      text: 'Campaña de la fresa en Huelva. Sin experiencia. Trabajo en el campo, cosecha. Ganarás 4000 € al mes.',
      location: 'Huelva',
      salary: '4000 €/mes',
      siteCountry: 'ES',
    };
    const withBaseline = createAssessor({ engine, salaryBaseline }).assess(advert);
    expect(withBaseline.sector).toBe('agriculture');
    const hit = withBaseline.hits.find((h) => h.indicatorId === 'pay.too_good');
    expect(hit?.note).toMatch(
      /^€4,000 a month is 2\.8× the median of €1,445 for agriculture in ES \(30 adverts; robust z \d+\.\d\)$/,
    );
    const fixed = createAssessor({ engine }).assess(advert);
    expect(fixed.hits.find((h) => h.indicatorId === 'pay.too_good')?.note).toMatch(
      /fixed threshold .*no salary baseline loaded/,
    );
  });
});
