// Hand-written German sentences in the ways German and Austrian adverts phrase things, none copied
// from the de pack's own examples: fees for placement packages, paid courses tied to placement and
// costs left to the worker must be fees, while a school's course fee, a recruiter's own commission
// and negated statements must not; the verb-last and separable-verb forms of travel debts, live-in
// housing, registration "later" and document retention must be recognised, and so must long
// working days written as clock times (with the English pack, as the assessor runs them). Statements
// that pay is never in cash, that age does not matter, that experience or German is required or that
// the start is open must contradict, but not the same words inside the red flag ("Keine
// Berufserfahrung erforderlich") nor "ab sofort oder nach Vereinbarung".
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('de');

describe('de: a statement that no package or service is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Für Bewerber gibt es kein kostenpflichtiges Jobpaket.',
    'Die Vermittlung kostet dich nichts.',
    'Unser Service kostet Bewerberinnen überhaupt nichts.',
    'Ohne teures Bewerbungspaket, ohne Vorkasse.',
  ]);

  realFeeStays(
    [
      'Kost und Logis frei. Das Bewerbungspaket gibt es für 350 €.',
      'Keine Erfahrung nötig. Ohne Schulung keine Jobzusage.',
      'Keine Kosten für die Unterkunft. Die Kosten für das Visum tragen Sie selbst.',
    ],
    'a package price or a paid course next to free housing stays a fee',
  );
});

