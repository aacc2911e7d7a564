import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../classifiers/contacts.ts';
import {
  PAY_TOO_GOOD_THRESHOLDS,
  deriveEntityHits,
  isFreemail,
  payTooGoodThreshold,
} from '../../classifiers/entity-indicators.ts';
import type { EntityInput, FieldContactSpan } from '../../classifiers/entity-indicators.ts';
import { getIndicator } from '../../rules/catalogue.ts';
import { findSalaryInText, parseSalary } from '../../classifiers/salary.ts';
import { fitSalaryBaseline } from '../../classifiers/salary-baseline.ts';
import type { SalaryBaseline, SalaryObservation } from '../../classifiers/salary-baseline.ts';
import type { Sector } from '../../classifiers/sector.ts';
import type { IndicatorHit, Location, Salary } from '../../storage/records.ts';

interface Advert {
  title?: string;
  text: string;
  employer?: string;
  location?: Location | string;
  siteCountry?: string;
  salary?: Salary;
  textHits?: IndicatorHit[];
  salaryBaseline?: SalaryBaseline;
  sector?: Sector;
}

/** Builds the entity input the way the assessor does, from real extraction. */
function input(a: Advert): EntityInput {
  const title = a.title ?? 'Job';
  const country = a.siteCountry ?? 'PL';
  const ext = extractContacts(a.text, { defaultCountry: country });
  const spans: FieldContactSpan[] = ext.spans.map((s) => ({ ...s, field: 'text' }));
  const found = a.salary ? undefined : findSalaryInText(a.text);
  return {
    title,
    text: a.text,
    ...(a.employer !== undefined ? { employer: a.employer } : {}),
    ...(a.location !== undefined ? { location: a.location } : {}),
    siteCountry: country,
    contacts: ext.contacts,
    contactSpans: spans,
    ...(a.salary ? { salary: a.salary } : found ? { salary: found.salary } : {}),
    ...(found
      ? {
          salaryEvidence: [
            {
              field: 'text' as const,
              start: found.start,
              end: found.end,
              text: a.text.slice(found.start, found.end),
            },
          ],
        }
      : {}),
    textHits: a.textHits ?? [],
    ...(a.salaryBaseline ? { salaryBaseline: a.salaryBaseline } : {}),
    ...(a.sector ? { sector: a.sector } : {}),
  };
}

const ids = (hits: IndicatorHit[]): string[] => hits.map((h) => h.indicatorId);
const find = (hits: IndicatorHit[], id: string): IndicatorHit | undefined =>
  hits.find((h) => h.indicatorId === id);
const textHit = (id: string): IndicatorHit => ({
  indicatorId: id,
  state: 'present',
  weight: 0.15,
  ruleId: `en.${id}.1`,
  evidence: [],
});

describe('contact.freemail', () => {
  it('fires on a gmail address, with the address as evidence', () => {
    const text = 'Send your CV to eurojobs2026@gmail.com today.';
    const hits = deriveEntityHits(input({ text, employer: 'Euro Jobs' }));
    const h = find(hits, 'contact.freemail');
    expect(h).toMatchObject({
      state: 'present',
      ruleId: 'entity.contact.freemail',
      weight: getIndicator('contact.freemail')!.defaultWeight,
    });
    expect(h?.evidence).toEqual([{ field: 'text', start: 16, end: 38, text: 'eurojobs2026@gmail.com' }]);
  });

  it('does not fire for a named employer with a company-domain address', () => {
    const text = 'Bewerbung an karriere@muster-logistik.de oder 0711 1234567.';
    const hits = deriveEntityHits(input({ text, employer: 'Muster Logistik GmbH', siteCountry: 'DE' }));
    expect(ids(hits)).not.toContain('contact.freemail');
    expect(ids(hits)).not.toContain('contact.messenger_only');
  });

  it('does not fire when the company also gives its own domain address or website', () => {
    const withSite = 'Questions to jobs.muster@gmail.com; apply at https://www.muster-logistik.de/jobs';
    expect(ids(deriveEntityHits(input({ text: withSite, employer: 'Muster Logistik' })))).not.toContain(
      'contact.freemail',
    );
    const withDomain = 'CV: hr@muster-logistik.de or muster.hr@gmail.com';
    expect(ids(deriveEntityHits(input({ text: withDomain, employer: 'Muster Logistik' })))).not.toContain(
      'contact.freemail',
    );
  });

  it('knows regional providers and country domains', () => {
    for (const e of [
      'a@wp.pl',
      'b@o2.pl',
      'c@interia.pl',
      'd@yandex.ru',
      'e@mail.ru',
      'f@yahoo.co.uk',
      'g@hotmail.de',
      'h@abv.bg',
    ])
      expect(isFreemail(e)).toBe(true);
    expect(isFreemail('hr@firma.pl')).toBe(false);
  });
});

