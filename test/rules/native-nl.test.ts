// Hand-written Dutch sentences in the ways Dutch and Flemish adverts phrase things, none copied from
// the nl pack's own examples: negated fee statements must contradict fee.recruitment (never make
// it present), real fees next to free housing must stay present, and the common phrasing of travel,
// housing, hours, documents and risky roles must be recognised (with the English pack, as the
// assessor runs them).
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('nl');

describe('nl: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Geen inschrijfgeld en geen borg!',
    'Wij vragen geen bemiddelingskosten aan kandidaten.',
    'Onze bemiddeling is volledig gratis.',
    'Kosteloos voor werkzoekenden.',
    'Je betaalt nooit iets aan het bureau.',
    'Zonder administratiekosten.',
    'Het is verboden om kandidaten kosten in rekening te brengen.',
    'Gratis inschrijving bij ons uitzendbureau.',
    'Wij vragen geen bemiddelingskost.',
    'Er zijn geen kosten voor de registratie.',
    'Opleiding met kosteloze jobgarantie.',
  ]);

  realFeeStays(
    [
      'Geen ervaring nodig, gratis huisvesting. Inschrijfgeld 80 euro voor vertrek.',
      'Je betaalt niets voor de huisvesting. Borg van 250 euro vooraf.',
      'Geen kosten voor huisvesting. Bemiddelingskosten: 120 euro.',
    ],
    'a real fee next to free housing or no-experience wording stays a fee',
  );
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
      contradicted: ['Twee jaar werkervaring in de logistiek is vereist.'],
    },
  });
});

