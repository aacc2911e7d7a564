import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIN_CELL_COUNT,
  MAD_FLOOR,
  MAD_TO_SIGMA,
  SALARY_BASELINE_FORMAT,
  TOO_GOOD_MIN_RATIO,
  TOO_GOOD_MIN_ROBUST_Z,
  baselineCell,
  fitSalaryBaseline,
  judgePay,
  parseSalaryBaseline,
  salaryBaselineToJSON,
} from '../../classifiers/salary-baseline.ts';
import type { SalaryObservation } from '../../classifiers/salary-baseline.ts';
import { SECTOR_VERSION } from '../../classifiers/sector.ts';

const FITTED_AT = '2026-11-20T10:00:00.000Z';
const obs = (sector: string | undefined, country: string, pays: number[]): SalaryObservation[] =>
  pays.map((monthlyEur) => ({ ...(sector ? { sector } : {}), country, monthlyEur }));

// Agriculture in Spain: log pay has median ln 1500 and MAD ln 1.25 — the deviations from ln 1500 are
// ln 1.5, ln 1.25, 0, ln 1.2 and ln 2; sorted 0, ln 1.2, ln 1.25, ln 1.5, ln 2.
const AGRI_ES = [1000, 1200, 1500, 1800, 3000];
// Cleaning in Spain: every advert pays the same (MAD 0).
const CLEAN_ES = [2000, 2000, 2000, 2000, 2000];

describe('fitSalaryBaseline', () => {
  const baseline = fitSalaryBaseline(
    [
      ...obs('agriculture', 'ES', AGRI_ES),
      ...obs('cleaning', 'es', CLEAN_ES),
      ...obs('retail', 'PL', [900, 1100]),
    ],
    { minCount: 5, fittedAt: FITTED_AT },
  );

  it('computes the median and MAD of log pay per sector × country and per country', () => {
    const agri = baseline.cells.find((c) => c.sector === 'agriculture' && c.country === 'ES')!;
    expect(agri.n).toBe(5);
    // An odd count's median is an advertised amount, exactly.
    expect(agri.medianEur).toBe(1500);
    expect(agri.madLog).toBeCloseTo(Math.log(1.25), 12);
    const clean = baseline.cells.find((c) => c.sector === 'cleaning')!;
    expect(clean).toMatchObject({ country: 'ES', n: 5, madLog: 0 });
    expect(clean.medianEur).toBe(2000);
    // All ten Spanish adverts: sorted 1000 1200 1500 1800 2000 2000 2000 2000 2000 3000; the median of
    // an even count is the mean of the middle two logs, here both ln 2000.
    const es = baseline.cells.find((c) => c.sector === '*' && c.country === 'ES')!;
    expect(es.n).toBe(10);
    expect(es.medianEur).toBeCloseTo(2000, 9);
    // Deviations from ln 2000: ln 2, ln(5/3), ln(4/3), ln(10/9), 0 ×5, ln 1.5 → median of the sorted ten
    // (0 0 0 0 0 ln(10/9) …) is (0 + ln(10/9)) / 2.
    expect(es.madLog).toBeCloseTo(Math.log(10 / 9) / 2, 12);
  });

  it('takes the geometric mean of the middle two for an even count', () => {
    const b = fitSalaryBaseline(obs('health', 'DE', [1000, 4000]), { minCount: 2, fittedAt: FITTED_AT });
    const cell = b.cells.find((c) => c.sector === 'health')!;
    expect(cell.medianEur).toBeCloseTo(2000, 9);
    expect(cell.madLog).toBeCloseTo(Math.log(2), 12);
  });

  it('keeps only cells with at least minCount adverts (default 20)', () => {
    expect(DEFAULT_MIN_CELL_COUNT).toBe(20);
    // Poland has two adverts: no cell at all.
    expect(baseline.cells.some((c) => c.country === 'PL')).toBe(false);
    expect(baseline.cells.map((c) => `${c.sector}|${c.country}`)).toEqual([
      '*|ES',
      'agriculture|ES',
      'cleaning|ES',
    ]);
    const byDefault = fitSalaryBaseline(obs('agriculture', 'ES', AGRI_ES), { fittedAt: FITTED_AT });
    expect(byDefault.minCount).toBe(20);
    expect(byDefault.cells).toEqual([]);
  });

  it('ignores pay that is not a positive finite number and observations without a country', () => {
    const b = fitSalaryBaseline(
      [
        ...obs('agriculture', 'ES', [1500, Number.NaN, Number.POSITIVE_INFINITY, 0, -800]),
        { sector: 'agriculture', monthlyEur: 1500 },
        { sector: 'agriculture', country: 'Spain', monthlyEur: 1500 },
      ],
      { minCount: 1, fittedAt: FITTED_AT },
    );
    expect(b.observations).toEqual({ used: 1, skipped: 6 });
    expect(b.cells.map((c) => c.n)).toEqual([1, 1]);
  });

  it('counts an unknown sector towards its country only', () => {
    const b = fitSalaryBaseline(obs('farming', 'IT', [1000, 1100, 1200]), {
      minCount: 3,
      fittedAt: FITTED_AT,
    });
    expect(b.cells.map((c) => c.sector)).toEqual(['*']);
  });

  it('is versioned by method, date and a hash of its cells', () => {
    expect(baseline.format).toBe(SALARY_BASELINE_FORMAT);
    expect(baseline.sectorVersion).toBe(SECTOR_VERSION);
    expect(baseline.version).toMatch(/^log-median-mad-1\/2026-11-20\+[0-9a-f]{8}$/u);
    const same = fitSalaryBaseline(
      [...obs('agriculture', 'ES', AGRI_ES), ...obs('cleaning', 'ES', CLEAN_ES)],
      { minCount: 5, fittedAt: FITTED_AT },
    );
    expect(same.version).toBe(baseline.version);
    // Pay that leaves every median and MAD as it was leaves the version as it was…
    const sameCells = fitSalaryBaseline(
      [...obs('agriculture', 'ES', [1001, 1200, 1500, 1800, 3000]), ...obs('cleaning', 'ES', CLEAN_ES)],
      { minCount: 5, fittedAt: FITTED_AT },
    );
    expect(sameCells.version).toBe(baseline.version);
    // …a different median does not.
    const other = fitSalaryBaseline(
      [...obs('agriculture', 'ES', [1000, 1200, 1550, 1800, 3000]), ...obs('cleaning', 'ES', CLEAN_ES)],
      { minCount: 5, fittedAt: FITTED_AT },
    );
    expect(other.version).not.toBe(baseline.version);
  });

  it('refuses a minCount that is not a positive whole number', () => {
    expect(() => fitSalaryBaseline([], { minCount: 0 })).toThrow(/minCount must be a positive whole number/u);
  });
});