describe('contact.messenger_only', () => {
  it('fires for a WhatsApp number with no company e-mail or site', () => {
    const text = 'Work in Germany. WhatsApp: +48 600 123 456';
    const h = find(deriveEntityHits(input({ text })), 'contact.messenger_only');
    expect(h?.evidence.map((e) => e.text)).toEqual(['WhatsApp: +48 600 123 456']);
  });

  it('fires for a bare mobile number alone', () => {
    expect(ids(deriveEntityHits(input({ text: 'Dzwoń: 600 123 456' })))).toContain('contact.messenger_only');
  });

  it('does not fire when a company site or landline is given too', () => {
    const withSite = 'WhatsApp: +48 600 123 456 or apply at https://www.muster-logistik.de/jobs';
    expect(ids(deriveEntityHits(input({ text: withSite })))).not.toContain('contact.messenger_only');
    const withLandline = 'Tel. 600 123 456 lub biuro 22 123 45 67';
    expect(ids(deriveEntityHits(input({ text: withLandline })))).not.toContain('contact.messenger_only');
  });

  it('counts a number offered on a messenger as a messenger contact, whatever its number type', () => {
    // 22 … is a Warsaw landline range: offered on WhatsApp, it is still only a messenger contact.
    const text = 'Praca w Niemczech. Tylko WhatsApp: +48 22 123 45 67';
    const h = find(deriveEntityHits(input({ text })), 'contact.messenger_only');
    expect(h?.evidence.map((e) => e.text)).toEqual(['WhatsApp: +48 22 123 45 67']);
    // The same landline as an office number, next to a WhatsApp mobile, is a company line.
    const office = 'WhatsApp 600 123 456, biuro: +48 22 123 45 67';
    expect(ids(deriveEntityHits(input({ text: office })))).not.toContain('contact.messenger_only');
  });

  it('fires for a messenger number that numbering metadata does not validate, pointing at it', () => {
    // +49 150 … with seven digits is not in the metadata, so contact extraction drops it.
    const text = 'Farm work in Belgium.\nSend a message on WhatsApp 0049 150 8876915.';
    const ext = extractContacts(text, { defaultCountry: 'DE' });
    expect(ext.contacts.phones).toEqual([]);
    const h = find(deriveEntityHits(input({ text, siteCountry: 'DE' })), 'contact.messenger_only');
    expect(h?.evidence.map((e) => e.text)).toEqual(['WhatsApp 0049 150 8876915']);
  });

  it('takes a messenger name only where it starts a word, and the next one after a word that hides it', () => {
    const numbers = (text: string) =>
      find(deriveEntityHits(input({ text, siteCountry: 'DE' })), 'contact.messenger_only')?.evidence.map(
        (e) => e.text,
      ) ?? [];
    expect(numbers('Our partner CoolViber 0049 150 8876915 is closed.')).toEqual([]);
    // A letter outside the basic plane (two code units) before the name hides it too.
    expect(numbers('𝐀Telegram 0049 150 8876915')).toEqual([]);
    expect(numbers('NoWhatsApp, only Viber 0049 150 8876915.')).toEqual(['Viber 0049 150 8876915']);
    expect(numbers('(Signal) 0049 150 8876915')).toEqual(['Signal) 0049 150 8876915']);
    // In any case, also where Unicode case folding alone makes the name ("ſ" folds to "s").
    expect(numbers('WHATSAPP 0049 150 8876915')).toEqual(['WHATSAPP 0049 150 8876915']);
    expect(numbers('ſignal: 0049 150 8876915')).toEqual(['ſignal: 0049 150 8876915']);
  });

  it('does not take dates, short numbers or numbers with a company site for a messenger-only contact', () => {
    expect(ids(deriveEntityHits(input({ text: 'Our Telegram channel since 2019.' })))).not.toContain(
      'contact.messenger_only',
    );
    expect(ids(deriveEntityHits(input({ text: 'Viber update of 12.05.2024 for all staff.' })))).not.toContain(
      'contact.messenger_only',
    );
    const withSite = 'WhatsApp 0049 150 8876915 or apply at https://www.muster-logistik.de/jobs';
    expect(ids(deriveEntityHits(input({ text: withSite, siteCountry: 'DE' })))).not.toContain(
      'contact.messenger_only',
    );
  });

  it('a free-mail address does not count as a company channel', () => {
    const text = 'Viber +40 740 123 456 or ion.popescu@yahoo.com';
    expect(ids(deriveEntityHits(input({ text, siteCountry: 'RO' })))).toEqual(
      expect.arrayContaining(['contact.messenger_only', 'contact.freemail']),
    );
  });
});

