// What work pays, per sector and country, learned from the crawled adverts themselves — so that
// `pay.too_good` can say "€4,200 a month is 2.3× the median for agriculture in ES" instead of
// comparing with one fixed figure per group of countries.
//
// Robust statistics on log pay: the median and the median absolute deviation (MAD) of log(monthly
// EUR) per cell. Pay is roughly log-normal (a raise is a ratio, not an amount), and the median and
// MAD ignore the outliers a corpus of adverts is full of — misread hourly rates, annual figures
// taken for monthly ones, and the too-good offers this baseline exists to find — where a mean and
// standard deviation would be dragged towards them.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normaliseCountryCode } from './countries.ts';
import { SECTORS, SECTOR_VERSION, isSector } from './sector.ts';
import type { Sector } from './sector.ts';

export const SALARY_BASELINE_FORMAT = 'recruitwatch-salary-baseline';
/** Version of the fitting method; a baseline's own version adds its fitting date and a hash of its cells. */
export const SALARY_BASELINE_METHOD = 'log-median-mad-1';

/** Fewest adverts with pay for a cell to be used. 20 puts the median's standard error at about
 *  a quarter of the cell's spread, close enough to call pay "1.8× the median". */
export const DEFAULT_MIN_CELL_COUNT = 20;
/** MAD × 1.4826 estimates the standard deviation of normally distributed data. */
export const MAD_TO_SIGMA = 1.4826;
/**
 * Smallest MAD of log pay used to compute a robust z (0.1 ≈ pay varying by 10% around the median).
 * Without it a cell where every advert offers the same pay (a collective agreement, one employer
 * posting fifty copies) has a MAD of 0 and makes any rise, however small, infinitely unusual.
 */
export const MAD_FLOOR = 0.1;
/**
 * Robust z (log scale) from which pay is far above the norm: 3 is beyond 99.8% of a normal
 * spread, so ordinary variation between employers, regions and overtime stays below it.
 */
export const TOO_GOOD_MIN_ROBUST_Z = 3;
/**
 * Smallest ratio to the median that counts as too good, whatever the z. In a narrow cell (a MAD
 * of 0.1) a z of 3 is only 1.56× the median — a foreman's or a night-shift rate. Advertised
 * unskilled pay sits around 1.2–1.5× the statutory minimum wage, so 1.8× its median lands at
 * 2–3× the minimum, where the fixed per-country thresholds this replaces drew the line.
 */
export const TOO_GOOD_MIN_RATIO = 1.8;

/** One advert's pay, for fitting. */
export interface SalaryObservation {
  /** A sector of SECTORS; anything else counts only towards the country's cell. */
  sector?: string;
  /** ISO 3166-1 alpha-2 of the workplace (or the site, when the workplace is unknown). */
  country?: string;
  monthlyEur: number;
}

/** A cell: `sector` is `*` for all the sectors of a country. */
export interface BaselineCell {
  sector: Sector | '*';
  country: string;
  /** Adverts with pay in the cell. */
  n: number;
  /** exp(median of log pay): the median pay (for an even n, the geometric mean of the middle two). */
  medianEur: number;
  /** Median absolute deviation of log pay from its median. */
  madLog: number;
}

/** A fitted baseline, as stored (JSON) and used. */
export interface SalaryBaseline {
  format: typeof SALARY_BASELINE_FORMAT;
  /** `<method>/<fitting date>+<hash of the cells>`, recorded with the assessments that used it. */
  version: string;
  method: string;
  /** SECTOR_VERSION of the sector detection the observations were labelled with. */
  sectorVersion: string;
  fittedAt: string;
  minCount: number;
  /** Observations used, and left out (pay not a positive finite number, or no valid country). */
  observations: { used: number; skipped: number };
  /** Cells with at least `minCount` adverts, sorted by country then sector (`*` first). */
  cells: BaselineCell[];
}

