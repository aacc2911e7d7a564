// Hand-written sentences per language, independent of the packs' own examples, so the packs are
// checked against phrasing they were not written from. Plus the engine's contract: one hit per
// indicator, evidence offsets into the original strings, contradiction handling, language choice.
import { describe, expect, it } from 'vitest';
import type { IndicatorHit } from '../../storage/records.ts';
import { getIndicator } from '../../rules/catalogue.ts';
import { createRuleEngine, loadRulePacks, rulePackHash, type RulePack } from '../../rules/engine.ts';

const packs = loadRulePacks();
const engine = createRuleEngine(packs);

interface Case {
  present: string[];
  absent: string[];
  contradicted?: string[];
}
type Cases = Record<string, Case>;

const EN: Cases = {
  'fee.recruitment': {
    present: [
      'Candidates pay a processing fee of £250 before the interview.',
      'A security deposit of 400 euro is taken on arrival.',
      'Applicants must pay the agency in advance.',
    ],
    absent: [
      'We offer a generous relocation package.',
      'Handling customer payments and deposits at the till.',
    ],
    contradicted: [
      'We do not charge any fees to workers.',
      'Placement fee: none, we never charge candidates.',
    ],
  },
  'pay.deductions': {
    present: ['Food costs are taken from your weekly pay.', 'Uniform and tools will be deducted.'],
    absent: ['Company pension with employer contributions.', 'Meals provided free of charge.'],
    contradicted: ['Housing is free and there are no deductions from your salary.'],
  },
  'pay.unusual_method': {
    present: ['You get paid in cash every Saturday.', 'Wages are paid at the end of the season.'],
    absent: [
      'Salary paid into your bank account on the 25th.',
      'Experience as a cashier handling cash is useful.',
    ],
  },
  'debt.travel_advance': {
    present: ['Your flight is paid back from your first wages.'],
    absent: ['We reimburse your flight on arrival.'],
  },
  'travel.paid': {
    present: ['Flight tickets are covered by the company.', 'Free bus from the city centre to the site.'],
    absent: ['Candidates must live within commuting distance.'],
    contradicted: ['Travel costs are not reimbursed.'],
  },
  'housing.provided': {
    present: ['Staff accommodation available on site.', 'We offer rooms for seasonal workers.'],
    absent: ['Housing association seeks finance officer.', 'Plenty of room for career growth.'],
    contradicted: ['No accommodation is provided.'],
  },
  'housing.live_in': {
    present: [
      'The nanny will live with the family in Geneva.',
      'Live-in housekeeper for a private residence.',
    ],
    absent: ['You must live in the Manchester area.'],
  },
  'hours.excessive': {
    present: ['Expect 14-hour days during peak season.', 'You will work seven days a week with no breaks.'],
    absent: ['Standard 37.5 hour week with flexitime.', 'The shop is open 24 hours, 7 days a week.'],
    contradicted: [
      'Overtime is optional and paid at time and a half.',
      '12-hour shifts, but never more than 40 hours per week.',
    ],
  },
  'docs.passport_upfront': {
    present: [
      'Upload a scan of your passport when you apply.',
      "The employer keeps workers' passports for safekeeping.",
    ],
    absent: ['You will need to show proof of identity on your first day.'],
    contradicted: ['Never send copies of your passport to anyone.'],
  },
  'docs.personal_data': {
    present: ['Text us your card number and PIN to register.'],
    absent: ['We pay salaries by bank transfer.'],
  },
  'legal.status_promised': {
    present: ['Residence permit arranged by the agency.', 'We handle all visas and work permits.'],
    absent: ['Must hold a valid driving licence.'],
  },
  'job.vague': {
    present: ['All kinds of jobs available, call for details.'],
    absent: ['Junior data analyst in our Leeds office.'],
  },
  'location.vague': {
    present: ['Jobs overseas for couples.', 'Place of work will be disclosed after interview.'],
    absent: ['Based in our Birmingham head office.'],
  },
  'req.no_experience': {
    present: ['No previous experience required.', 'Suitable for school leavers.'],
    absent: ['Care experience is an advantage.'],
    contradicted: ['At least two years of experience in care.'],
  },
  'req.no_language': {
    present: ['No English needed.', "Candidates don't need to speak German."],
    absent: ['German lessons are offered to all staff.'],
    contradicted: ['Fluent German is essential.'],
  },
  'req.no_contract': {
    present: ['No contract, cash every week.', 'Can start today, no questions asked.'],
    absent: ['Fixed-term contract for 6 months.'],
    contradicted: ['No interview needed; you will sign a written contract before you travel.'],
  },
  'req.age_appearance': {
    present: ['Looking for slim girls aged 18 to 24.', 'Send two recent photos.'],
    absent: ['Female carer wanted for a female client.', 'Staff must be 18+.'],
  },
  urgency: { present: ['Urgent: start right away.'], absent: ['Start date: 1 March.'] },
  'sector.high_risk': { present: ['Farm workers for the apple harvest.'], absent: ['Graphic designer.'] },
  'role.entertainment_abroad': {
    present: ['Go-go dancers for a nightclub in Japan.'],
    absent: ['Dancer for a theatre production in Bristol.'],
  },
  'role.domestic_abroad': {
    present: ['Live-in nanny needed for a family in Qatar.'],
    absent: ['Nanny for a family in Cardiff.'],
  },
  'role.massage_unlicensed': {
    present: ['Massage girls, no experience needed, we train you.'],
    absent: ['Licensed massage therapist for a physiotherapy clinic.'],
  },
  easy_money: {
    present: ['Make money from home in your spare time.'],
    absent: ['Administrative assistant, office based.'],
  },
};

