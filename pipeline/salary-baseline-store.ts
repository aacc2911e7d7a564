// The salary baseline learned from the crawled corpus: every stored advert with a salary gives one
// observation (its sector, its workplace country — or its site's — and its monthly EUR pay), and
// the baseline is fitted on them with robust statistics (classifiers/salary-baseline.ts). It is
// kept as a JSON file in the data directory and used by the crawl runs that follow.
import { readIfPresent, writeWhole } from './data-dir-file.ts';
import { collectFromStore, type AdvertCollector } from '../storage/stored-adverts.ts';
import { join } from 'node:path';
import { countryFromLocation } from '../classifiers/countries.ts';
import {
  fitSalaryBaseline,
  parseSalaryBaseline,
  salaryBaselineToJSON,
  type SalaryBaseline,
  type SalaryObservation,
} from '../classifiers/salary-baseline.ts';
import { detectSector } from '../classifiers/sector.ts';
import type { Store } from '../storage/ports.ts';

/** The baseline's file in a data directory. */
export const BASELINE_FILE = 'salary-baseline.json';

export interface FitFromStoreOptions {
  /** The site country of a source (for adverts whose workplace country is unknown). */
  siteCountry(sourceId: string): string | undefined;
  /** Fewest adverts per cell. Default: the baseline's default (20). */
  minCount?: number;
}

/** Collects the salary observations of stored adverts (those that carry a salary) and fits a baseline. */
export function salaryBaselineCollector(options: FitFromStoreOptions): AdvertCollector<SalaryBaseline> {
  const observations: SalaryObservation[] = [];
  return {
    add(advert) {
      const monthlyEur = advert.salary?.monthlyEur;
      if (monthlyEur === undefined) return;
      const { sector } = detectSector({
        title: advert.title,
        text: advert.text,
        ...(advert.language ? { language: advert.language } : {}),
        ...(advert.sector ? { industry: advert.sector } : {}),
      });
      const country = countryFromLocation(advert.location) ?? options.siteCountry(advert.sourceId);
      observations.push({ sector, ...(country ? { country } : {}), monthlyEur });
    },
    result: () =>
      fitSalaryBaseline(observations, options.minCount !== undefined ? { minCount: options.minCount } : {}),
  };
}

/** Fits a baseline on the stored adverts (current versions) that carry a salary. */
export function fitSalaryBaselineFromStore(
  store: Store,
  options: FitFromStoreOptions,
): Promise<SalaryBaseline> {
  return collectFromStore(store, salaryBaselineCollector(options));
}

/** The baseline kept in a data directory, or undefined when there is none yet. */
export function loadSalaryBaseline(path: string): SalaryBaseline | undefined {
  const raw = readIfPresent(path);
  return raw === undefined ? undefined : parseSalaryBaseline(raw, path);
}

/** Writes the baseline whole or not at all (a crash mid-write leaves the previous one). */
export function saveSalaryBaseline(dataDir: string, baseline: SalaryBaseline): string {
  return writeWhole(join(dataDir, BASELINE_FILE), salaryBaselineToJSON(baseline));
}
