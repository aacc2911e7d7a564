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
import type { IndicatorHit, Location, Salary } from '../../storage/records.ts';

interface Advert {
  title?: string;
  text: string;
  employer?: string;
  location?: Location | string;
  siteCountry?: string;
  salary?: Salary;
  textHits?: IndicatorHit[];
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