describe('employer.anonymous', () => {
  it('fires with no employer field or a placeholder, with no evidence', () => {
    expect(find(deriveEntityHits(input({ text: 'Praca' })), 'employer.anonymous')?.evidence).toEqual([]);
    expect(ids(deriveEntityHits(input({ text: 'Praca', employer: 'Osoba prywatna' })))).toContain(
      'employer.anonymous',
    );
  });

  it('does not fire for a named employer', () => {
    expect(ids(deriveEntityHits(input({ text: 'Praca', employer: 'Budimex S.A.' })))).not.toContain(
      'employer.anonymous',
    );
  });
});

describe('employer.impersonation', () => {
  const impersonation = (a: Advert): IndicatorHit | undefined =>
    find(deriveEntityHits(input(a)), 'employer.impersonation');

  it('fires for a brand named as the employer with only a gmail address, pointing at both', () => {
    const text = 'AMAZON zatrudni magazynierów w Niemczech. CV: amazon.praca.de@gmail.com';
    const h = impersonation({ text, employer: 'Amazon Logistik' });
    expect(h?.state).toBe('present');
    expect(h?.weight).toBe(getIndicator('employer.impersonation')?.defaultWeight);
    expect(h?.evidence.map((e) => e.text)).toEqual(['AMAZON', 'amazon.praca.de@gmail.com']);
    expect(h?.note).toBe(
      'Amazon named as the employer ("Amazon Logistik") with only free-mail, messenger or mobile contacts',
    );
  });

  it('fires for a brand named in the text with a WhatsApp number, the inflected name as evidence', () => {
    const h = impersonation({
      text: 'Praca w magazynie Amazona w Niemczech, pisz na WhatsApp +48 601 234 567',
      employer: 'Rekrutacja Europa',
    });
    expect(h?.evidence.map((e) => e.text)).toEqual(['Amazona', 'WhatsApp +48 601 234 567']);
    expect(h?.note).toContain('Amazon named in the advert');
  });

  it('fires for a company address on a domain that borrows the brand name', () => {
    const h = impersonation({
      text: 'DHL sucht Lagerhelfer. Bewerbung an karriere@dhl-express-jobs.com',
      employer: 'DHL Express',
    });
    expect(h?.evidence.map((e) => e.text)).toEqual(['DHL', 'karriere@dhl-express-jobs.com']);
    expect(h?.note).toContain('a domain that borrows its name (dhl-express-jobs)');
  });

  it("does not fire with an address on the brand's own domain, even beside a gmail one", () => {
    for (const text of [
      'DHL sucht Lagerhelfer. Bewerbung an jobs@dhl.de',
      'DHL sucht Lagerhelfer. Bewerbung an jobs@dhl.com oder dhl.hilfe@gmail.com',
      'Amazon hiring, apply at https://www.amazon.jobs/en/ or via WhatsApp +48 601 234 567',
    ])
      expect(impersonation({ text, employer: 'DHL' })).toBeUndefined();
  });

  it('does not fire for an agency with its own domain recruiting for the brand', () => {
    expect(
      impersonation({
        text: 'Szukamy pracowników do magazynu Amazon w Poznaniu. CV: rekrutacja@agencja-praca.pl',
        employer: 'Agencja Praca Sp. z o.o.',
      }),
    ).toBeUndefined();
  });

  it('does not fire without an untraceable contact, or without a brand', () => {
    expect(
      impersonation({ text: 'Amazon sucht Mitarbeiter. Bewerben Sie sich online.', employer: 'Amazon' }),
    ).toBeUndefined();
    expect(
      impersonation({
        text: 'Praca w magazynie, pisz na WhatsApp +48 601 234 567',
        employer: 'Magazyny Nowak',
      }),
    ).toBeUndefined();
  });

  it('reads ambiguous names only in the employer field, and names only as written or in capitals', () => {
    const contact = ' Kontakt: praca.nl@gmail.com';
    expect(
      impersonation({
        text: `Werk in 's-Hertogenbosch en de Randstad.${contact}`,
        employer: 'Uitzendbureau Zuid',
      }),
    ).toBeUndefined();
    expect(
      impersonation({
        text: `Apple picking near Bosch fields in the United Arab Emirates.${contact}`,
        employer: 'Farm',
      }),
    ).toBeUndefined();
    expect(
      impersonation({ text: `Sea shell collecting, uber easy work.${contact}`, employer: 'Beach Co' }),
    ).toBeUndefined();
    expect(impersonation({ text: `Werk in de Randstad.${contact}`, employer: 'Randstad' })?.note).toContain(
      'Randstad named as the employer',
    );
  });
});