describe('de phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Das Jobpaket gibt es für 290 € inklusive Lebenslauf.',
        'Paketpreis 2.400 € (Visum, Flug, Vertrag).',
        'Bucht euer Karrierepaket und startet in vier Wochen.',
        'Die Vermittlung kostet Sie insgesamt 1.500 €.',
        'Ohne Lehrgang keine Jobvermittlung.',
        'Eine Jobzusage gibt es erst nach Überweisung der Kursgebühr.',
        'Nach Arbeitsantritt erheben wir eine Agenturprovision.',
        'Die Provision von einem Monatslohn wird einbehalten.',
        'Kosten für Sprachkurs und Anerkennung zahlen Sie selbst.',
        'Du übernimmst die Kosten für das Visum.',
        'Die Gebühr ist zahlbar vor Reiseantritt.',
        'Unser Service kostet 3.000 €, der Arbeitsvertrag ist inklusive.',
      ],
      absent: [
        'Kursgebühr 490 €, Ratenzahlung möglich; nach dem Abschluss unterstützen wir Sie bei der Stellensuche.',
        'Sie erhalten ein attraktives Gehaltspaket für 2025.',
        'Unser Service kostet Geschäftskunden 49 € im Monat.',
        'Als Recruiter erhältst du für jede Vermittlung eine Provision.',
        'Die Kosten für das Visum übernimmt der Arbeitgeber.',
        'Ohne Führerschein keine Einstellung möglich.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Die Hinreise wird von uns vorgeschossen.',
        'Das Flugticket schießt die Firma vor.',
        'Wer vorzeitig abbricht, muss die Flugkosten erstatten.',
        'Du zahlst das Ticket nach und nach zurück.',
        'Die Busreise wird mit dem ersten Gehalt verrechnet.',
      ],
      absent: [
        'Die Fahrtkosten zahlen wir Ihnen am Monatsende zurück.',
        'Unsere Busse sind für lange Fahrten ausgelegt.',
      ],
      contradicted: [
        'Keine Rückzahlungspflicht für Flug und Visum.',
        'Bei Kündigung zahlst du nichts zurück.',
      ],
    },
    'pay.deductions': {
      present: [
        'Miete und Handy werden direkt von deinem Lohn abgezogen.',
        'Die Transportermiete wird von Ihrem Honorar einbehalten.',
        'Den Restbetrag ziehen wir in kleinen Raten vom Gehalt ab.',
        'Für das Quartier werden 12 € pro Nacht abgezogen.',
      ],
      absent: [
        'Steuern und Sozialversicherung werden vom Bruttolohn abgeführt.',
        'Mitarbeiterrabatt von 20 % auf alle Einkäufe.',
      ],
      contradicted: ['Das Zimmer wird nicht vom Gehalt abgezogen.'],
    },
    'pay.unusual_method': {
      present: [
        'Angemeldet auf Minijob-Basis, die Differenz gibt es bar.',
        'Wir zahlen euch cash.',
        'Tageslohn 110 € bar.',
        '13 Euro die Stunde in bar.',
        'Zwei Wochenlöhne behalten wir als Sicherheit ein.',
        'Das Gehalt wird erst nach zehn Wochen ausbezahlt.',
        'Der Verdienst wird am Projektende überwiesen.',
        'Anmeldung: keine, Auszahlung in bar.',
      ],
      absent: [
        'Das Gehalt wird nach 4 Wochen Probezeit angepasst.',
        'Den Rest des Tages hast du frei.',
        'Kunden zahlen an der Kasse bar oder mit Karte.',
        'Schichtzulage 2 € pro Stunde, ausgezahlt mit dem Monatslohn.',
      ],
      contradicted: [
        'Wir zahlen den Lohn niemals bar.',
        'Bei uns gibt es keinerlei Barzahlung.',
        'Löhne werden nie bar ausbezahlt.',
      ],
    },
    'travel.paid': {
      absent: ['Parkplätze direkt am Betrieb.'],
      contradicted: ['Die Anreise bezahlst du selbst.', 'Flug und Visum organisieren Sie selbst.'],
    },
    'housing.provided': {
      present: [
        'Kost und Logis frei.',
        'Zimmer und Verpflegung inklusive.',
        'Unterkunft in einer Personal-WG.',
      ],
      absent: ['Essen frei in der Kantine.', 'Wir renovieren Zimmer in einem Apartmenthaus.'],
    },
    'housing.live_in': {
      present: [
        'Gesucht: eine Nanny, die in der Familie lebt.',
        'Das Zimmer hinter dem Imbiss ist für dich.',
        'Schlafplatz im Massagesalon vorhanden.',
        'Du kannst in unserer Villa wohnen.',
        'Übernachtet wird im Wohncontainer direkt auf der Baustelle.',
        '24-Stunden-Betreuerinnen für Wien gesucht.',
      ],
      absent: [
        'Unser Büro liegt direkt über dem Restaurant Adler.',
        'Wir suchen Kellner für unser Restaurant im Zentrum.',
      ],
      contradicted: ['Du musst nicht bei der Familie wohnen.', 'Wohnen im Haus ist keine Pflicht.'],
    },
    'hours.excessive': {
      present: [
        'Nur 1 Ruhetag pro Monat.',
        'Ein freier Vormittag in der Woche.',
        'Gearbeitet wird von Sonnenaufgang bis Sonnenuntergang.',
        'Wir arbeiten, solange Arbeit da ist.',
        'Arbeitszeit täglich 5:30 bis 18 Uhr.',
        'Mo–Sa, 9 bis 21 Uhr, Arbeit im Imbiss.',
      ],
      absent: [
        'Dazu gibt es extra einen freien Tag im Monat.',
        'Unsere Bäckerei ist von früh bis spät für Sie da.',
        'Arbeitszeit Montag bis Freitag 8 bis 17 Uhr.',
        'Öffnungszeiten: Mo–Sa 7 bis 20 Uhr.',
        'Gleitzeit zwischen 6 und 20 Uhr.',
        'Arbeit im Schichtdienst, Mo–Fr 6 bis 22 Uhr.',
      ],
      contradicted: ['Maximal 40 Stunden pro Woche.'],
    },
    'docs.passport_upfront': {
      present: [
        'Bei Ankunft bitte den Reisepass im Büro abgeben.',
        'Wir behalten die Pässe bis zum Saisonende.',
        'Den Personalausweis verwahren wir für Sie.',
        'Den Ausweis kurz via Signal an uns.',
      ],
      absent: [
        'Bitte zum Termin den Personalausweis mitbringen.',
        'Wir behalten uns vor, die Stelle früher zu besetzen.',
        'Der Sozialversicherungsausweis wird bei Arbeitsbeginn vorgelegt.',
      ],
      contradicted: ['Deinen Pass musst du niemals abgeben.', 'Dein Reisepass bleibt immer bei dir.'],
    },
    'docs.personal_data': {
      present: [
        'Schick uns zwei Bilder, eines davon im Badeanzug.',
        'Bitte Sozialversicherungsnummer und Kontonummer beilegen.',
      ],
      absent: [
        'Die Sozialversicherungsnummer brauchen wir erst nach der Zusage.',
        'Bewerbung mit Foto und Zeugnissen.',
      ],
    },
    'req.age_appearance': {
      present: [
        'Voraussetzung: weiblich, zwischen 19 und 26.',
        'Du bist hübsch und offen für Neues.',
        'Gesucht: Hostessen, schlank und attraktiv.',
        'Vorkenntnisse: keine, Altersgrenze 20 bis 28.',
      ],
      absent: [
        'Sie sind zuverlässig und haben Freude am Verkauf.',
        'Schlanke Prozesse und attraktive Vergütung.',
        'Bewerbungen ohne Foto können wir leider nicht berücksichtigen.',
        'Wir betreuen Kinder jeden Alters.',
      ],
      contradicted: [
        'Bei uns gibt es kein Höchstalter.',
        'Das Alter ist egal.',
        'Frauen und Männer jeden Alters willkommen.',
        'Ein Foto wird nicht verlangt.',
      ],
    },
    'legal.status_promised': {
      present: ['Die Rot-Weiß-Rot-Karte ist garantiert.', 'Wir organisieren Ihre Aufenthaltsbewilligung.'],
      absent: [
        'Eine gültige Beschäftigungsbewilligung ist Voraussetzung.',
        'Wir beantragen gemeinsam mit Ihnen die Vorabzustimmung.',
      ],
    },
    'req.no_experience': {
      present: [
        'Keine Ausbildung und kein Führerschein erforderlich.',
        'Gern auch Berufseinsteiger.',
        'Auch für Leute ohne Vorkenntnisse.',
        'Keine Berufserfahrung erforderlich, Einarbeitung durch das Team.',
        'Eine abgeschlossene Ausbildung ist bei uns nicht nötig.',
      ],
      absent: [
        'Ohne abgeschlossene Ausbildung ist eine Einstellung leider nicht möglich.',
        'Einschlägige Berufserfahrung wäre wünschenswert.',
      ],
      contradicted: [
        'Mindestens zwei Jahre Erfahrung sind nötig.',
        'Sie verfügen über langjährige Erfahrung im Lager.',
        'Berufserfahrung wird vorausgesetzt.',
      ],
    },
    'req.no_language': {
      present: [
        'Kein Norwegisch nötig.',
        'Englischkenntnisse sind nicht unbedingt nötig.',
        'Deutsch ist kaum nötig.',
        'Keine Deutschkenntnisse notwendig, wir arbeiten im polnischen Team.',
        'Sie müssen kein Niederländisch verstehen.',
        'Dänisch ist nicht zwingend erforderlich.',
      ],
      absent: [
        'Gute Englischkenntnisse sind wichtig.',
        'Kein Problem, wenn dein Deutsch noch nicht perfekt ist.',
        'Deutschkenntnisse in Wort und Schrift von Vorteil.',
      ],
      contradicted: [
        'Gute Deutschkenntnisse sind zwingend erforderlich.',
        'Deutsch mindestens B1 erforderlich.',
        'Du sprichst fließend Englisch.',
      ],
    },
    urgency: {
      present: [
        'Eintritt nach Absprache, am besten aber sofort.',
        'Ab sofort oder nach Vereinbarung: Erntehelfer gesucht.',
        'Englischkenntnisse nicht dringend nötig, Start sofort.',
      ],
      absent: ['Gleitzeit, Arbeitsbeginn flexibel zwischen 7 und 9 Uhr.'],
      contradicted: [
        'Keine Eile, die Saison beginnt erst im Mai.',
        'Der Starttermin ist flexibel.',
        'Einstellungen sind das ganze Jahr über möglich.',
      ],
    },
    'req.no_contract': {
      present: [
        'Den Arbeitsvertrag regeln wir später.',
        'Die Anmeldung folgt später.',
        'Ich melde euch später bei der Kasse an.',
        'Auszahlung in bar, eine Anmeldung ist nicht notwendig.',
      ],
      absent: ['Eine Anmeldung für den Infoabend ist nicht nötig.', 'Über Details sprechen wir später.'],
      contradicted: ['Angemeldet wirst du ab dem ersten Arbeitstag.'],
    },
    'role.entertainment_abroad': {
      present: [
        'Go-Go-Tänzerinnen für eine Bar in Berlin gesucht. Auch Frauen aus Osteuropa sind willkommen.',
      ],
      absent: ['Hostessen für die Messe in München, auch Studierende aus dem Ausland.'],
    },
    'sector.high_risk': {
      present: [
        'Personenbetreuer für Kärnten gesucht.',
        'Pflegerin für älteren Herrn in Graz.',
        'Nagelstudio in Leipzig sucht Verstärkung.',
        'Montagehelfer im Stahlbau.',
      ],
      absent: ['Betreuer für unsere Server-Infrastruktur.'],
    },
    easy_money: {
      present: ['Nebenverdienst von zu Hause: bis 90 € am Tag.', 'Lediglich dein Smartphone reicht.'],
      absent: ['Firmenhandy wird gestellt.', 'Homeoffice an drei Tagen.'],
    },
  });
});