export interface FitSalaryBaselineOptions {
  /** Fewest adverts for a cell to be kept. Default DEFAULT_MIN_CELL_COUNT (20). */
  minCount?: number;
  /** Fitting time (ISO 8601). Default: now. */
  fittedAt?: string;
  /** SECTOR_VERSION the observations' sectors come from. Default: the current one. */
  sectorVersion?: string;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function cellOf(sector: Sector | '*', country: string, pays: number[]): BaselineCell {
  // Sorting pay sorts its logs; the median pay is taken from the amounts themselves (for an even
  // count the geometric mean of the middle two), so an odd cell's median is an advertised amount.
  const sorted = [...pays].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianEur = sorted.length % 2 === 1 ? sorted[mid]! : Math.sqrt(sorted[mid - 1]! * sorted[mid]!);
  const medianLog = Math.log(medianEur);
  const deviations = sorted.map((x) => Math.abs(Math.log(x) - medianLog)).sort((a, b) => a - b);
  return { sector, country, n: sorted.length, medianEur, madLog: median(deviations) };
}

/**
 * Fits a baseline: per sector × country and per country (all sectors), the median and MAD of
 * log monthly EUR pay, keeping the cells with at least `minCount` adverts.
 */
export function fitSalaryBaseline(
  observations: Iterable<SalaryObservation>,
  options: FitSalaryBaselineOptions = {},
): SalaryBaseline {
  const minCount = options.minCount ?? DEFAULT_MIN_CELL_COUNT;
  if (!Number.isInteger(minCount) || minCount < 1)
    throw new Error(`fitSalaryBaseline: minCount must be a positive whole number, got ${minCount}`);
  const fittedAt = options.fittedAt ?? new Date().toISOString();
  const groups = new Map<string, number[]>();
  const add = (key: string, pay: number): void => {
    const list = groups.get(key);
    if (list) list.push(pay);
    else groups.set(key, [pay]);
  };
  let used = 0;
  let skipped = 0;
  for (const o of observations) {
    const country = normaliseCountryCode(o.country);
    if (!country || !Number.isFinite(o.monthlyEur) || o.monthlyEur <= 0) {
      skipped++;
      continue;
    }
    used++;
    add(`*|${country}`, o.monthlyEur);
    if (isSector(o.sector)) add(`${o.sector}|${country}`, o.monthlyEur);
  }
  const cells: BaselineCell[] = [];
  for (const [key, pays] of groups) {
    if (pays.length < minCount) continue;
    const [sector, country] = key.split('|') as [Sector | '*', string];
    cells.push(cellOf(sector, country, pays));
  }
  cells.sort(compareCells);
  const hash = createHash('sha256').update(JSON.stringify(cells)).digest('hex').slice(0, 8);
  return {
    format: SALARY_BASELINE_FORMAT,
    version: `${SALARY_BASELINE_METHOD}/${fittedAt.slice(0, 10)}+${hash}`,
    method: SALARY_BASELINE_METHOD,
    sectorVersion: options.sectorVersion ?? SECTOR_VERSION,
    fittedAt,
    minCount,
    observations: { used, skipped },
    cells,
  };
}

const sectorRank = (s: Sector | '*'): number => (s === '*' ? -1 : SECTORS.indexOf(s));

function compareCells(a: BaselineCell, b: BaselineCell): number {
  return a.country < b.country ? -1 : a.country > b.country ? 1 : sectorRank(a.sector) - sectorRank(b.sector);
}

/** The baseline as JSON text (stable: same baseline, same text). */
export function salaryBaselineToJSON(baseline: SalaryBaseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

const positive = (what: string) =>
  z.number({ error: `must be a number (${what})` }).refine((x) => Number.isFinite(x) && x > 0, {
    error: `must be a positive number (${what})`,
  });

const cellSchema = z.object({
  sector: z.enum(['*', ...SECTORS] as const, {
    error: `must be "*" (all sectors) or one of: ${SECTORS.join(', ')}`,
  }),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/u, { error: 'must be a two-letter upper-case ISO 3166-1 code, e.g. "ES"' }),
  n: z.number().int({ error: 'must be a whole number of adverts' }).positive(),
  medianEur: positive('monthly EUR'),
  madLog: z
    .number()
    .refine((x) => Number.isFinite(x) && x >= 0, { error: 'must be a finite number ≥ 0 (log scale)' }),
});

const baselineSchema = z
  .object({
    format: z.literal(SALARY_BASELINE_FORMAT, {
      error: `not a salary baseline (format must be "${SALARY_BASELINE_FORMAT}")`,
    }),
    version: z.string().min(1),
    method: z.string().min(1),
    sectorVersion: z.string().min(1),
    fittedAt: z.string().min(1),
    minCount: z.number().int().positive(),
    observations: z.object({ used: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() }),
    cells: z.array(cellSchema),
  })
  .superRefine((b, ctx) => {
    const seen = new Set<string>();
    b.cells.forEach((c, i) => {
      const key = `${c.sector}|${c.country}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i],
          message: `a second cell for sector "${c.sector}" in ${c.country}`,
        });
      seen.add(key);
      if (c.n < b.minCount)
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'n'],
          message: `${c.n} adverts is below the baseline's minCount of ${b.minCount}`,
        });
    });
  });

