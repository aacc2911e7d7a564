// Hand-written Dutch sentences in the ways Dutch and Flemish adverts phrase things, none copied from
// the nl pack's own examples: negated fee statements must contradict fee.recruitment (never make
// it present), real fees next to free housing must stay present, and the common phrasing of travel,
// housing, hours, documents and risky roles must be recognised (with the English pack, as the
// assessor runs them).
import { describe, expect, it } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { stateOf, check } = nativeSentences('nl');

describe('nl: a statement that no fee is charged is a contradiction, never a fee', () => {
  it.each([
    'Geen inschrijfgeld en geen borg!',
    'Wij vragen geen bemiddelingskosten aan kandidaten.',
    'Onze bemiddeling is volledig gratis.',
    'Kosteloos voor werkzoekenden.',
    'Je betaalt nooit iets aan het bureau.',
    'Zonder administratiekosten.',
    'Het is verboden om kandidaten kosten in rekening te brengen.',
    'Gratis inschrijving bij ons uitzendbureau.',
  ])('%s', (sentence) => {
    expect(stateOf(sentence, 'fee.recruitment')).toBe('contradicted');
  });

  it.each([
    'Geen ervaring nodig, gratis huisvesting. Inschrijfgeld 80 euro voor vertrek.',
    'Je betaalt niets voor de huisvesting. Borg van 250 euro vooraf.',
    'Geen kosten voor huisvesting. Bemiddelingskosten: 120 euro.',
  ])('a real fee next to free housing or no-experience wording stays a fee: %s', (text) => {
    expect(stateOf(text, 'fee.recruitment')).toBe('present');
  });
});

describe('nl phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Voor de bemiddeling vragen wij eenmalig 250 euro bemiddelingskosten.',
        'Na betaling van het inschrijfgeld van 95 euro ontvang je de vacatures.',
        'Waarborgsom 400 euro, te voldoen voor vertrek.',
      ],
      absent: ['Wij betalen je loon elke week uit.', 'Korting op de kosten van de sportschool.'],
    },
    'debt.travel_advance': {
      present: [
        'Het busticket schieten wij voor, dat betaal je later terug.',
        'De kosten van de vlucht worden in drie termijnen ingehouden op het salaris.',
      ],
      absent: ['Reiskosten worden maandelijks vergoed.'],
    },
    'pay.deductions': {
      present: [
        'Huisvestingskosten van 110 euro per week worden ingehouden op het nettoloon.',
        'Werkkleding wordt verrekend met je eerste loon.',
      ],
      absent: ['Je loon wordt elke vrijdag overgemaakt.'],
      contradicted: ['Er worden geen inhoudingen gedaan voor vervoer.'],
    },
    'pay.unusual_method': {
      present: [
        'Uitbetaling gebeurt contant op de boerderij.',
        'Het volledige salaris volgt pas na drie maanden.',
      ],
      absent: ['Betaling van het salaris via de bank, elke vier weken.'],
    },
    'travel.paid': {
      present: ['De busreis naar Nederland wordt door ons betaald.', 'Het vervoer naar de kas regelen wij.'],
      absent: ['Parkeerplaats bij het bedrijf aanwezig.'],
      contradicted: ['De reis naar Nederland betaal je zelf.'],
    },
    'housing.provided': {
      present: [
        'Wij zorgen voor een kamer in een gedeelde woning.',
        'Accommodatie op een bungalowpark is beschikbaar.',
      ],
      absent: ['Wij zoeken een makelaar voor woningen in Den Haag.'],
      contradicted: ['Wij bieden geen huisvesting aan.'],
    },
    'housing.live_in': {
      present: [
        'Als inwonende au pair help je in het huishouden.',
        'Je verblijft bij de familie in hun huis.',
      ],
      absent: ['Wij zoeken een interne auditor.'],
    },
    'hours.excessive': {
      present: ['In het hoogseizoen werk je zeven dagen per week.', 'Reken op 13 uur per dag in de oogst.'],
      absent: ['Wij zijn zeven dagen per week open.'],
      contradicted: ['Nooit meer dan 40 uur per week.'],
    },
    'docs.passport_upfront': {
      present: [
        'Graag een foto van je identiteitsbewijs meesturen.',
        'Bij aankomst leveren alle werknemers hun paspoort in.',
      ],
      absent: ['Neem je paspoort mee naar de eerste werkdag.'],
      contradicted: ['Je identiteitsbewijs blijft altijd in je bezit.'],
    },
    'docs.personal_data': {
      present: [
        'Geef je burgerservicenummer en rekeningnummer door via de app.',
        "Stuur foto's in badkleding mee.",
      ],
      absent: ['Je salaris wordt op je rekeningnummer gestort.'],
    },
    'legal.status_promised': {
      present: ['Wij zorgen voor je tewerkstellingsvergunning.', 'Je werkvergunning wordt gegarandeerd.'],
      absent: ['Een geldig rijbewijs is vereist.'],
    },
    'req.no_contract': {
      present: ['Zonder sollicitatiegesprek aan de slag.', 'Het arbeidscontract krijg je pas na aankomst.'],
      absent: ['Na je gesprek volgt een proefperiode van een maand.'],
      contradicted: ['Je tekent een schriftelijk contract voordat je vertrekt.'],
    },
    'req.age_appearance': {
      present: ['Wij zoeken slanke dames voor ons team.', 'Leeftijd van 18 tot 28.'],
      absent: ['Zorgmedewerker (m/v/x) gezocht.', 'Kinderopvang voor kinderen tussen 0 en 4 jaar.'],
    },
    'role.entertainment_abroad': {
      present: [
        'Hostessen gezocht voor een luxe club in Zwitserland.',
        'Go-go danseressen voor een bar in Griekenland.',
      ],
      absent: ['Hostess voor de receptie van ons hotel in Amsterdam.'],
    },
    'role.domestic_abroad': {
      present: ['Nanny gezocht voor een gezin in Spanje.', 'Huishoudelijke hulp voor een familie in Qatar.'],
      absent: ['Huishoudelijke hulp voor een gezin in Delft.'],
    },
    'role.massage_unlicensed': {
      present: [
        'Massagesalon in Keulen zoekt personeel. Geen opleiding nodig.',
        'Erotische massage, goede verdiensten.',
      ],
      absent: ['Sportmasseur voor onze fysiotherapiepraktijk, diploma verplicht.'],
    },
    'req.no_experience': {
      present: ['Werkervaring is niet nodig.', 'Ook geschikt voor herintreders.'],
      absent: ['Twee jaar werkervaring in de logistiek is vereist.'],
    },
  });
});