describe('judgePay', () => {
  const baseline = fitSalaryBaseline(
    [...obs('agriculture', 'ES', AGRI_ES), ...obs('cleaning', 'ES', CLEAN_ES)],
    { minCount: 5, fittedAt: FITTED_AT },
  );

  it('uses the sector × country cell, then the country, then nothing', () => {
    expect(baselineCell(baseline, 'agriculture', 'ES')?.level).toBe('sector-country');
    expect(baselineCell(baseline, 'construction', 'ES')).toMatchObject({
      level: 'country',
      cell: { sector: '*' },
    });
    expect(baselineCell(baseline, undefined, 'es')?.level).toBe('country');
    expect(baselineCell(baseline, 'agriculture', 'PT')).toBeUndefined();
    expect(baselineCell(baseline, 'agriculture', undefined)).toBeUndefined();
    expect(judgePay(baseline, { sector: 'agriculture', country: 'PT', monthlyEur: 5000 })).toBeUndefined();
  });

  it('needs robust z ≥ 3 where the cell is wide: 2.6× the median is not enough, 2.8× is', () => {
    // σ = ln 1.25 × 1.4826 ≈ 0.3308; z = 3 at ratio e^(3σ) ≈ 2.70.
    const sigma = Math.log(1.25) * MAD_TO_SIGMA;
    const below = judgePay(baseline, { sector: 'agriculture', country: 'ES', monthlyEur: 3900 })!;
    expect(below).toMatchObject({ level: 'sector-country', n: 5, tooGood: false });
    expect(below.ratio).toBeCloseTo(2.6, 9);
    expect(below.robustZ).toBeCloseTo(Math.log(2.6) / sigma, 9);
    expect(below.robustZ).toBeLessThan(TOO_GOOD_MIN_ROBUST_Z);
    const above = judgePay(baseline, { sector: 'agriculture', country: 'ES', monthlyEur: 4200 })!;
    expect(above.robustZ).toBeCloseTo(Math.log(2.8) / sigma, 9);
    expect(above).toMatchObject({ tooGood: true, baselineVersion: baseline.version });
    expect(above.medianEur).toBeCloseTo(1500, 9);
  });

  it('floors the MAD: in a cell of identical pay, z stays finite and the 1.8× ratio decides', () => {
    // MAD 0 → floor 0.1: σ = 0.14826; 1.7× the median is z ≈ 3.58 but below the ratio.
    const lower = judgePay(baseline, { sector: 'cleaning', country: 'ES', monthlyEur: 3400 })!;
    expect(lower.robustZ).toBeCloseTo(Math.log(1.7) / (MAD_FLOOR * MAD_TO_SIGMA), 9);
    expect(lower.robustZ).toBeGreaterThan(TOO_GOOD_MIN_ROBUST_Z);
    expect(lower.tooGood).toBe(false);
    expect(judgePay(baseline, { sector: 'cleaning', country: 'ES', monthlyEur: 3599 })!.tooGood).toBe(false);
    const higher = judgePay(baseline, { sector: 'cleaning', country: 'ES', monthlyEur: 3601 })!;
    expect(higher.ratio).toBeGreaterThan(TOO_GOOD_MIN_RATIO);
    expect(higher.tooGood).toBe(true);
    // A 10% rise is ordinary, not infinitely unusual.
    expect(judgePay(baseline, { sector: 'cleaning', country: 'ES', monthlyEur: 2200 })!.robustZ).toBeLessThan(
      1,
    );
  });

  it('ignores pay that is not a positive finite number', () => {
    for (const monthlyEur of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(judgePay(baseline, { sector: 'agriculture', country: 'ES', monthlyEur })).toBeUndefined();
  });

  it('gives pay below the median a negative z', () => {
    const low = judgePay(baseline, { sector: 'agriculture', country: 'ES', monthlyEur: 750 })!;
    expect(low.ratio).toBeCloseTo(0.5, 9);
    expect(low.robustZ).toBeLessThan(0);
    expect(low.tooGood).toBe(false);
  });
});

describe('salary baseline JSON', () => {
  const baseline = fitSalaryBaseline(
    [...obs('agriculture', 'ES', AGRI_ES), ...obs('cleaning', 'ES', CLEAN_ES)],
    { minCount: 5, fittedAt: FITTED_AT },
  );
  const json = salaryBaselineToJSON(baseline);

  it('round-trips exactly and judges the same', () => {
    const back = parseSalaryBaseline(json);
    expect(back).toEqual(baseline);
    expect(salaryBaselineToJSON(back)).toBe(json);
    const q = { sector: 'agriculture', country: 'ES', monthlyEur: 4200 };
    expect(judgePay(back, q)).toEqual(judgePay(baseline, q));
    // Already-parsed JSON is accepted too.
    expect(parseSalaryBaseline(JSON.parse(json))).toEqual(baseline);
  });

  const broken = (
    edit: (b: Record<string, unknown> & { cells: Array<Record<string, unknown>> }) => void,
  ): string => {
    const b = JSON.parse(json);
    edit(b);
    return JSON.stringify(b);
  };

  it('names the problem in bad JSON', () => {
    expect(() => parseSalaryBaseline('{"format": ')).toThrow(/salary baseline: not valid JSON/u);
    expect(() => parseSalaryBaseline(broken((b) => (b.format = 'recruitwatch-text-model')))).toThrow(
      /^salary baseline: not a salary baseline \(its "format" must be "recruitwatch-salary-baseline"\)$/u,
    );
    expect(() => parseSalaryBaseline(broken((b) => (b.cells[1]!.country = 'es')))).toThrow(
      /cells\[1\]\.country: must be a two-letter upper-case ISO 3166-1 code/u,
    );
    expect(() => parseSalaryBaseline(broken((b) => (b.cells[1]!.sector = 'farming')))).toThrow(
      /cells\[1\]\.sector: must be "\*" \(all sectors\) or one of: agriculture, /u,
    );
    expect(() => parseSalaryBaseline(broken((b) => (b.cells[1]!.medianEur = -3)))).toThrow(
      /cells\[1\]\.medianEur: must be a positive number/u,
    );
    expect(() => parseSalaryBaseline(broken((b) => (b.cells[1]!.n = 3)))).toThrow(
      /cells\[1\]\.n: 3 adverts is below the baseline's minCount of 5/u,
    );
    expect(() => parseSalaryBaseline(broken((b) => b.cells.push({ ...b.cells[1]! })))).toThrow(
      /cells\[3\]: a second cell for sector "agriculture" in ES/u,
    );
    expect(() =>
      parseSalaryBaseline(
        broken((b) => delete b.version),
        'baseline.json',
      ),
    ).toThrow(/^baseline\.json: not a usable salary baseline - version: missing\. Fix: fit it again/u);
  });
});