describe('nl phrasing: pay, debt, hours, housing, documents and status', () => {
  check({
    'fee.recruitment': {
      present: [
        'Na je aanmelding betaal je de bemiddelingskost van 120 euro.',
        'Voor de opstart vragen we een voorschot van 700 euro vooraf.',
        'Wij schrijven je in als zelfstandige, kosten 30 euro registratie.',
        'Cursus reachtruck inclusief baangarantie: 525 euro, vooraf te voldoen.',
        'De investering voor de plaatsingsgarantie bedraagt 300 euro.',
      ],
      absent: [
        'Salaris 2.400 euro, een voorschot op je loon is altijd mogelijk.',
        'De opleiding met baangarantie wordt volledig door ons betaald.',
        'Na de cursus baangarantie en een salaris van 2.300 euro.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Wij schieten het vliegticket en de huur voor.',
        'Je vlucht is inbegrepen, inhouding op je eerste salaris.',
        'Het ticket naar Noorwegen wordt via je loon terugbetaald.',
        'De overtocht wordt voorgeschoten door het bureau.',
        'Alle kosten voor de reis schieten wij voor.',
      ],
      absent: ['De overtocht naar het eiland wordt door de werkgever betaald.'],
      contradicted: [
        'Het vliegticket wordt niet met je salaris verrekend.',
        'Het busticket betaal je nooit terug.',
      ],
    },
    'pay.deductions': {
      present: [
        'Huur en vervoer worden elke week van je nettoloon afgehaald.',
        'De kosten voor werkkleding halen we van je loon af.',
        'Maandloon 1.800 euro, minus 400 euro voor de kamer.',
        'Een slaapplaats in de bungalow kost 90 euro per week en wordt automatisch verrekend.',
      ],
      absent: ['Werkkleding krijg je gratis van ons.', 'Min. 20 uur per week beschikbaar voor ons team.'],
      contradicted: [
        'Huisvesting kost 100 euro per week, alleen ingehouden met jouw toestemming.',
        'De kamer wordt niet op je loon ingehouden.',
      ],
    },
    'pay.unusual_method': {
      present: [
        'Je verdient 85 euro per dag, cash na je dienst.',
        'Betaling per kilo, iedere vrijdag in contanten.',
        'Cash per week, zonder gedoe.',
        'De eerste maand loon houden we in als zekerheid.',
        'Je start met een onbetaalde inwerkweek.',
      ],
      absent: [
        'Wij betalen 15 euro per uur via de bank.',
        'De fooienpot wordt elke maand verdeeld.',
        'Een betaalde proefweek, daarna een contract.',
      ],
      contradicted: ['Loon wordt niet contant betaald.', 'Wij betalen nooit cash, alles gaat via de bank.'],
    },
    'hours.excessive': {
      present: [
        'Je werkt van 5:00 tot 18:00 uur op het veld.',
        'Werkuren: 11u tot 01u.',
        'Werkdagen van gemiddeld 11 uur, ook op zaterdag en zondag.',
        'Je blijft tot het werk gedaan is.',
        'Van 6u tot het werk klaar is.',
        'Werktijden ma t/m za van 7:00 tot 18:00.',
        'U bent 24/7 aanwezig bij meneer.',
        'Rustdagen zijn zeldzaam in het seizoen.',
      ],
      absent: [
        'Je werkt van 8:00 tot 17:00 uur.',
        'De winkel is open van 7 tot 22 uur.',
        'Werktijden ma t/m vr van 8 tot 17 uur.',
        'Diensten van 9 uur, ook in het weekend.',
        'Je werkt bij ons tot de verbouwing klaar is.',
      ],
    },
    'housing.provided': {
      present: [
        'Gratis slaapplaats voor wie van ver komt.',
        'Een kamer in een gedeeld huis vlak bij de fabriek.',
        'Overnachten op het terrein is gratis.',
        'Logies en eten worden door ons geregeld.',
        'Wij regelen:\n- je werkplek\n- een appartement',
      ],
      absent: [
        'Wonen in Gent is prijzig, maar de stad is mooi.',
        'Wij bieden:\n- een goed salaris\n\nWoningen in de buurt zijn duur.',
      ],
    },
    'housing.live_in': {
      present: [
        'Inwonende kinderjuf gezocht.',
        'Je slaapt in een kamertje achter de keuken.',
        'Een studio boven de kapsalon is inbegrepen.',
        'Wij zoeken een dame die bij ons komt wonen om voor vader te zorgen.',
      ],
      absent: ['Het team werkt in de keuken achter de bar.', 'Kom bij ons werken!'],
    },
    'docs.passport_upfront': {
      present: [
        'Als je je paspoort doorstuurt, regelen wij de rest.',
        'Graag kopieën van de identiteitsbewijzen van beide partners.',
        'Breng je identiteitskaart mee, die nemen we in zolang je bij ons werkt.',
      ],
      absent: [
        'Neem je paspoort mee naar het gesprek, dan maken we een kopie voor de administratie.',
        'Breng je identiteitskaart mee, dan nemen we je gegevens op.',
      ],
      contradicted: ['Je identiteitskaart niet opsturen, die controleren we bij het gesprek.'],
    },
    'docs.personal_data': {
      present: [
        'Stuur een scan van je identiteitskaart en je bankkaart.',
        'Stuur je cv en je rekeningnummer mee.',
        'Stuur je naam en je burgerservicenummer naar ons nummer.',
      ],
      absent: ['Stuur je cv mee, je salaris storten we op je rekening.'],
    },
    'legal.status_promised': {
      present: [
        'Wij regelen de arbeidskaart voor je.',
        'Geen burgerservicenummer nodig.',
        'Een verblijfsvergunning is niet vereist.',
        'Over je werkvergunning hoef je je geen zorgen te maken.',
        'Je komt binnen als toerist.',
        'Wij verzorgen voor jou:\n• het visum\n• de vlucht',
      ],
      absent: [
        'Heb je nog geen burgerservicenummer? Dat vraag je aan bij de gemeente.',
        'Geen ervaring of rijbewijs nodig.',
      ],
      contradicted: ['Een geldig burgerservicenummer is verplicht.'],
    },
    'req.no_contract': {
      present: [
        'Geen rompslomp met contracten.',
        'Een arbeidsovereenkomst is niet nodig.',
        'De papieren regelen we achteraf.',
      ],
      absent: [
        'Geen gedoe met facturen, wij verzorgen de administratie.',
        'Je arbeidsovereenkomst ontvang je later per e-mail.',
      ],
    },
    'req.age_appearance': {
      present: [
        'Reageren met een selfie via Instagram.',
        'Geen ervaring nodig, wel een foto verplicht.',
        'Leeftijd van 18 tot 25 jaar, geen uitzonderingen.',
        'Meiden van 18 tot 25 gezocht, een foto is niet nodig.',
      ],
      absent: ['Reageer met je cv en een korte motivatie.'],
      contradicted: [
        'Bij ons maakt je leeftijd niet uit.',
        'Solliciteren mag gewoon zonder pasfoto.',
        'Zowel jong als oud is welkom in ons team.',
        'Leeftijd is geen probleem, ook 55-plussers welkom.',
      ],
    },
    'req.no_experience': {
      present: [
        'Zonder voorkennis aan de slag.',
        'Geen diploma of ervaring vereist, wij leiden je op.',
        'Ervaring als lasser is niet vereist.',
        'Zonder relevante werkervaring welkom, diploma niet verplicht.',
      ],
      absent: ['Voorkennis van Excel is een pluspunt.'],
      contradicted: [
        'Minimaal vijf jaar ervaring als vrachtwagenchauffeur.',
        'Werkervaring in een slachterij is een vereiste.',
        'Een relevant mbo-diploma is verplicht.',
        'U beschikt over een erkende vakopleiding.',
        'Aantoonbare werkervaring in de zorg.',
      ],
    },
    'req.no_language': {
      present: [
        'Geen kennis van de Nederlandse taal vereist.',
        'Nederlands is niet vereist, onze voorman spreekt Roemeens.',
      ],
      contradicted: [
        'Vloeiend Duits is een vereiste voor deze functie.',
        'Je spreekt Nederlands op minimaal B2-niveau.',
        'Goede kennis van de Engelse taal is noodzakelijk.',
        'U dient Frans te kunnen spreken.',
      ],
    },
    urgency: {
      present: ['Startdatum: in overleg, maar liefst per direct.', 'Niet lang nadenken, het is dringend!'],
      contradicted: [
        'Er is geen haast bij deze vacature.',
        'Dit is geen spoedvacature: reageren kan het hele jaar door.',
        'De begindatum is in overleg.',
      ],
    },
    'role.domestic_abroad': {
      present: ['Kindermeisje voor een gezin aan de Costa Brava.'],
      absent: ['Kindermeisje voor een gezin in Haarlem.'],
    },
    'role.massage_unlicensed': {
      present: [
        'Wellnessmassage in Düsseldorf, dames 20-30 welkom.',
        'Oliemassages in een studio in Keulen. Geen diploma vereist.',
      ],
      absent: ['Sportmassage in onze praktijk. Geen ervaring met ons planningssysteem nodig.'],
    },
    'travel.paid': {
      present: [
        'Je hoeft alleen je koffer te pakken.',
        'Bus, vlucht en transfer worden geregeld.',
        'Na je aanmelding boeken wij de vlucht.',
        'Vervoer uit Roemenië met de bedrijfsbus.',
        'Ophalen vanaf het station elke ochtend.',
      ],
      absent: [
        'Wij verzorgen de planning:\n- roosters\n- reis naar klanten',
        'Transport van goederen met onze vrachtwagens.',
      ],
    },
  });
});

