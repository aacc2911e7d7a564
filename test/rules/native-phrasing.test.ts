// Hand-written sentences in the ways adverts really phrase things, none copied from the packs'
// own examples: statements that no fee is charged must contradict fee.recruitment (never make it
// present), real fees next to reassurances must stay present, and the phrasing that recruiters use
// for travel, housing, risky roles and up-front data must be recognised in every language.
import { describe, expect, it } from 'vitest';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';

const engine = createRuleEngine(loadRulePacks());

function stateOf(text: string, indicator: string, languages?: string[]): string {
  const hits = engine.match({ title: '', text }, languages ? { languages } : {});
  return hits.find((h) => h.indicatorId === indicator)?.state ?? 'absent';
}

/** Sentences per language: each must give `state` for the indicator, with that language's pack and English. */
type Expectations = Record<string, { present?: string[]; absent?: string[]; contradicted?: string[] }>;

function check(language: string, cases: Expectations): void {
  describe(language, () => {
    for (const [indicator, c] of Object.entries(cases)) {
      for (const [state, sentences] of [
        ['present', c.present ?? []],
        ['absent', c.absent ?? []],
        ['contradicted', c.contradicted ?? []],
      ] as const) {
        it.each(sentences)(`${indicator} ${state}: %s`, (sentence) => {
          expect(stateOf(sentence, indicator, [language, 'en'])).toBe(state);
        });
      }
    }
  });
}

describe('a statement that no fee is charged is a contradiction, never a fee', () => {
  const negated: Record<string, string[]> = {
    en: [
      'Free of charge for candidates.',
      'We never charge workers anything.',
      'There is no placement fee and no deposit.',
      'Zero recruitment fees, guaranteed.',
      'Workers do not pay any fees at any stage.',
      'You will never be asked for a deposit by us.',
      'No upfront payment of any kind.',
      'Our service is 100% free for jobseekers.',
    ],
    de: [
      'Keine Vermittlungsgebühren!',
      'Für Bewerber kostenlos.',
      'Die Vermittlung ist für Sie völlig kostenfrei.',
      'Wir verlangen keinerlei Provision.',
      'Ohne Kaution, ohne Vorkasse.',
      'Es fallen für Sie keine Anmeldegebühren an.',
      'Eine Bearbeitungsgebühr wird nicht erhoben.',
      'Wir nehmen von Saisonkräften niemals Geld.',
    ],
    pl: [
      'Bez opłat!',
      'Nie pobieramy żadnych opłat.',
      'Nie pobieramy od pracowników opłat za pośrednictwo.',
      'Rekrutacja całkowicie bezpłatna.',
      'Żadnych opłat rekrutacyjnych ani kaucji.',
      'Kandydat nie płaci ani złotówki.',
      'Pośrednictwo pracy jest dla kandydatów darmowe.',
      'Brak wpisowego.',
    ],
    ro: [
      'Fără comision!',
      'Nu percepem nicio taxă.',
      'Nu cerem bani în avans.',
      'Fără taxe de înscriere sau de plasare.',
      'Candidații nu plătesc niciun comision.',
      'Nicio taxă de recrutare.',
      'Recrutarea este 100% gratuită pentru candidați.',
      'Angajarea e gratuită.',
    ],
  };
  for (const [language, sentences] of Object.entries(negated)) {
    it.each(sentences)(`${language}: %s`, (sentence) => {
      expect(stateOf(sentence, 'fee.recruitment', [language, 'en'])).toBe('contradicted');
      // And no fee pattern fires inside the negated phrase: without the contradictions, nothing is left.
      const hits = engine.match({ title: '', text: sentence }, { languages: [language, 'en'] });
      const fee = hits.find((h) => h.indicatorId === 'fee.recruitment');
      expect(fee?.state).not.toBe('present');
    });
  }

  it('a real fee next to free housing or no-experience wording stays a fee', () => {
    for (const [language, text] of [
      ['en', 'No experience needed, free accommodation. Registration fee 80 EUR before departure.'],
      ['de', 'Keine Erfahrung nötig, kostenlose Unterkunft. Vermittlungsgebühr 200 € vor Abreise.'],
      ['pl', 'Bez doświadczenia, bezpłatne zakwaterowanie. Opłata rekrutacyjna 300 zł przed wyjazdem.'],
      ['ro', 'Fără experiență, cazare fără costuri. Taxă de înscriere 100 euro înainte de plecare.'],
      ['en', 'You pay nothing for housing. A deposit of 200 EUR secures your place.'],
      ['en', 'There is no need to pay for accommodation. Placement fee 150 EUR.'],
      ['de', 'Sie zahlen nichts für die Unterkunft. Anmeldegebühr 100 € vorab.'],
      ['pl', 'Za mieszkanie nic nie płacisz. Wpisowe 250 zł.'],
      ['ro', 'Nu plătiți nimic pentru cazare. Taxă de înscriere 100 euro.'],
    ] as const) {
      expect(stateOf(text, 'fee.recruitment', [language, 'en']), text).toBe('present');
    }
  });
});