const DE: Cases = {
  'fee.recruitment': {
    present: [
      'Für die Registrierung fällt eine Bearbeitungsgebühr an.',
      'Eine Anzahlung von 100 Euro ist nötig.',
    ],
    absent: ['Wir zahlen pünktlich jeden Monat.'],
    contradicted: ['Die Vermittlung ist für Sie kostenfrei.', 'Keine Vermittlungsgebühren!'],
  },
  'pay.deductions': {
    present: ['Die Kosten für Kost und Logis werden vom Gehalt abgezogen.'],
    absent: ['Kostenlose Verpflegung in der Kantine.'],
    contradicted: ['Für das Zimmer gibt es keine Abzüge.'],
  },
  'pay.unusual_method': { present: ['Gehalt nur in bar.'], absent: ['Vergütung nach Tarifvertrag.'] },
  'debt.travel_advance': {
    present: ['Die Flugkosten werden vom Lohn abgezogen.'],
    absent: ['Die Flugkosten werden erstattet.'],
  },
  'travel.paid': {
    present: ['Die Fahrtkosten werden vollständig übernommen.'],
    absent: ['Gute Verkehrsanbindung.'],
    contradicted: ['Anreise auf eigene Kosten.'],
  },
  'housing.provided': {
    present: ['Zimmer werden vom Betrieb gestellt.', 'Möblierte Zimmer für Saisonkräfte.'],
    absent: ['Immobilienmakler für Wohnungen in Berlin.'],
    contradicted: ['Wir bieten keine Unterkunft.'],
  },
  'housing.live_in': {
    present: ['Die Pflegekraft wohnt im Haushalt der Seniorin.'],
    absent: ['Wohnort: Hamburg oder Umgebung.'],
  },
  'hours.excessive': {
    present: ['Schichten von 12 Stunden am Tag.', 'Arbeitszeit: 7 Tage pro Woche.'],
    absent: ['Teilzeit, 20 Stunden pro Woche.'],
    contradicted: ['Überstunden sind immer freiwillig.'],
  },
  'docs.passport_upfront': {
    present: ['Bitte Passkopie an unsere E-Mail-Adresse schicken.'],
    absent: ['Personalausweis bitte zum ersten Arbeitstag mitbringen.'],
    contradicted: ['Wir behalten keine Pässe ein.'],
  },
  'docs.personal_data': {
    present: ['Bitte Kreditkartendaten per E-Mail senden.'],
    absent: ['Gehaltszahlung per Überweisung.'],
  },
  'legal.status_promised': {
    present: ['Die Aufenthaltserlaubnis wird von uns besorgt.'],
    absent: ['Führerschein erforderlich.'],
  },
  'job.vague': {
    present: ['Jobs für jeden, Details per WhatsApp.'],
    absent: ['Buchhalter (m/w/d) in Köln.'],
  },
  'location.vague': { present: ['Stellen europaweit zu vergeben.'], absent: ['Arbeitsort: Leipzig.'] },
  'req.no_experience': {
    present: ['Berufserfahrung nicht erforderlich.'],
    absent: ['Ausbildung im Betrieb möglich.'],
    contradicted: ['Abgeschlossene Ausbildung erforderlich.'],
  },
  'req.no_language': {
    present: ['Deutschkenntnisse sind nicht erforderlich.'],
    absent: ['Sehr gute Deutschkenntnisse in Wort und Schrift.'],
  },
  'req.no_contract': {
    present: ['Kein Arbeitsvertrag, Bezahlung bar.'],
    absent: ['Vorstellungsgespräch in unserem Büro.'],
    contradicted: ['Ohne Vorstellungsgespräch, aber mit schriftlichem Arbeitsvertrag.'],
  },
  'req.age_appearance': {
    present: ['Junge Damen zwischen 18 und 25 Jahren gesucht.'],
    absent: ['Erzieherin (w/m/d) für unsere Kita.'],
  },
  urgency: { present: ['Dringend Erntehelfer gesucht.'], absent: ['Start am 1. Mai.'] },
  'sector.high_risk': { present: ['Reinigungskraft für Hotel.'], absent: ['Rechtsanwalt für Kanzlei.'] },
  'role.entertainment_abroad': {
    present: ['Tabledance-Tänzerinnen für Club in Dubai.'],
    absent: ['Tänzerin für Musical in Hamburg.'],
  },
  'role.domestic_abroad': {
    present: ['Kindermädchen für Familie in der Schweiz.'],
    absent: ['Kindermädchen für Familie in München.'],
  },
  easy_money: { present: ['Leichtes Geld von zu Hause.'], absent: ['Sachbearbeiter im Büro.'] },
};