// A negation or a denial belongs to its own clause: after a comma (or "wel", "maar") the next
// clause states its own requirement or red flag. A negated list ("geen X, Y of Z") stays negated.
describe('nl: a negation does not reach into the next clause', () => {
  check({
    'req.no_language': {
      present: [
        'Geen Nederlands, Engels of Duits vereist.',
        'Je hoeft geen Nederlands of Engels te spreken.',
      ],
      contradicted: [
        'Je hoeft geen Engels te spreken, Nederlands is vereist.',
        'Geen Engels, wel Nederlands vereist.',
        'Geen rijbewijs nodig: goede kennis van het Nederlands is een must.',
      ],
    },
    'req.no_experience': {
      contradicted: [
        'Geen Nederlands nodig, ervaring als heftruckchauffeur is vereist.',
        'Je hoeft geen Engels te spreken, werkervaring in de tuinbouw is een must.',
        'Geen weekenddiensten, wel aantoonbare ervaring met reachtrucks.',
        'Een rijbewijs is niet nodig, een erkend vakdiploma is wel verplicht.',
        'Geen diploma? Geen probleem, ervaring in de bouw is vereist.',
        'Geen nachtdiensten, je hebt wel een afgeronde opleiding tot lasser.',
      ],
      present: [
        'Geen diploma, certificaten of eerdere ervaring vereist.',
        'Zonder vooropleiding, vca of aantoonbare ervaring kun je bij ons beginnen.',
        'Geen diploma, noch ervaring vereist: wij leiden je op.',
        "Geen diploma's, attesten of ervaring vereist.",
      ],
    },
    'req.no_contract': {
      present: [
        'Je krijgt geen contract, wel elke vrijdag je geld.',
        'Je krijgt meteen werk, contract ter plaatse.',
        'Werken zonder officieel contract, uitbetaling wekelijks.',
      ],
      contradicted: ['Geen uitzendbureau, je krijgt direct een vast contract.'],
    },
    'legal.status_promised': {
      present: [
        'Wij bieden geen huisvesting, werkvergunning wordt geregeld.',
        'Je hoeft niet in het bezit te zijn van een werkvergunning, de papieren worden geregeld.',
      ],
      absent: [
        'BSN verplicht, een rijbewijs is niet nodig.',
        'Werkvergunning zelf regelen, je hoeft je geen zorgen te maken over huisvesting.',
      ],
    },
    'debt.travel_advance': {
      present: ['Vliegticket wordt voorgeschoten, werkkleding wordt niet verrekend.'],
    },
    'pay.unusual_method': {
      absent: ['Inwerkweek met begeleiding, reistijd wordt niet betaald.'],
    },
    'travel.paid': {
      present: ['Vervoer wordt geregeld, boodschappen betaal je zelf.'],
    },
    'docs.passport_upfront': {
      present: [
        'Wij vragen geen borg, paspoort inleveren bij de coördinator.',
        'Stuur geen cv, kopie paspoort volstaat.',
      ],
    },
    'docs.personal_data': {
      present: ['Wij vragen nooit geld, stuur je pincode en bankgegevens.'],
    },
  });
});

