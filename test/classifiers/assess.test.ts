import { describe, expect, it } from 'vitest';
import { createAssessor } from '../../classifiers/assess.ts';
import type { RuleMatcher } from '../../classifiers/assess.ts';
import { QUEUE_THRESHOLD, SCORER_VERSION } from '../../classifiers/risk-score.ts';
import type { EvidenceSpan, IndicatorHit } from '../../storage/records.ts';

type EngineCall = NonNullable<Parameters<RuleMatcher['match']>[1]>;

/** A rule engine stand-in: returns fixed hits (spans located in the given text) and records its calls. */
function stubEngine(make: (fields: { title: string; text: string }) => IndicatorHit[]): RuleMatcher & {
  calls: EngineCall[];
} {
  const calls: EngineCall[] = [];
  return {
    version: 'stub@1.0.0',
    calls,
    match(fields, options) {
      calls.push(options ?? {});
      return make(fields);
    },
  };
}

function span(text: string, phrase: string): EvidenceSpan {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`test phrase not in text: ${phrase}`);
  return { field: 'text', start, end: start + phrase.length, text: phrase };
}

function hitFor(text: string, id: string, phrase: string, weight: number): IndicatorHit {
  return { indicatorId: id, state: 'present', weight, ruleId: `pl.${id}.1`, evidence: [span(text, phrase)] };
}

const RISKY_TITLE = 'Praca przy zbiorach w Holandii – od zaraz';
const RISKY_TEXT = [
  'Szukamy osób do pracy przy zbiorach truskawek w Holandii. Praca od zaraz, bez doświadczenia.',
  'Zarobki 3000 EUR miesięcznie. Przejazd organizujemy my, koszt zakwaterowania i przejazdu potrącany z wypłaty.',
  'Kontakt tylko WhatsApp: +48 600 123 456 albo e-mail: praca.holandia2026@gmail.com',
].join('\n\n');