describe('location.abroad', () => {
  it('fires when the workplace is in another country than the site', () => {
    const text = 'Praca przy zbiorach w Holandii, okolice Venlo, Holandia.';
    const hits = deriveEntityHits(input({ text, location: { raw: 'Venlo, Holandia' }, siteCountry: 'PL' }));
    expect(find(hits, 'location.abroad')?.evidence).toEqual([
      { field: 'text', start: 40, end: 55, text: 'Venlo, Holandia' },
    ]);
    expect(
      ids(deriveEntityHits(input({ text: 'x', location: { country: 'de' }, siteCountry: 'RO' }))),
    ).toContain('location.abroad');
  });

  it('takes no evidence from inside a contact or a longer word', () => {
    const text = 'Praca Holandiaxyz, pisz: praca.holandia@gmail.com';
    const hits = deriveEntityHits(input({ text, location: 'Holandia', siteCountry: 'PL' }));
    expect(find(hits, 'location.abroad')?.evidence).toEqual([]);
  });

  it('does not fire for a same-country location or when either country is unknown', () => {
    expect(
      ids(deriveEntityHits(input({ text: 'x', location: 'Kraków, Polska', siteCountry: 'PL' }))),
    ).not.toContain('location.abroad');
    expect(
      ids(deriveEntityHits(input({ text: 'x', location: 'somewhere nice', siteCountry: 'PL' }))),
    ).not.toContain('location.abroad');
  });
});