const PL: Cases = {
  'fee.recruitment': {
    present: ['Przed wyjazdem pobieramy opłatę administracyjną.', 'Wymagana kaucja 300 zł.'],
    absent: ['Wypłaty co dwa tygodnie.'],
    contradicted: ['Agencja nie pobiera żadnych opłat.'],
  },
  'pay.deductions': {
    present: ['Za zakwaterowanie potrącamy 400 zł miesięcznie.'],
    absent: ['Zakwaterowanie bezpłatne.'],
    contradicted: ['Pensja bez żadnych potrąceń.'],
  },
  'pay.unusual_method': {
    present: ['Płatne do ręki co tydzień.'],
    absent: ['Wynagrodzenie 4500 zł na rękę.'],
  },
  'debt.travel_advance': {
    present: ['Koszt biletu potrącimy z pierwszej wypłaty.'],
    absent: ['Zwracamy koszt biletu po przyjeździe.'],
  },
  'travel.paid': {
    present: ['Bilety lotnicze opłacone przez pracodawcę.'],
    absent: ['Wymagane prawo jazdy.'],
    contradicted: ['Transport na własny koszt.'],
  },
  'housing.provided': {
    present: ['Oferujemy bezpłatne zakwaterowanie.'],
    absent: ['Sprzedam mieszkanie w Gdańsku.'],
    contradicted: ['Pracodawca nie zapewnia zakwaterowania.'],
  },
  'housing.live_in': {
    present: ['Opieka nad seniorem z zamieszkaniem.'],
    absent: ['Mieszkasz w okolicy Poznania?'],
  },
  'hours.excessive': {
    present: ['Pracujemy po 12 godzin dziennie.', 'Praca bez przerw.'],
    absent: ['Praca w godzinach 8-16.'],
    contradicted: ['Nadgodziny tylko dla chętnych.'],
  },
  'docs.passport_upfront': {
    present: ['Wyślij kopię paszportu przed wyjazdem.'],
    absent: ['Dokumenty rekrutacyjne przechowujemy zgodnie z RODO.'],
    contradicted: ['Paszport zawsze zostaje przy pracowniku.'],
  },
  'docs.personal_data': {
    present: ['Prosimy podać numer karty i kod BLIK.'],
    absent: ['Przelew na konto do 10. dnia miesiąca.'],
  },
  'legal.status_promised': {
    present: ['Załatwiamy kartę pobytu.'],
    absent: ['Prawo jazdy kat. C wymagane.'],
  },
  'job.vague': { present: ['Szczegóły na priv.'], absent: ['Księgowa w biurze w Lublinie.'] },
  'location.vague': { present: ['Oferty pracy w krajach UE.'], absent: ['Praca w Warszawie.'] },
  'req.no_experience': {
    present: ['Nie jest wymagane doświadczenie.'],
    absent: ['Doświadczenie mile widziane.'],
    contradicted: ['Wymagane doświadczenie na podobnym stanowisku.'],
  },
  'req.no_language': {
    present: ['Znajomość języka nie jest wymagana.'],
    absent: ['Komunikatywna znajomość języka niemieckiego.'],
  },
  'req.no_contract': {
    present: ['Praca bez umowy, płatne co tydzień.'],
    absent: ['Umowa na czas określony.'],
    contradicted: ['Bez rozmowy kwalifikacyjnej, umowa o pracę od pierwszego dnia.'],
  },
  'req.age_appearance': {
    present: ['Szukamy pań w wieku 20-35 lat.'],
    absent: ['Pielęgniarka (k/m) do przychodni.'],
  },
  urgency: { present: ['Pilnie zatrudnimy magazynierów.'], absent: ['Start od września.'] },
  'sector.high_risk': { present: ['Sprzątanie biur.'], absent: ['Programista.'] },
  'role.entertainment_abroad': {
    present: ['Praca dla tancerek w Japonii.'],
    absent: ['Tancerka do teatru w Krakowie.'],
  },
  'role.domestic_abroad': { present: ['Niania do rodziny w Norwegii.'], absent: ['Niania w Krakowie.'] },
  easy_money: { present: ['Zarób szybko bez wychodzenia z domu.'], absent: ['Praca biurowa w Katowicach.'] },
};