describe('de: experience wished for is no requirement', () => {
  // Years of experience, "mehrjährige Erfahrung" or "Sie haben eine abgeschlossene Ausbildung" after
  // a wish word in the same clause ("Idealerweise mindestens 2 Jahre", "Wünschenswert sind ...") or
  // after one that opens the sentence with a comma, a dash or a colon ("Von Vorteil wären: ..., ...")
  // are a wish: they must not cancel "Keine Erfahrung nötig". A wish in an earlier clause or sentence
  // leaves a requirement, and "gerne" is a wish only in "gerne mit".
  check({
    'req.no_experience': {
      absent: [
        'Idealerweise mindestens 2 Jahre Erfahrung.',
        'Wünschenswert sind mindestens 2 Jahre Berufserfahrung.',
        'Idealerweise verfügen Sie über mehrjährige Berufserfahrung in der Gastronomie.',
        'Von Vorteil: mindestens zwei Jahre Erfahrung im Lager.',
        'Wünschenswert: Führerschein Klasse B, mindestens drei Jahre Erfahrung als Fahrer.',
        'Im Idealfall bringst du einschlägige Erfahrung in der Pflege mit.',
        'Gerne mit langjähriger Erfahrung im Trockenbau.',
        'Wünschenswert ist Berufserfahrung von mindestens 2 Jahren.',
        'Von Vorteil wären: Staplerschein, nachweisbare Erfahrung in der Logistik.',
        'Bevorzugt Bewerber mit mindestens 3 Jahren Berufserfahrung.',
        'Vorzugsweise mehrjährige Erfahrung als Maurer.',
        'Wünschenswert, aber kein Muss: Sie haben eine abgeschlossene Ausbildung als Koch.',
        'Der ideale Kandidat hat mindestens 2 Jahre Erfahrung im Vertrieb.',
        'Mindestens 1 Jahr Erfahrung ist von Vorteil',
        'Mindestens 2 Jahre Erfahrung sind von Vorteil.',
      ],
      present: [
        'Keine Ausbildung nötig. Wünschenswert sind mindestens 2 Jahre Erfahrung als Fahrer.',
        'Quereinsteiger willkommen! Idealerweise mehrjährige Erfahrung im Lager.',
        'Auch ohne Vorkenntnisse. Im Idealfall bringst du fundierte Erfahrung im Service mit.',
      ],
      contradicted: [
        'Führerschein von Vorteil. Mindestens 2 Jahre Berufserfahrung als Koch.',
        'Englischkenntnisse wünschenswert, mindestens drei Jahre Erfahrung im Trockenbau.',
        'Idealerweise wohnst du in Hamburg, mehrjährige Erfahrung im Lager.',
        'Von Vorteil ist ein Staplerschein; langjährige Erfahrung im Lager.',
        'Sie arbeiten gerne im Team und verfügen über mehrjährige Berufserfahrung.',
        'Ein Plus ist der Führerschein, Sie haben eine abgeschlossene Ausbildung als Elektriker.',
        'Idealerweise Staplerschein. Berufserfahrung von mindestens drei Jahren im Lager.',
      ],
    },
  });
});