describe('pay.too_good', () => {
  const text = 'Zarobki 4000 EUR miesięcznie, praca bez doświadczenia.';
  it('fires for pay above the country threshold when no experience is asked, with the amount as evidence', () => {
    const hits = deriveEntityHits(
      input({ text, location: 'Polska', textHits: [textHit('req.no_experience')] }),
    );
    const h = find(hits, 'pay.too_good');
    expect(h?.evidence.map((e) => e.text)).toEqual(['4000 EUR']);
  });

  it('needs a no-experience, easy-money or high-risk-sector hit', () => {
    expect(ids(deriveEntityHits(input({ text, location: 'Polska' })))).not.toContain('pay.too_good');
    for (const id of ['sector.high_risk', 'easy_money'])
      expect(ids(deriveEntityHits(input({ text, location: 'Polska', textHits: [textHit(id)] })))).toContain(
        'pay.too_good',
      );
    // A vague role ("details by phone") says nothing about the skills asked.
    expect(
      ids(deriveEntityHits(input({ text, location: 'Polska', textHits: [textHit('job.vague')] }))),
    ).not.toContain('pay.too_good');
  });

  it('compares with the workplace country group: the same pay is ordinary in the Netherlands', () => {
    const hits = deriveEntityHits(
      input({ text, location: 'Venlo, Holandia', textHits: [textHit('req.no_experience')] }),
    );
    expect(ids(hits)).not.toContain('pay.too_good');
    expect(payTooGoodThreshold('NL')).toBeGreaterThan(4000);
    expect(payTooGoodThreshold('RO')).toBeLessThan(payTooGoodThreshold('PL'));
    expect(PAY_TOO_GOOD_THRESHOLDS.version).toMatch(/^\d{4}-\d{2}$/u);
  });

  it('works from structured salary metadata with no evidence', () => {
    const salary = parseSalary({ min: 30, max: 35, currency: 'EUR', period: 'hour' })!;
    const hits = deriveEntityHits(
      input({ text: 'Lucru în Spania', salary, siteCountry: 'RO', textHits: [textHit('sector.high_risk')] }),
    );
    expect(find(hits, 'pay.too_good')?.evidence).toEqual([]);
  });

  it('says in its note that the fixed threshold decided, and why', () => {
    const hits = deriveEntityHits(
      input({ text, location: 'Polska', textHits: [textHit('req.no_experience')] }),
    );
    expect(find(hits, 'pay.too_good')?.note).toBe(
      '€4,000 a month is above the fixed threshold of €2,500 for the central-east group (PL); ' +
        'no salary baseline loaded',
    );
  });
});