describe('createAssessor', () => {
  it('assesses a risky advert end to end', () => {
    const engine = stubEngine(({ text }) => [
      hitFor(text, 'req.no_experience', 'bez doświadczenia', 0.15),
      hitFor(text, 'travel.paid', 'Przejazd organizujemy my', 0.3),
      hitFor(text, 'pay.deductions', 'potrącany z wypłaty', 0.7),
    ]);
    const out = createAssessor({ engine }).assess({
      title: RISKY_TITLE,
      text: RISKY_TEXT,
      location: 'Holandia',
      siteCountry: 'PL',
      languageHints: ['pl'],
    });

    expect(out.language).toBe('pl');
    expect(engine.calls.map((c) => c.languages)).toEqual([['pl', 'en']]);
    expect(out.contacts).toEqual({
      phones: ['+48600123456'],
      emails: ['praca.holandia2026@gmail.com'],
      messengers: [{ kind: 'whatsapp', handle: '+48600123456' }],
      urls: [],
    });
    expect(out.salary).toMatchObject({
      min: 3000,
      max: 3000,
      currency: 'EUR',
      period: 'month',
      monthlyEur: 3000,
    });

    const ids = out.hits.map((h) => h.indicatorId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'req.no_experience',
        'travel.paid',
        'pay.deductions',
        'contact.freemail',
        'contact.messenger_only',
        'employer.anonymous',
        'location.abroad',
      ]),
    );
    // 3000 EUR is not above the north-west threshold for work in the Netherlands.
    expect(ids).not.toContain('pay.too_good');
    const messenger = out.hits.find((h) => h.indicatorId === 'contact.messenger_only')!;
    expect(messenger.ruleId).toBe('entity.contact.messenger_only');
    expect(messenger.evidence.map((e) => [e.field, e.text])).toEqual([['text', 'WhatsApp: +48 600 123 456']]);
    // "holandia" occurs only inside the e-mail address, which is no location evidence.
    expect(out.hits.find((h) => h.indicatorId === 'location.abroad')?.evidence).toEqual([]);
    for (const h of out.hits)
      for (const e of h.evidence)
        expect((e.field === 'title' ? RISKY_TITLE : RISKY_TEXT).slice(e.start, e.end)).toBe(e.text);

    expect(out.risk.score).toBeGreaterThanOrEqual(QUEUE_THRESHOLD);
    expect(out.risk.reasons.some((r) => r.startsWith('Combination:'))).toBe(true);
    expect(out.rulePackVersion).toBe('stub@1.0.0');
    expect(out.scorerVersion).toBe(SCORER_VERSION);
  });

  it('keeps an ordinary local advert with a named employer low', () => {
    const text =
      'Die Muster Logistik GmbH sucht Lagerhelfer (m/w/d) in Stuttgart. Stundenlohn 15,50 € brutto, unbefristeter Vertrag. Bewerbung an karriere@muster-logistik.de oder 0711 1234567.';
    const engine = stubEngine(() => []);
    const out = createAssessor({ engine }).assess({
      title: 'Lagerhelfer (m/w/d)',
      text,
      employer: 'Muster Logistik GmbH',
      location: { city: 'Stuttgart', country: 'DE' },
      siteCountry: 'DE',
      languageHints: ['de'],
    });
    expect(out.language).toBe('de');
    expect(engine.calls[0]?.languages).toEqual(['de', 'en']);
    expect(out.hits).toEqual([]);
    expect(out.salary).toMatchObject({ min: 15.5, currency: 'EUR', period: 'hour', monthlyEur: 2604 });
    expect(out.risk).toMatchObject({ score: 0, band: 'low' });
  });

  it("tells the engine the workplace's languages: from the location, else from the site's country", () => {
    const engine = stubEngine(() => []);
    const assessor = createAssessor({ engine });
    const advert = { title: 'Magazijnmedewerker', text: 'Geen Nederlands nodig. Engels vereist.' };
    assessor.assess({ ...advert, location: 'Gent, Belgium', siteCountry: 'PL' });
    assessor.assess({ ...advert, location: { city: 'Venlo', country: 'NL' }, siteCountry: 'RO' });
    assessor.assess({ ...advert, siteCountry: 'RO' });
    assessor.assess(advert);
    expect(engine.calls.map((c) => c.localLanguages)).toEqual([['nl', 'fr', 'de'], ['nl'], ['ro'], []]);
  });

  it("tells the engine whether the workplace is stated, and the advert's language", () => {
    const engine = stubEngine(() => []);
    const assessor = createAssessor({ engine });
    const dutch = {
      title: 'Magazijnmedewerker',
      text: 'Geen Engels nodig. Wij zoeken een magazijnmedewerker.',
    };
    const polish = {
      title: 'Magazynier',
      text: 'Nie wymagamy znajomości języka angielskiego. Praca od zaraz.',
    };
    assessor.assess({ ...dutch, location: 'Gent, Belgium', siteCountry: 'PL', languageHints: ['nl'] });
    assessor.assess({ ...dutch, location: { city: 'Venlo', country: 'NL' }, languageHints: ['nl'] });
    assessor.assess({ ...dutch, siteCountry: 'NL', languageHints: ['nl'] });
    assessor.assess({ ...polish, location: 'Dublin, Ireland', siteCountry: 'PL', languageHints: ['pl'] });
    expect(engine.calls.map((c) => [c.workplaceStated, c.advertLanguage])).toEqual([
      [true, 'nl'],
      [true, 'nl'],
      [false, 'nl'],
      [true, 'pl'],
    ]);
  });

  it('merges an entity hit into the engine hit of the same id instead of duplicating it', () => {
    const text = 'Work in Germany, housing provided. Call 600 123 456.';
    const engine = stubEngine(({ text: t }) => [hitFor(t, 'location.abroad', 'Work in Germany', 0.2)]);
    const out = createAssessor({ engine }).assess({
      title: 'Job',
      text,
      employer: 'ACME Sp. z o.o.',
      location: 'Germany',
      siteCountry: 'PL',
    });
    const abroad = out.hits.filter((h) => h.indicatorId === 'location.abroad');
    expect(abroad).toHaveLength(1);
    expect(abroad[0]!.ruleId).toBe('pl.location.abroad.1');
    expect(abroad[0]!.evidence.map((e) => e.text)).toEqual(['Work in Germany', 'Germany']);
  });

  it('replaces an engine contradiction with the observed entity hit', () => {
    const text = 'Kontakt: jobs.firma@gmail.com';
    const engine = stubEngine(() => [
      {
        indicatorId: 'contact.freemail',
        state: 'contradicted',
        weight: 0,
        ruleId: 'pl.contact.freemail.c',
        evidence: [],
      },
    ]);
    const out = createAssessor({ engine }).assess({
      title: 'Praca',
      text,
      employer: 'Firma',
      siteCountry: 'PL',
    });
    const freemail = out.hits.filter((h) => h.indicatorId === 'contact.freemail');
    expect(freemail).toEqual([
      expect.objectContaining({ state: 'present', ruleId: 'entity.contact.freemail' }),
    ]);
  });

  it('reads contacts in the title with title spans, uses contact hints, and parses a salary field', () => {
    const title = 'Hostessa – Dubaj, pisz WhatsApp +48 600 123 456';
    const engine = stubEngine(() => []);
    const out = createAssessor({ engine }).assess({
      title,
      text: 'Praca dla pań w klubie.',
      employer: 'Club',
      salary: '5000 USD miesięcznie',
      siteCountry: 'PL',
      contactHints: { emails: ['kontakt@club-dubai.example'] },
    });
    expect(out.contacts.phones).toEqual(['+48600123456']);
    expect(out.contacts.emails).toEqual(['kontakt@club-dubai.example']);
    expect(out.salary).toMatchObject({ min: 5000, currency: 'USD', period: 'month' });
    expect(out.salary?.raw).toBe('5000 USD miesięcznie');
    // A company e-mail (from the hints) means the contact is not messenger-only.
    expect(out.hits.map((h) => h.indicatorId)).not.toContain('contact.messenger_only');
  });

  it('points pay.too_good at the structured salary where the text repeats it, not inside a longer number', () => {
    const text = 'Premia do 13000 EUR rocznie. Płacimy 3000 EUR, bez doświadczenia.';
    const engine = stubEngine(({ text: t }) => [hitFor(t, 'req.no_experience', 'bez doświadczenia', 0.15)]);
    const out = createAssessor({ engine }).assess({
      title: 'Praca',
      text,
      salary: { raw: '3000 EUR', min: 3000, max: 3000, currency: 'EUR', period: 'month' },
      siteCountry: 'PL',
      location: 'Polska',
    });
    const ev = out.hits.find((h) => h.indicatorId === 'pay.too_good')?.evidence;
    const at = text.indexOf('Płacimy 3000 EUR') + 'Płacimy '.length;
    expect(ev).toEqual([{ field: 'text', start: at, end: at + 8, text: '3000 EUR' }]);
  });

  it('flags obfuscated contacts and pay too good for unskilled work from text alone', () => {
    const text =
      'Praca w Polsce bez doświadczenia, 5000 EUR na miesiąc! Dzwoń 6 0 0 1 2 3 4 5 6 lub pisz praca(at)wp.pl';
    const engine = stubEngine(({ text: t }) => [hitFor(t, 'req.no_experience', 'bez doświadczenia', 0.15)]);
    const out = createAssessor({ engine }).assess({
      title: 'Praca',
      text,
      siteCountry: 'PL',
      location: 'Polska',
    });
    const byId = new Map(out.hits.map((h) => [h.indicatorId, h]));
    expect(byId.get('language.obfuscated')?.evidence.map((e) => e.text)).toEqual([
      '6 0 0 1 2 3 4 5 6',
      'praca(at)wp.pl',
    ]);
    expect(byId.get('pay.too_good')?.evidence.map((e) => e.text)).toEqual(['5000 EUR']);
    expect(byId.has('location.abroad')).toBe(false);
  });
});