const RO: Cases = {
  'fee.recruitment': {
    present: ['Se achită 150 euro la semnarea contractului.', 'Taxa de procesare a dosarului este 80 lei.'],
    absent: ['Salariu atractiv plătit lunar.'],
    contradicted: ['Agenția nu percepe comision.'],
  },
  'pay.deductions': {
    present: ['Masa se reține din salariu.'],
    absent: ['Masă gratuită la cantină.'],
    contradicted: ['Cazare fără rețineri din salariu.'],
  },
  'pay.unusual_method': {
    present: ['Banii se dau cash în fiecare vineri.'],
    absent: ['Salariul se virează pe card.'],
  },
  'debt.travel_advance': {
    present: ['Costul biletului se reține din prima lună.'],
    absent: ['Biletul de avion este decontat.'],
  },
  'travel.paid': {
    present: ['Asigurăm transportul la locul de muncă.'],
    absent: ['Permis categoria B.'],
    contradicted: ['Transportul nu este asigurat.'],
  },
  'housing.provided': {
    present: ['Cazarea este gratuită.'],
    absent: ['Vând apartament cu 2 camere.'],
    contradicted: ['Cazarea nu e asigurată.'],
  },
  'housing.live_in': { present: ['Locuire cu persoana îngrijită.'], absent: ['Locuiești în Timișoara?'] },
  'hours.excessive': {
    present: ['Se lucrează 12 ore pe zi, fără zile libere.'],
    absent: ['Program flexibil, 8 ore pe zi.'],
    contradicted: ['Orele suplimentare sunt la cerere.'],
  },
  'docs.passport_upfront': {
    present: ['Trimiteți o poză cu buletinul.'],
    absent: ['Prezentați-vă la interviu cu CV-ul.'],
    contradicted: ['Documentele rămân la dumneavoastră.'],
  },
  'docs.personal_data': {
    present: ['Comunicați-ne IBAN-ul înainte de interviu.'],
    absent: ['Plata salariului în cont bancar.'],
  },
  'legal.status_promised': {
    present: ['Avizul de muncă este asigurat.'],
    absent: ['Permis de conducere obligatoriu.'],
  },
  'job.vague': { present: ['Detalii telefonic.'], absent: ['Contabil în Iași.'] },
  'location.vague': { present: ['Locuri de muncă peste hotare.'], absent: ['Loc de muncă în Constanța.'] },
  'req.no_experience': {
    present: ['Nu cerem experiență.'],
    absent: ['Experiența constituie un avantaj.'],
    contradicted: ['Experiență minimă 3 ani.'],
  },
  'req.no_language': {
    present: ['Nu este nevoie de limba engleză.'],
    absent: ['Oferim cursuri de limba engleză.'],
    contradicted: ['Limba engleză nivel mediu.'],
  },
  'req.no_contract': {
    present: ['Lucrezi fără contract.'],
    absent: ['Interviu la sediul firmei.'],
    contradicted: ['Fără interviu, dar cu contract de muncă.'],
  },
  'req.age_appearance': {
    present: ['Domnișoare cu vârsta între 18 și 28 de ani.'],
    absent: ['Asistentă medicală (f/m).'],
  },
  urgency: { present: ['Angajare imediată!'], absent: ['Începere în luna mai.'] },
  'sector.high_risk': { present: ['Muncitori în construcții.'], absent: ['Avocat.'] },
  'role.entertainment_abroad': {
    present: ['Dansatoare pentru bar în Japonia.'],
    absent: ['Dansatoare la teatrul din Cluj.'],
  },
  'role.domestic_abroad': {
    present: ['Menajeră pentru o familie în Israel.'],
    absent: ['Menajeră în București.'],
  },
  easy_money: { present: ['Câștigă ușor de acasă.'], absent: ['Contabil cu normă întreagă.'] },
};