// "Minimaal 1 jaar ervaring is een pré": experience that is wished for is no requirement and must not
// cancel a "no experience needed" elsewhere in the advert. A real requirement still contradicts, also
// when a wish for something else follows in the next sentence or clause.
describe('nl: experience wished for is no requirement', () => {
  check({
    'req.no_experience': {
      absent: [
        'Minimaal 1 jaar ervaring is een pré.',
        'Minstens twee jaar ervaring in de horeca is een pluspunt.',
        'Ten minste 3 jaar werkervaring strekt tot aanbeveling.',
        'Minimum 2 jaar ervaring als magazijnier is een troef.',
        'Minimaal één jaar relevante werkervaring is mooi meegenomen, maar geen must.',
        'Minstens 5 jaar ervaring in de bouw geeft je een streepje voor.',
        'Minimaal 2 jaar ervaring als heftruckchauffeur is gewenst.',
        'Tenminste 1 jaar praktijkervaring in de zorg is een meerwaarde.',
        'Minimaal 1 jaar ervaring met een reachtruck is een plus.',
        'Minimaal 2 jaar ervaring in de logistiek geniet de voorkeur.',
        'Aantoonbare ervaring met reachtrucks is een troef.',
        'Je beschikt over een afgeronde mbo-opleiding, maar dat is geen must.',
        'U bent in het bezit van een erkend diploma (pré).',
      ],
      present: [
        'Geen ervaring nodig. Minimaal 1 jaar ervaring is een pluspunt.',
        'Geen ervaring nodig. Minstens 2 jaar ervaring in de bouw is wel een voordeel.',
        'Werkervaring is niet vereist, minimaal een jaar ervaring is mooi meegenomen.',
        'Minimaal 2 jaar ervaring is niet nodig.',
        'Geen ervaring vereist. Je hebt een afgeronde mbo-opleiding, maar dat is geen must.',
        'Ervaring is niet nodig.\nMinimaal 2 jaar ervaring met orderpicken is wenselijk.',
      ],
      contradicted: [
        'Minimaal 2 jaar ervaring als chauffeur. Een rijbewijs C is een pré.',
        'Minimaal 3 jaar ervaring in de bouw; VCA is een pluspunt.',
        'Minimaal 2 jaar ervaring\nRijbewijs B is een pré',
        'Minimaal 2 jaar ervaring, een diploma is niet nodig.',
        'Minimaal 2 jaar ervaring maar geen diploma nodig.',
        'Je hebt minstens 2 jaar ervaring en bent niet bang om de handen uit de mouwen te steken.',
        'Aantoonbare ervaring in de bouw, geen diploma nodig.',
        'Ervaring in de logistiek is vereist, een heftruckcertificaat is een pré.',
        'Minimaal 1 jaar ervaring als lasser vereist, rijbewijs B is een pré.',
        'U beschikt over een afgeronde mbo-opleiding. Ervaring is een pluspunt.',
      ],
    },
  });

  // Wish wording BEFORE the requirement: an adverb or wish word earlier in the same clause, a wish
  // word with a colon or dash, or one that opens the sentence with a comma. A wish in another clause
  // or sentence, or before an "en" that starts a new one, leaves the requirement.
  check({
    'req.no_experience': {
      absent: [
        'Je hebt bij voorkeur minimaal 2 jaar ervaring.',
        'Bij voorkeur heb je minstens 1 jaar werkervaring in de logistiek.',
        'Bij voorkeur, minimaal 2 jaar ervaring als heftruckchauffeur.',
        'Liefst minimaal 3 jaar ervaring in de bouw.',
        'Idealiter heb je minimaal twee jaar ervaring in de zorg.',
        'Pré: minimaal 1 jaar ervaring als orderpicker.',
        'Pluspunt – aantoonbare ervaring met reachtrucks.',
        'Het is een pré als je aantoonbare ervaring hebt in de horeca.',
        'Een pluspunt is als je in het bezit bent van een erkend diploma.',
        'Wenselijk: je beschikt over een afgeronde mbo-opleiding.',
        'Gewenst: minimaal 2 jaar ervaring met CNC-machines.',
        'We zien graag dat je minstens een jaar ervaring hebt als kok.',
        'Het liefst heb je tenminste 1 jaar ervaring als lasser.',
        'Mooi meegenomen: minimum 1 jaar ervaring in de schoonmaak.',
        'Bij voorkeur bent u in het bezit van een erkend diploma als elektricien.',
        'Je hebt liefst al minimum 2 jaar ervaring als magazijnier.',
        'De voorkeur gaat uit naar kandidaten met minimaal 2 jaar ervaring.',
        'Het zou mooi zijn als je minimaal 1 jaar ervaring hebt.',
        'Pré: rijbewijs B en minimaal 2 jaar ervaring als chauffeur.',
        'Je hebt bij voorkeur minimaal 1,5 jaar ervaring in de bouw.',
        'Nice to have: minimaal 2 jaar ervaring.',
      ],
      present: [
        'Geen ervaring nodig. Bij voorkeur minimaal 1 jaar ervaring met heftrucks.',
        'Ervaring is niet vereist, je hebt bij voorkeur minimaal 2 jaar ervaring in de bouw.',
        'Starters welkom, geen ervaring nodig. Pré: aantoonbare ervaring in de horeca.',
        'Geen diploma vereist; idealiter heb je wel minimaal een jaar ervaring.',
        'Geen ervaring nodig.\nPluspunt – je bent in het bezit van een erkend diploma.',
      ],
      contradicted: [
        'Rijbewijs B is een pré, minimaal 2 jaar ervaring als chauffeur.',
        'Engels is een pluspunt. Je hebt minimaal 3 jaar ervaring in de bouw.',
        'Bij voorkeur woonachtig in de regio Venlo, minimaal 2 jaar ervaring als orderpicker.',
        'VCA is een pré; je hebt aantoonbare ervaring in de bouw.',
        'Een heftruckcertificaat is mooi meegenomen, je beschikt over een afgeronde mbo-opleiding.',
        'Pré: rijbewijs B. Minimaal 2 jaar ervaring in de logistiek.',
        'Je woont bij voorkeur in de buurt en hebt minimaal 2 jaar ervaring.',
        'Rijbewijs B is een pré en je hebt minimaal 2 jaar ervaring.',
        'Pré: rijbewijs B, minimaal 2 jaar ervaring als chauffeur.',
        'Gewenst profiel: minimum 2 jaar ervaring als magazijnier.',
        'Je bent 18-plus met minimaal 2 jaar ervaring.',
      ],
    },
  });

  // The look-ahead stops at a comma, unless the clause after the comma opens with the wish ("...,
  // dat is een pré"): the last item of a requirement list may be a wish for something else.
  check({
    'req.no_experience': {
      contradicted: [
        'Je hebt minimaal 2 jaar ervaring, kennis van SAP is een pré.',
        'Minimaal 3 jaar ervaring als lasser, een VCA-certificaat is een pluspunt.',
        'Aantoonbare ervaring in de bouw, rijbewijs B is mooi meegenomen.',
        'Je beschikt over een afgeronde mbo-opleiding, ervaring met SAP is een troef.',
        'Minstens 2 jaar ervaring in de logistiek, kennis van Engels geniet de voorkeur.',
        'Minimaal 1 jaar ervaring, bij voorkeur in de logistiek.',
        'Minimaal 2 jaar ervaring, een pré is rijbewijs C.',
        'Minimaal 2 jaar ervaring, een bonus van 500 euro na de proeftijd.',
      ],
      absent: [
        'Minimaal 2 jaar ervaring, dat is een pré.',
        'Minimaal 2 jaar ervaring, is een pluspunt.',
        'Minstens 1 jaar ervaring als kok, wat een grote plus is.',
        'Aantoonbare ervaring in de horeca, dat geeft je een streepje voor.',
        'Minimaal 2 jaar ervaring in de bouw, mooi meegenomen.',
        'Je hebt een afgeronde opleiding tot lasser, dit strekt tot aanbeveling.',
        'Minimum 2 jaar ervaring als magazijnier, en dat is een troef.',
      ],
      present: ['Geen ervaring nodig. Minimaal 2 jaar ervaring, dat is een pluspunt.'],
    },
  });

  // "Handig" and "welkom" are a wish only as a predicate about the experience, right after it or
  // opening the comma clause; said of the candidate or of other people they leave the requirement.
  check({
    'req.no_experience': {
      contradicted: [
        'Minimaal 2 jaar ervaring en je bent technisch handig.',
        'Minimaal 2 jaar ervaring, ook 50-plussers welkom.',
        'Je hebt aantoonbare ervaring als monteur en bent handig met gereedschap.',
        'Minimaal 1 jaar ervaring als schoonmaker, studenten zijn ook welkom.',
        'Je beschikt over een afgeronde mbo-opleiding en herintreders zijn welkom.',
        'Minimaal 2 jaar ervaring in de bouw en rijbewijs B is handig.',
        'Minimaal 2 jaar ervaring, werken in ploegen is handig.',
      ],
      absent: [
        'Minimaal 2 jaar ervaring is handig.',
        'Aantoonbare ervaring met reachtrucks is zeker welkom.',
        'Minimaal 2 jaar ervaring als chauffeur, is handig.',
        'Minimaal 2 jaar ervaring, dat is altijd handig.',
        'Minstens een jaar ervaring in de horeca, wat altijd welkom is.',
        'Minimaal 2 jaar ervaring zou handig zijn.',
        'Je hebt een afgeronde mbo-opleiding, dat is welkom.',
      ],
      present: ['Geen ervaring nodig, minimaal 1 jaar ervaring is welkom.'],
    },
  });
});