describe('pay.too_good with a salary baseline', () => {
  // 31 adverts per cell at median × 1.01^k, k = −15…15: the median is exact, the MAD (8 × ln 1.01 ≈
  // 0.08) is below the floor of 0.1, so σ = 0.1 × 1.4826.
  const spread = (sector: string | undefined, country: string, medianEur: number): SalaryObservation[] =>
    Array.from({ length: 31 }, (_, i) => ({
      ...(sector ? { sector } : {}),
      country,
      monthlyEur: medianEur * 1.01 ** (i - 15),
    }));
  const baseline = fitSalaryBaseline(
    [
      ...spread('agriculture', 'ES', 1500),
      ...spread('construction', 'PL', 2400),
      ...spread('agriculture', 'RO', 700),
      ...spread(undefined, 'DE', 2600),
    ],
    { fittedAt: '2026-11-20T00:00:00.000Z' },
  );
  const noExperience = [textHit('req.no_experience')];

  it('compares with the sector × country median and says by how much, with the salary as evidence', () => {
    const text = 'Recogida de fresa en Huelva: 3000 EUR al mes, sin experiencia.';
    const hits = deriveEntityHits(
      input({
        text,
        location: { country: 'ES' },
        siteCountry: 'RO',
        textHits: noExperience,
        salaryBaseline: baseline,
        sector: 'agriculture',
      }),
    );
    const h = find(hits, 'pay.too_good');
    expect(h?.note).toBe(
      '€3,000 a month is 2.0× the median of €1,500 for agriculture in ES (31 adverts; robust z 4.7)',
    );
    expect(h?.evidence.map((e) => e.text)).toEqual(['3000 EUR']);
    expect(h).toMatchObject({ state: 'present', ruleId: 'entity.pay.too_good' });
  });

  it('replaces the fixed threshold both ways', () => {
    // 4,000 EUR is above Poland's fixed €2,500 but only 1.7× the construction median of €2,400.
    const pl = 'Praca na budowie, 4000 EUR miesięcznie, bez doświadczenia.';
    const plInput = { text: pl, siteCountry: 'PL', location: 'Polska', textHits: noExperience };
    expect(ids(deriveEntityHits(input(plInput)))).toContain('pay.too_good');
    expect(
      ids(deriveEntityHits(input({ ...plInput, salaryBaseline: baseline, sector: 'construction' }))),
    ).not.toContain('pay.too_good');
    // 1,600 EUR is below Romania's fixed €1,800 but 2.3× the agriculture median of €700.
    const ro = 'Cules de căpșuni, 1600 EUR pe lună, fără experiență.';
    const roInput = { text: ro, siteCountry: 'RO', location: 'România', textHits: noExperience };
    expect(ids(deriveEntityHits(input(roInput)))).not.toContain('pay.too_good');
    const h = find(
      deriveEntityHits(input({ ...roInput, salaryBaseline: baseline, sector: 'agriculture' })),
      'pay.too_good',
    );
    expect(h?.note).toMatch(
      /^€1,600 a month is 2\.3× the median of €700 for agriculture in RO \(31 adverts; robust z /u,
    );
  });

  it("falls back to the country's cell for a sector without enough adverts", () => {
    const text = 'Lagerhelfer, 6000 EUR im Monat, keine Erfahrung nötig.';
    const hits = deriveEntityHits(
      input({
        text,
        location: 'Hamburg, Deutschland',
        siteCountry: 'DE',
        textHits: noExperience,
        salaryBaseline: baseline,
        sector: 'logistics-warehouse',
      }),
    );
    expect(find(hits, 'pay.too_good')?.note).toMatch(
      /^€6,000 a month is 2\.3× the median of €2,600 for all sectors in DE \(31 adverts; robust z \d/u,
    );
  });

  it('falls back to the fixed threshold where the baseline has no cell, and says so', () => {
    // Work in Czechia: the baseline has no Czech adverts at all.
    const text = 'Praca w szklarni w Czechach, 4000 EUR miesięcznie, bez doświadczenia.';
    const common = { text, location: { country: 'CZ' }, siteCountry: 'PL', textHits: noExperience };
    const hits = deriveEntityHits(input({ ...common, salaryBaseline: baseline, sector: 'agriculture' }));
    expect(find(hits, 'pay.too_good')?.note).toBe(
      '€4,000 a month is above the fixed threshold of €2,500 for the central-east group (CZ); ' +
        'the salary baseline has fewer than 20 adverts for agriculture or all sectors in CZ',
    );
    // Without a sector only the country's cell is looked for.
    expect(
      find(deriveEntityHits(input({ ...common, salaryBaseline: baseline })), 'pay.too_good')?.note,
    ).toMatch(/fewer than 20 adverts for all sectors in CZ$/u);
  });

  it('still needs work that asks no skills', () => {
    const text = 'Recogida de fresa en Huelva: 3000 EUR al mes.';
    const base = {
      text,
      location: { country: 'ES' },
      salaryBaseline: baseline,
      sector: 'agriculture' as const,
    };
    expect(ids(deriveEntityHits(input(base)))).not.toContain('pay.too_good');
    expect(ids(deriveEntityHits(input({ ...base, textHits: [textHit('job.vague')] })))).not.toContain(
      'pay.too_good',
    );
    expect(ids(deriveEntityHits(input({ ...base, textHits: [textHit('easy_money')] })))).toContain(
      'pay.too_good',
    );
  });
});

describe('language.obfuscated', () => {
  it('fires for obfuscated contacts, pointing at them', () => {
    const text = 'Pisz: praca(at)wp.pl lub dzwoń 6 0 0 1 2 3 4 5 6';
    const h = find(deriveEntityHits(input({ text })), 'language.obfuscated');
    expect(h?.evidence.map((e) => e.text)).toEqual(['praca(at)wp.pl', '6 0 0 1 2 3 4 5 6']);
  });

  it('does not fire for plainly written contacts', () => {
    expect(ids(deriveEntityHits(input({ text: 'praca@wp.pl, 600 123 456' })))).not.toContain(
      'language.obfuscated',
    );
  });
});