const BY_LANGUAGE: Record<string, Cases> = { en: EN, de: DE, pl: PL, ro: RO };

function hitFor(
  text: string,
  indicator: string,
  language: string,
  field: 'title' | 'text' = 'text',
): IndicatorHit | undefined {
  const fields = { title: '', text: '', [field]: text };
  const hits = engine.match(fields, { languages: [language] });
  for (const hit of hits) {
    for (const span of hit.evidence) expect(fields[span.field].slice(span.start, span.end)).toBe(span.text);
  }
  return hits.find((h) => h.indicatorId === indicator);
}

describe.each(Object.entries(BY_LANGUAGE))('%s sentences written for the tests', (language, cases) => {
  it('cover at least 15 indicators, with contradictions for the five that need them', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(15);
    for (const id of [
      'fee.recruitment',
      'req.no_contract',
      'pay.deductions',
      'hours.excessive',
      'docs.passport_upfront',
    ]) {
      expect(cases[id]?.contradicted?.length, id).toBeGreaterThan(0);
    }
  });

  describe.each(Object.entries(cases))('%s', (indicator, c) => {
    it.each(c.present)('present: %s', (sentence) => {
      const hit = hitFor(sentence, indicator, language);
      expect(hit?.state).toBe('present');
      expect(hit?.weight).toBe(getIndicator(indicator)!.defaultWeight);
      expect(hit?.ruleId.startsWith(`${language}.${indicator}.`)).toBe(true);
      // The title is matched like the text.
      expect(hitFor(sentence, indicator, language, 'title')?.evidence[0]?.field).toBe('title');
    });

    it.each(c.absent)('absent: %s', (sentence) => {
      expect(hitFor(sentence, indicator, language)).toBeUndefined();
    });

    it.each(c.contradicted ?? [])('contradicted: %s', (sentence) => {
      const hit = hitFor(sentence, indicator, language);
      expect(hit).toMatchObject({ state: 'contradicted', weight: 0 });
    });
  });
});