check('en', {
  'travel.paid': {
    present: [
      'We organise and pay for your coach to the farm.',
      'Flights from Bucharest are covered, you just come.',
      'Your trip home at the end of the season is paid by the company.',
    ],
    absent: ['Own transport is an advantage.', 'The bus stop is five minutes from the warehouse.'],
    contradicted: ['We do not pay for flights; workers pay for their own travel.'],
  },
  'housing.live_in': {
    present: ['Staff must sleep on the premises.', 'The carer has to live with the family.'],
    absent: ['You can live anywhere in the region.'],
  },
  'role.entertainment_abroad': {
    present: ['Dancers needed for a gentlemen’s club in Norway, good money.'],
    absent: ['Dance teacher for our studio in Leeds.', 'Hostess for our restaurant reception desk.'],
  },
  'role.massage_unlicensed': {
    present: ['Massage salon in Oslo. No certificate required, we will train you.'],
    absent: ['Massage therapist for our physio clinic. Diploma and 2 years of experience required.'],
  },
  'docs.personal_data': {
    present: ['Email a full-length picture and your ID number.'],
    absent: ['Please include a CV with a photo.'],
  },
  'req.no_experience': {
    present: ['No skills or experience required.', 'No special qualifications.'],
    absent: ['Special qualifications in welding required.'],
  },
});

check('de', {
  'travel.paid': {
    present: [
      'Flug und Transfer zahlen wir.',
      'Die Heimfahrt organisiert und bezahlt der Arbeitgeber.',
      'Kostenloser Shuttle zum Feld.',
    ],
    absent: ['Ein eigenes Auto ist von Vorteil.', 'Die Haltestelle liegt direkt vor dem Lager.'],
    contradicted: ['Die Anreise zahlen wir leider nicht.'],
  },
  'housing.provided': {
    present: ['Unterbringung in Wohncontainern auf dem Gelände.', 'Für die Unterkunft ist gesorgt.'],
    absent: ['Wir helfen nicht bei der Wohnungssuche.'],
  },
  'housing.live_in': {
    present: ['Wohnen im Haus der Familie ist Bedingung.'],
    absent: ['Sie wohnen in Köln oder Umgebung?'],
  },
  'role.massage_unlicensed': {
    present: [
      'Thaimassage-Studio in Zürich sucht junge Damen.',
      'Massagesalon in Prag. Keine Ausbildung nötig.',
    ],
    absent: ['Medizinischer Masseur (m/w/d) mit staatlicher Anerkennung gesucht.'],
  },
  'docs.personal_data': {
    present: ['Bitte ein Ganzkörperbild und die Ausweisnummer mitschicken.'],
    absent: ['Bewerbung mit Lebenslauf und Foto per E-Mail.'],
  },
});

check('pl', {
  'travel.paid': {
    present: [
      'Przelot opłaca agencja.',
      'Bilety lotnicze kupujemy i opłacamy my.',
      'Dojazd do pracy za darmo.',
    ],
    absent: ['Dojazd komunikacją miejską.', 'Transport towarów własną flotą.'],
    contradicted: ['Przejazdu niestety nie opłacamy.'],
  },
  'pay.deductions': {
    present: ['Koszt noclegu pobierany z każdej wypłaty.', 'Za pokój odliczamy 400 zł od wynagrodzenia.'],
    absent: ['Podatek pobierany z wynagrodzenia zgodnie z przepisami.'],
  },
  'housing.provided': {
    present: ['Nocleg w kwaterach pracowniczych.', 'Zakwaterowanie opłaca pracodawca.'],
    absent: ['Mieszkanie w Gdańsku do wynajęcia.'],
  },
  'role.massage_unlicensed': {
    present: ['Salon masażu w Berlinie. Bez certyfikatu, wszystkiego nauczymy.'],
    absent: ['Masażysta z uprawnieniami do centrum rehabilitacji.'],
  },
  'docs.personal_data': {
    present: ['Wyślij zdjęcie całej sylwetki i numer dowodu.'],
    absent: ['CV ze zdjęciem prosimy przesyłać mailem.'],
  },
});

check('ro', {
  'travel.paid': {
    present: [
      'Transportul este asigurat de firmă.',
      'Biletul de avion îl plătim noi.',
      'Drumul dus-întors este organizat și plătit de agenție.',
    ],
    absent: ['Stația de tramvai este aproape de fabrică.', 'Salariul este plătit la zi.'],
    contradicted: ['Transportul, din păcate, nu îl asigurăm.'],
  },
  'housing.live_in': {
    present: ['Îngrijitoarea locuiește cu familia.', 'Trebuie să locuiești la angajator.'],
    absent: ['Locuiești în Iași? Te așteptăm la interviu.'],
  },
  'role.entertainment_abroad': {
    present: ['Hostese pentru un club din Cipru.', 'Dansatoare în Spania, câștiguri foarte mari.'],
    absent: ['Instructor de dans pentru copii în Cluj.'],
  },
  'role.domestic_abroad': {
    present: ['Bonă pentru o familie în Irlanda.', 'Menajeră în Belgia, plecare imediată.'],
    absent: ['Bonă pentru doi copii în Brașov.'],
  },
  'role.massage_unlicensed': {
    present: ['Salon de masaj în Milano. Fără diplomă, te învățăm noi.'],
    absent: ['Kinetoterapeut cu diplomă pentru clinică.'],
  },
  'docs.personal_data': {
    present: ['Trimite o fotografie cu tot corpul și CNP-ul.'],
    absent: ['Trimite CV-ul cu o poză recentă.'],
  },
});