/**
 * Reads a baseline from JSON text (or already parsed JSON) and checks it; the error names the
 * field and what is wrong with it.
 */
export function parseSalaryBaseline(json: unknown, source = 'salary baseline'): SalaryBaseline {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (err) {
      throw new Error(`${source}: not valid JSON (${(err as Error).message})`, { cause: err });
    }
  }
  // Anything else than a baseline gets one line, not one complaint per missing field.
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== SALARY_BASELINE_FORMAT
  )
    throw new Error(`${source}: not a salary baseline (its "format" must be "${SALARY_BASELINE_FORMAT}")`);
  const parsed = baselineSchema.safeParse(value, {
    error: (issue) => (issue.input === undefined ? 'missing' : undefined),
  });
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => (i.path.length ? `${formatPath(i.path)}: ` : '') + i.message);
    throw new Error(
      `${source}: not a usable salary baseline - ${why.join('; ')}. Fix: fit it again from the adverts (fitSalaryBaseline)`,
    );
  }
  return parsed.data as SalaryBaseline;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

export interface PayQuery {
  /** The advert's sector; without one (or for a sector with too few adverts) the country's cell is used. */
  sector?: string;
  country?: string;
  monthlyEur: number;
}

export interface PayJudgement {
  /** The cell compared with. */
  cell: BaselineCell;
  /** Which fallback it came from: the advert's sector in its country, or all sectors of the country. */
  level: 'sector-country' | 'country';
  n: number;
  medianEur: number;
  /** monthlyEur ÷ medianEur. */
  ratio: number;
  /** (log pay − log median) ÷ (max(MAD, MAD_FLOOR) × MAD_TO_SIGMA). */
  robustZ: number;
  /** robustZ ≥ TOO_GOOD_MIN_ROBUST_Z and ratio ≥ TOO_GOOD_MIN_RATIO. */
  tooGood: boolean;
  /** The baseline's version. */
  baselineVersion: string;
}

const indexes = new WeakMap<SalaryBaseline, Map<string, BaselineCell>>();

function indexOf(baseline: SalaryBaseline): Map<string, BaselineCell> {
  let index = indexes.get(baseline);
  if (!index) {
    index = new Map(baseline.cells.map((c) => [`${c.sector}|${c.country}`, c]));
    indexes.set(baseline, index);
  }
  return index;
}

/** The cell an advert's pay is compared with: sector × country, else country; undefined when neither has data. */
export function baselineCell(
  baseline: SalaryBaseline,
  sector: string | undefined,
  country: string | undefined,
): { cell: BaselineCell; level: PayJudgement['level'] } | undefined {
  const code = normaliseCountryCode(country);
  if (!code) return undefined;
  const index = indexOf(baseline);
  const own = isSector(sector) ? index.get(`${sector}|${code}`) : undefined;
  if (own && own.n >= baseline.minCount) return { cell: own, level: 'sector-country' };
  const all = index.get(`*|${code}`);
  if (all && all.n >= baseline.minCount) return { cell: all, level: 'country' };
  return undefined;
}

/**
 * Compares an advert's monthly pay with the baseline. Undefined when the pay is not a positive
 * finite number or no cell (sector × country, then country) has enough adverts.
 */
export function judgePay(baseline: SalaryBaseline, query: PayQuery): PayJudgement | undefined {
  const { monthlyEur } = query;
  if (!Number.isFinite(monthlyEur) || monthlyEur <= 0) return undefined;
  const found = baselineCell(baseline, query.sector, query.country);
  if (!found) return undefined;
  const { cell, level } = found;
  const ratio = monthlyEur / cell.medianEur;
  const robustZ = Math.log(ratio) / (Math.max(cell.madLog, MAD_FLOOR) * MAD_TO_SIGMA);
  return {
    cell,
    level,
    n: cell.n,
    medianEur: cell.medianEur,
    ratio,
    robustZ,
    tooGood: robustZ >= TOO_GOOD_MIN_ROBUST_Z && ratio >= TOO_GOOD_MIN_RATIO,
    baselineVersion: baseline.version,
  };
}