describe('evidence spans', () => {
  it('point into the original strings through diacritics, mixed case and emoji', () => {
    const fields = {
      title: '🏠 CAZARE ASIGURATĂ – Germania',
      text: 'Angajăm URGENT! 👷 Cazare gratuita. Nu este nevoie de EXPERIENȚĂ. Taxă de Înscriere: 50 €.',
    };
    const hits = engine.match(fields, { languages: ['ro'] });
    const byId = new Map(hits.map((h) => [h.indicatorId, h]));
    expect(byId.get('housing.provided')?.evidence.map((e) => [e.field, e.text])).toEqual([
      ['title', 'CAZARE ASIGURATĂ'],
      ['text', 'Cazare gratuita'],
    ]);
    expect(byId.get('req.no_experience')?.evidence[0]?.text).toBe('Nu este nevoie de EXPERIENȚĂ');
    expect(byId.get('fee.recruitment')?.evidence[0]?.text).toBe('Taxă de Înscriere');
    for (const hit of hits) {
      for (const span of hit.evidence) {
        expect(fields[span.field].slice(span.start, span.end)).toBe(span.text);
        expect(span.end).toBeGreaterThan(span.start);
      }
    }
    // The emoji (two UTF-16 units) before the title match shifts its offset by two.
    expect(byId.get('housing.provided')?.evidence[0]?.start).toBe(3);
  });

  it('keep ß and decomposed characters whole', () => {
    const text =
      'Unterkunft wird gestellt. Bezahlung nur in bar. Vorschuß? Keine! Straße. Cazare asigura\u0306ta\u0306';
    const hits = engine.match({ title: '', text });
    const housing = hits.find((h) => h.indicatorId === 'housing.provided')!;
    expect(housing.evidence.map((e) => e.text)).toEqual([
      'Unterkunft wird gestellt',
      'Cazare asigura\u0306ta\u0306',
    ]);
    for (const span of housing.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('one hit per indicator', () => {
  it('merges spans of several rules and languages and names the first rule that matched', () => {
    const fields = { title: 'Zakwaterowanie zapewnione', text: 'Accommodation provided. Cazare asigurată.' };
    const hits = engine.match(fields);
    const housing = hits.filter((h) => h.indicatorId === 'housing.provided');
    expect(housing).toHaveLength(1);
    expect(housing[0]!.evidence.map((e) => e.text)).toEqual([
      'Zakwaterowanie zapewnione',
      'Accommodation provided',
      'Cazare asigurată',
    ]);
    // Packs apply in language order by default, in the caller's order when given.
    expect(housing[0]!.ruleId).toBe('en.housing.provided.1');
    expect(engine.match(fields, { languages: ['ro', 'en'] })[0]!.ruleId).toBe('ro.housing.provided.1');
  });

  it('reports a contradiction with its own evidence and no weight when the advert says both', () => {
    const text = 'Registration fee applies. There are no fees of any kind for candidates.';
    const hit = engine
      .match({ title: '', text }, { languages: ['en'] })
      .find((h) => h.indicatorId === 'fee.recruitment');
    expect(hit).toMatchObject({ state: 'contradicted', weight: 0, ruleId: 'en.fee.recruitment.1' });
    expect(hit!.evidence.map((e) => e.text)).toEqual(['no fees of any kind']);
  });

  it('lists hits in catalogue order with catalogue weights', () => {
    const text = 'Urgent! Registration fee 100 EUR. Accommodation provided. No experience needed.';
    const hits = engine.match({ title: '', text }, { languages: ['en'] });
    expect(hits.map((h) => h.indicatorId)).toEqual([
      'fee.recruitment',
      'housing.provided',
      'req.no_experience',
      'urgency',
    ]);
    expect(hits.map((h) => h.weight)).toEqual(hits.map((h) => getIndicator(h.indicatorId)!.defaultWeight));
  });

  it('does not read phrases inside handles and identifiers', () => {
    const ids = (text: string) => engine.match({ title: '', text }).map((h) => h.indicatorId);
    expect(ids('Write on Telegram @work_abroad_now')).not.toContain('location.vague');
    expect(ids('We offer work abroad, write on Telegram')).toContain('location.vague');
  });

  it('does not join near words across sentences', () => {
    const text = 'Tax is deducted by law. Accommodation is nearby.';
    expect(engine.match({ title: '', text }).find((h) => h.indicatorId === 'pay.deductions')).toBeUndefined();
    const joined = 'Tax and accommodation are deducted.';
    expect(
      engine.match({ title: '', text: joined }).find((h) => h.indicatorId === 'pay.deductions')?.state,
    ).toBe('present');
  });
});

describe('demographic words', () => {
  it.each([
    'Polish',
    'female',
    'Romanian',
    'Christian',
    'Muslim',
    'women',
    'girls',
    'Polka',
    'Polacy',
    'românce',
    'polnische Frauen',
    'kobiety',
    'femei',
    'Katholisch',
  ])('alone produce no hit in any pack: %s', (word) => {
    expect(
      engine.match({ title: word, text: `${word}. ${word.toUpperCase()}, ${word.toLowerCase()}!` }),
    ).toEqual([]);
  });

  it('do not turn a gender marker or job title into an appearance requirement', () => {
    for (const text of [
      'Pflegefachkraft (m/w/d)',
      'Female nurse, Polish speaking',
      'Kelnerka (k/m)',
      'Ospătar (m/f)',
    ]) {
      expect(
        engine.match({ title: '', text }).find((h) => h.indicatorId === 'req.age_appearance'),
        text,
      ).toBeUndefined();
    }
  });
});

describe('languages and versions', () => {
  it('applies only the requested packs and degrades to nothing for a language without a pack', () => {
    const text = 'Cazare asigurată. Accommodation provided.';
    const ro = engine.match({ title: '', text }, { languages: ['ro'] });
    expect(ro[0]!.evidence.map((e) => e.text)).toEqual(['Cazare asigurată']);
    expect(engine.match({ title: '', text }, { languages: ['fi'] })).toEqual([]);
    expect(engine.match({ title: '', text }, { languages: [] })).toEqual([]);
  });

  it('reports the pack versions and content hashes it was built from', () => {
    const entry = String.raw`\d+\.\d+\.\d+\+[0-9a-f]{8}`;
    expect(engine.version).toMatch(new RegExp(`^[a-z]{2}@${entry}(,[a-z]{2}@${entry})*$`));
    expect(engine.languages).toEqual([...engine.languages].sort());
    expect(engine.languages).toEqual(expect.arrayContaining(['de', 'en', 'pl', 'ro']));
    expect(engine.version.split(',').map((v) => v.slice(0, 2))).toEqual(engine.languages);
    const only: RulePack[] = packs.filter((p) => p.language === 'pl');
    expect(createRuleEngine(only).version).toBe(`pl@${only[0]!.version}+${rulePackHash(only[0]!)}`);
  });

  it('changes the version when a pack changes without a version bump', () => {
    const pl = packs.find((p) => p.language === 'pl')!;
    const edited: RulePack = {
      ...pl,
      rules: pl.rules.map((r, i) =>
        i === 0 ? { ...r, patterns: [...r.patterns, 'opłata rejestracyjna'] } : r,
      ),
    };
    const before = createRuleEngine([pl]).version;
    const after = createRuleEngine([edited]).version;
    expect(after).not.toBe(before);
    expect(after.startsWith(`pl@${pl.version}+`)).toBe(true);
    // The order of the rules decides which rule names a hit, so it is part of the content.
    const reordered: RulePack = { ...pl, rules: [...pl.rules].reverse() };
    expect(createRuleEngine([reordered]).version).not.toBe(before);
  });

  it('hashes the pack, not the order its object keys were written in', () => {
    const en = packs.find((p) => p.language === 'en')!;
    const reversedKeys = (o: object): object => Object.fromEntries(Object.entries(o).reverse());
    const shuffled = {
      rules: en.rules.map((r) => reversedKeys(r)),
      languageNames: reversedKeys(en.languageNames!),
      version: en.version,
      language: en.language,
    } as RulePack;
    expect(rulePackHash(shuffled)).toBe(rulePackHash(en));
    expect(createRuleEngine([shuffled]).version).toBe(createRuleEngine([en]).version);
  });

  it('matches empty fields without hits', () => {
    expect(engine.match({ title: '', text: '' })).toEqual([]);
  });
});

describe('matching only where anchors are', () => {
  const pack: RulePack = {
    language: 'en',
    version: '1.0.0',
    rules: [
      {
        id: 'en.req.age_appearance.1',
        indicator: 'req.age_appearance',
        patterns: ['(girls|models) [aged|between] # [to|and] #'],
        near: [],
        contradictions: [],
        examples: ['Models12 for work.'],
        counterExamples: ['Models wanted.'],
        contradictionExamples: [],
      },
      {
        id: 'en.pay.unusual_method.1',
        indicator: 'pay.unusual_method',
        patterns: [
          'paid in cash',
          { regex: 'cash[\\s,]{1,3}every day' },
          { regex: '(?<![\\p{L}\\p{N}])(?<!no )(?:cash|money) in hand' },
        ],
        near: [{ a: ['salary'], b: ['envelope'], within: 3 }],
        contradictions: [],
        examples: ['Paid in cash.', 'Cash every day.', 'Salary in an envelope.'],
        counterExamples: ['Paid by bank transfer.'],
        contradictionExamples: [],
      },
    ],
  };
  const small = createRuleEngine([pack]);
  const evidence = (text: string, title = ''): string[] =>
    small.match({ title, text }).flatMap((h) => h.evidence.map((e) => `${e.field}:${e.text}`));

  it('finds a phrase whatever else the advert says', () => {
    expect(evidence('Models12 for work in Dubai.')).toEqual(['text:Models12']);
    expect(evidence('Models wanted.\nModels12 for work in Dubai.')).toEqual(['text:Models12']);
  });

  it('finds matches far down a long advert, past the lines the line masks tell apart', () => {
    const filler = Array.from({ length: 45 }, (_, i) => `Line ${i} about the warehouse.`).join('\n');
    expect(evidence(`${filler}\nYou are paid in cash.\n${filler}`)).toEqual(['text:paid in cash']);
    expect(evidence(`${filler}\nCash, every day.`)).toEqual(['text:Cash, every day']);
  });

  it('tries an expression that checks for a word start only at word starts, and after an underscore', () => {
    expect(evidence('Money in hand, weekly.')).toEqual(['text:Money in hand']);
    expect(evidence('Easymoney in hand.')).toEqual([]);
    expect(evidence('No cash in hand.')).toEqual([]);
    // `_` joins words in folded text, but the expression's own check sees a word start after it.
    expect(evidence('Write to pay_cash in hand.')).toEqual(['text:cash in hand']);
    // Tried at both kinds of start, in the order of the text.
    expect(evidence('Money in hand. Write to pay_money in hand or pay__cash in hand.')).toEqual([
      'text:Money in hand',
      'text:money in hand',
      'text:cash in hand',
    ]);
    expect(evidence('Write to pay_cash_in_hand.')).toEqual([]);
  });

  it('pairs near words on either side in a long text that never ends a sentence', () => {
    const before = 'salary plus more words here '.repeat(40);
    const after = ' and then some other words' + ' envelope plus more words here'.repeat(40);
    // Only the middle has the two words within three of each other: one after, one before.
    expect(evidence(`${before}salary in an envelope for the salary${after}`)).toEqual([
      'text:salary in an envelope for the salary',
    ]);
    expect(evidence(`${before}${after}`)).toEqual([]);
  });

  it('needs the anchors of a phrase on one line, and lets a regular expression span lines', () => {
    expect(evidence('You are paid\nin cash.')).toEqual([]);
    expect(evidence('Salary\nenvelope.')).toEqual([]);
    expect(evidence('Cash\nevery day.')).toEqual(['text:Cash\nevery day']);
  });

  it('gives the same hits whatever languages the previous adverts were matched with', () => {
    const advert = {
      title: 'Praca od zaraz',
      text: 'Zakwaterowanie zapewnione. Accommodation provided. Wynagrodzenie do ręki.',
    };
    const fresh = createRuleEngine(packs);
    const expected = fresh.match(advert, { languages: ['pl', 'en'] });
    for (const languages of [['de'], ['en', 'pl'], ['pl', 'en'], ['ro', 'en', 'pl']])
      engine.match(advert, { languages });
    expect(engine.match(advert, { languages: ['pl', 'en'] })).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('words written to slip past filters', () => {
  it('are read joined when written one letter at a time, with evidence as written, and reported', () => {
    const title = 'Warehouse';
    const text = 'Salary paid in c a s h every Friday.';
    const reported: Array<[string, string, string]> = [];
    const hits = engine.match(
      { title, text },
      {
        languages: ['en'],
        onReadBack: (field, words) => {
          for (const w of words)
            reported.push([field, (field === 'title' ? title : text).slice(w.start, w.end), w.reads]);
        },
      },
    );
    const cash = hits.find((h) => h.indicatorId === 'pay.unusual_method');
    expect(cash?.evidence.map((e) => e.text).join(' ')).toContain('c a s h');
    expect(reported).toEqual([['text', 'c a s h', 'cash']]);
  });

  it('read symbols and digits for letters as letters, with evidence as written', () => {
    const text = 'Wages paid in CA$H. Bring your p@ssp0rt on day one.';
    const reported: string[] = [];
    const hits = engine.match(
      { title: 'Farm work', text },
      { languages: ['en'], onReadBack: (_, words) => reported.push(...words.map((w) => `${w.reads}`)) },
    );
    const cash = hits.find((h) => h.indicatorId === 'pay.unusual_method');
    expect(cash?.state).toBe('present');
    expect(cash?.evidence.map((e) => e.text).join(' ')).toContain('CA$H');
    expect(reported).toEqual(['CASH', 'passport']);
    // The same advert written plainly gives the same indicators.
    const plain = engine.match(
      { title: 'Farm work', text: 'Wages paid in CASH. Bring your passport on day one.' },
      { languages: ['en'] },
    );
    expect(hits.map((h) => h.indicatorId)).toEqual(plain.map((h) => h.indicatorId));
  });

  it('leave the ranges the caller keeps as written alone', () => {
    const text = 'Write to ca$h on the board, paid weekly.';
    const reported: string[] = [];
    engine.match(
      { title: '', text },
      {
        languages: ['en'],
        asWritten: { text: [{ start: 9, end: 13 }] },
        onReadBack: (_, words) => reported.push(...words.map((w) => w.reads)),
      },
    );
    expect(reported).toEqual([]);
  });
});
