import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, getIndicator, isIndicatorId } from '../../rules/catalogue.ts';
import { loadRulePacks } from '../../rules/engine.ts';

// The domain document shared by the project (../shared from the repository root).
const indicatorsMd = readFileSync(new URL('../../../shared/INDICATORS.md', import.meta.url), 'utf8');

/** Rows of the catalogue table: | `id` | group | signal |. */
function documentedIndicators(): Array<{ id: string; group: string }> {
  return [...indicatorsMd.matchAll(/^\|\s*`([a-z_.]+)`\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => ({
    id: m[1]!,
    group: m[2]!,
  }));
}

describe('indicator catalogue', () => {
  it('holds every indicator of INDICATORS.md with the same group, and nothing else', () => {
    const documented = documentedIndicators();
    expect(documented.length).toBeGreaterThanOrEqual(30);
    expect(CATALOGUE.map((d) => ({ id: d.id, group: d.group }))).toEqual(documented);
  });

  it('has unique ids, one-line descriptions and weights between 0 and 1', () => {
    expect(new Set(CATALOGUE.map((d) => d.id)).size).toBe(CATALOGUE.length);
    for (const def of CATALOGUE) {
      expect(def.description.length, def.id).toBeGreaterThan(10);
      expect(def.description, def.id).not.toContain('\n');
      expect(def.defaultWeight, def.id).toBeGreaterThan(0);
      expect(def.defaultWeight, def.id).toBeLessThanOrEqual(1);
    }
  });

  it('weighs context signals low and debt-bondage and document signals high', () => {
    const w = (id: string): number => getIndicator(id)!.defaultWeight;
    for (const low of ['sector.high_risk', 'urgency', 'req.no_experience'])
      expect(w(low), low).toBeLessThanOrEqual(0.2);
    for (const high of [
      'fee.recruitment',
      'docs.passport_upfront',
      'debt.travel_advance',
      'pay.deductions',
    ]) {
      expect(w(high), high).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('marks entity-derived and computed indicators', () => {
    const kinds = Object.fromEntries(CATALOGUE.map((d) => [d.id, d.kind]));
    for (const id of [
      'contact.freemail',
      'contact.messenger_only',
      'employer.anonymous',
      'location.abroad',
      'pay.too_good',
      'employer.impersonation',
    ]) {
      expect(kinds[id], id).toBe('entity');
    }
    for (const id of CATALOGUE.map((d) => d.id).filter((i) => /^(network|lifecycle)\./.test(i))) {
      expect(kinds[id], id).toBe('computed');
    }
    expect(kinds['fee.recruitment']).toBe('textual');
  });

  it('looks ids up', () => {
    expect(getIndicator('fee.recruitment')?.group).toBe('debt bondage');
    expect(getIndicator('fee.unknown')).toBeUndefined();
    expect(isIndicatorId('hours.excessive')).toBe(true);
    expect(isIndicatorId('hours')).toBe(false);
  });

  it('is the only source of indicator ids in the bundled packs', () => {
    for (const pack of loadRulePacks()) {
      for (const rule of pack.rules) {
        expect(getIndicator(rule.indicator)?.kind, rule.id).toBe('textual');
      }
    }
  });
});
