// German phrase material: German job-board and small-ad German.
import type { LanguagePhrases } from './types.ts';

export const de: LanguagePhrases = {
  lang: 'de',
  number: { group: '.', decimal: ',' },
  money: { EUR: '{n} €', GBP: '{n} £', PLN: '{n} PLN', RON: '{n} RON', NOK: '{n} NOK' },
  per: {
    hour: 'pro Stunde',
    day: 'pro Tag',
    week: 'pro Woche',
    month: 'brutto im Monat',
    year: 'brutto im Jahr',
  },
  salary: { range: '{min_n} – {max} {per}', from: 'ab {min} {per}', exact: '{min} {per}' },
  countries: {
    DE: { name: 'Deutschland', in: 'in Deutschland', to: 'nach Deutschland' },
    GB: { name: 'Großbritannien', in: 'in Großbritannien', to: 'nach Großbritannien' },
    PL: { name: 'Polen', in: 'in Polen', to: 'nach Polen' },
    RO: { name: 'Rumänien', in: 'in Rumänien', to: 'nach Rumänien' },
    NL: { name: 'Niederlande', in: 'in den Niederlanden', to: 'in die Niederlande' },
    BE: { name: 'Belgien', in: 'in Belgien', to: 'nach Belgien' },
    NO: { name: 'Norwegen', in: 'in Norwegen', to: 'nach Norwegen' },
    IT: { name: 'Italien', in: 'in Italien', to: 'nach Italien' },
    ES: { name: 'Spanien', in: 'in Spanien', to: 'nach Spanien' },
    AT: { name: 'Österreich', in: 'in Österreich', to: 'nach Österreich' },
    FR: { name: 'Frankreich', in: 'in Frankreich', to: 'nach Frankreich' },
    IE: { name: 'Irland', in: 'in Irland', to: 'nach Irland' },
  },
  vague: [
    { name: 'Ausland', in: 'im Ausland', to: 'ins Ausland' },
    { name: 'EU', in: 'in der EU', to: 'in die EU' },
    { name: 'Europa', in: 'in Europa', to: 'nach Europa' },
  ],
  exonyms: {
    Warszawa: 'Warschau',
    Kraków: 'Krakau',
    București: 'Bukarest',
    Milano: 'Mailand',
  },
  localLanguage: {
    DE: 'Deutsch',
    AT: 'Deutsch',
    GB: 'Englisch',
    IE: 'Englisch',
    NL: 'Niederländisch',
    BE: 'Niederländisch',
    NO: 'Norwegisch',
    IT: 'Italienisch',
    ES: 'Spanisch',
    FR: 'Französisch',
    PL: 'Polnisch',
    RO: 'Rumänisch',
  },

  ordinary: {
    intros: [
      'Die {employer} sucht für den Standort {city} zum nächstmöglichen Zeitpunkt Verstärkung: {title}.',
      'Zur Verstärkung unseres Teams in {city} sucht die {employer} Sie als {title}.',
      'Stellenangebot: {title} bei der {employer} in {city}.',
      'Sie suchen eine neue Herausforderung? Die {employer} stellt in {city} ein: {title}.',
      'Die {employer} ist seit vielen Jahren in der Region {region} tätig. Für unser Team in {city} suchen wir Sie als {title}.',
    ],
    tasksHeading: ['Ihre Aufgaben:', 'Das erwartet Sie:', 'Ihr Aufgabengebiet:'],
    requirementsHeading: ['Ihr Profil:', 'Das bringen Sie mit:', 'Was Sie mitbringen:'],
    offerHeading: ['Wir bieten:', 'Unser Angebot:', 'Was wir Ihnen bieten:'],
    employment: {
      FULL_TIME: ['Unbefristeter Arbeitsvertrag in Vollzeit (40 Std./Woche)', 'Festanstellung in Vollzeit'],
      PART_TIME: ['Teilzeit, 20–25 Stunden pro Woche', 'Teilzeit oder Minijob nach Absprache'],
      TEMPORARY: ['Befristete Saisonstelle', 'Befristeter Vertrag für sechs Monate'],
      CONTRACTOR: ['Freie Mitarbeit auf Projektbasis'],
    },
    benefits: [
      '30 Tage Urlaub',
      'Betriebliche Altersvorsorge',
      'Zuschuss zum Deutschlandticket',
      'Weiterbildung und Aufstiegsmöglichkeiten',
      'Kostenlose Arbeitskleidung',
      'Dienstrad-Leasing',
      'Urlaubs- und Weihnachtsgeld',
      'Ein kollegiales Team und flache Hierarchien',
    ],
    salaryLine: ['Gehalt: {salary}', 'Vergütung: {salary}', 'Verdienst: {salary}'],
    apply: [
      'Bewerben Sie sich online unter {website} oder per E-Mail an {email}.',
      'Ihre vollständigen Bewerbungsunterlagen senden Sie bitte an {email}.',
      'Wir freuen uns auf Ihre Bewerbung über unser Karriereportal {website}/karriere.',
    ],
    applyPhone: [
      'Fragen beantwortet Ihnen gern unser Personalteam unter {phone}.',
      'Vorab-Infos erhalten Sie telefonisch unter {phone}.',
    ],
    innocent: {
      'req.no_experience': [
        'Quereinsteiger sind willkommen – wir arbeiten Sie gründlich ein.',
        'Keine Vorkenntnisse erforderlich, Einarbeitung garantiert.',
        'Auch ohne Berufserfahrung möglich.',
      ],
      urgency: [
        'Die Stelle ist ab sofort zu besetzen.',
        'Dringend gesucht – Vorstellungsgespräche noch diese Woche.',
        'Arbeitsbeginn ab sofort möglich.',
      ],
      'contact.messenger_only': [
        'Einfach anrufen oder per WhatsApp melden: {phone}.',
        'Eine kurze Nachricht per WhatsApp an {phone} genügt.',
      ],
    },
  },

  roles: [
    {
      key: 'nurse',
      sector: 'healthcare',
      titles: [
        'Pflegefachkraft (m/w/d)',
        'Gesundheits- und Krankenpfleger (m/w/d) Intensivstation',
        'Pflegefachkraft (m/w/d) im Nachtdienst',
      ],
      duties: [
        'Grund- und Behandlungspflege nach ärztlicher Anordnung',
        'Dokumentation im digitalen Pflegesystem',
        'Zusammenarbeit mit Ärzten, Therapeuten und Angehörigen',
        'Anleitung von Auszubildenden',
      ],
      requirements: [
        'Abgeschlossene Ausbildung als Pflegefachkraft',
        'Empathie und Teamgeist',
        'Bereitschaft zum Schichtdienst',
      ],
      refMonthlyEur: [3400, 4200],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'software-developer',
      sector: 'it',
      titles: [
        'Softwareentwickler (m/w/d) Java',
        'Fullstack-Entwickler (m/w/d) TypeScript',
        'Senior Backend Developer (m/w/d)',
      ],
      duties: [
        'Konzeption und Entwicklung neuer Funktionen unserer Plattform',
        'Code-Reviews und Pair-Programming im Team',
        'Automatisierte Tests und Betrieb in der Cloud',
        'Enge Abstimmung mit Product Ownern',
      ],
      requirements: [
        'Studium der Informatik oder vergleichbare Ausbildung',
        'Mehrjährige Erfahrung mit Java oder TypeScript',
        'Kenntnisse in SQL und REST-APIs',
        'Sehr gute Deutsch- und gute Englischkenntnisse',
      ],
      refMonthlyEur: [4500, 6500],
      period: 'year',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'accountant',
      sector: 'finance',
      titles: ['Finanzbuchhalter (m/w/d)', 'Buchhalter (m/w/d) Kreditoren', 'Bilanzbuchhalter (m/w/d)'],
      duties: [
        'Kontierung und Buchung laufender Geschäftsvorfälle',
        'Vorbereitung von Monats- und Jahresabschlüssen',
        'Umsatzsteuervoranmeldungen',
        'Abstimmung der Sachkonten',
      ],
      requirements: [
        'Kaufmännische Ausbildung mit Weiterbildung im Rechnungswesen',
        'Sicherer Umgang mit DATEV oder SAP',
        'Sorgfältige und selbstständige Arbeitsweise',
      ],
      refMonthlyEur: [3300, 4300],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'warehouse-operative',
      sector: 'warehouse',
      titles: ['Lagermitarbeiter (m/w/d)', 'Kommissionierer (m/w/d)', 'Lagerhelfer (m/w/d) in Tagschicht'],
      duties: [
        'Kommissionieren von Aufträgen mit Handscanner',
        'Warenannahme und Kontrolle der Lieferpapiere',
        'Verpacken und Versandvorbereitung',
      ],
      requirements: [
        'Zuverlässigkeit und Pünktlichkeit',
        'Körperliche Belastbarkeit',
        'Staplerschein von Vorteil',
      ],
      refMonthlyEur: [2200, 2500],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'driver',
      sector: 'transport',
      titles: [
        'Berufskraftfahrer CE (m/w/d) im Nahverkehr',
        'LKW-Fahrer (m/w/d) Klasse C',
        'Auslieferungsfahrer (m/w/d)',
      ],
      duties: [
        'Belieferung unserer Kunden im Tagesverkehr',
        'Be- und Entladen mit Hebebühne',
        'Abfahrtskontrolle und Pflege des Fahrzeugs',
      ],
      requirements: [
        'Führerschein der Klasse CE mit Modul 95',
        'Fahrerkarte',
        'Freundliches Auftreten beim Kunden',
      ],
      refMonthlyEur: [2800, 3300],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'chef',
      sector: 'hospitality',
      titles: ['Koch / Köchin (m/w/d)', 'Jungkoch (m/w/d)', 'Chef de Partie (m/w/d)'],
      duties: [
        'Zubereitung regionaler und saisonaler Gerichte',
        'Verantwortung für Ihren Posten im À-la-carte-Service',
        'Einhaltung der HACCP-Richtlinien',
      ],
      requirements: [
        'Abgeschlossene Ausbildung als Koch/Köchin',
        'Freude an frischen Produkten',
        'Teamfähigkeit auch in stressigen Situationen',
      ],
      refMonthlyEur: [2500, 3100],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'electrician',
      sector: 'construction',
      titles: [
        'Elektroniker für Energie- und Gebäudetechnik (m/w/d)',
        'Elektriker (m/w/d)',
        'Elektroinstallateur (m/w/d) Kundendienst',
      ],
      duties: [
        'Installation von Elektroanlagen in Neubau und Bestand',
        'Fehlersuche und Reparatur',
        'Prüfung nach DGUV V3 und Dokumentation',
      ],
      requirements: [
        'Abgeschlossene Ausbildung im Elektrohandwerk',
        'Führerschein Klasse B',
        'Selbstständige Arbeitsweise',
      ],
      refMonthlyEur: [3200, 4000],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'sales',
      sector: 'sales',
      titles: [
        'Vertriebsmitarbeiter (m/w/d) im Außendienst',
        'Key Account Manager (m/w/d)',
        'Vertriebsinnendienst (m/w/d)',
      ],
      duties: [
        'Betreuung und Ausbau des bestehenden Kundenstamms',
        'Gewinnung von Neukunden in Ihrem Gebiet',
        'Erstellung von Angeboten und Pflege des CRM',
      ],
      requirements: [
        'Erfahrung im B2B-Vertrieb',
        'Kommunikationsstärke und Verhandlungsgeschick',
        'Führerschein Klasse B',
      ],
      refMonthlyEur: [3200, 4200],
      period: 'year',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'educator',
      sector: 'education',
      titles: ['Erzieher (m/w/d)', 'Pädagogische Fachkraft (m/w/d) Krippe', 'Sozialpädagoge (m/w/d) Ganztag'],
      duties: [
        'Liebevolle Betreuung und Förderung der Kinder',
        'Gestaltung des pädagogischen Alltags nach unserem Konzept',
        'Entwicklungsgespräche mit Eltern',
      ],
      requirements: [
        'Staatlich anerkannter Abschluss als Erzieher/in',
        'Freude an der Arbeit mit Kindern',
        'Masernschutz-Nachweis',
      ],
      refMonthlyEur: [3300, 4000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'cleaner',
      sector: 'cleaning',
      titles: [
        'Reinigungskraft (m/w/d)',
        'Reinigungskraft (m/w/d) für Büroreinigung am Abend',
        'Raumpfleger (m/w/d)',
      ],
      duties: [
        'Reinigung von Büros, Sanitär- und Küchenbereichen',
        'Leeren der Papierkörbe',
        'Auffüllen von Verbrauchsmaterial',
      ],
      requirements: [
        'Zuverlässigkeit und Sorgfalt',
        'Zeitliche Flexibilität am Abend',
        'Erfahrung in der Reinigung wünschenswert',
      ],
      refMonthlyEur: [2100, 2300],
      period: 'hour',
      employmentType: 'PART_TIME',
      innocent: ['req.no_experience', 'contact.messenger_only'],
    },
    {
      key: 'harvest-worker',
      sector: 'agriculture',
      titles: [
        'Erntehelfer (m/w/d) Spargelernte',
        'Saisonarbeitskraft (m/w/d) Obsternte',
        'Helfer (m/w/d) im Gemüsebau',
      ],
      duties: [
        'Ernte und Sortierung von Obst und Gemüse',
        'Mithilfe in der Packhalle',
        'Einhaltung der Hygienevorschriften',
      ],
      requirements: [
        'Freude an der Arbeit im Freien',
        'Körperliche Fitness',
        'Verfügbarkeit für die ganze Saison',
      ],
      refMonthlyEur: [2100, 2300],
      period: 'hour',
      employmentType: 'TEMPORARY',
      innocent: ['req.no_experience'],
    },
    {
      key: 'retail-assistant',
      sector: 'retail',
      titles: [
        'Verkäufer (m/w/d) im Einzelhandel',
        'Verkaufsmitarbeiter (m/w/d) in Teilzeit',
        'Kassierer (m/w/d)',
      ],
      duties: [
        'Beratung und Bedienung unserer Kunden',
        'Kassieren und Warenverräumung',
        'Pflege der Verkaufsfläche',
      ],
      requirements: ['Freundliches Auftreten', 'Flexibilität auch samstags', 'Teamgeist'],
      refMonthlyEur: [2300, 2700],
      period: 'month',
      employmentType: 'PART_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'mechanic',
      sector: 'automotive',
      titles: [
        'Kfz-Mechatroniker (m/w/d)',
        'Kfz-Mechaniker (m/w/d) Nutzfahrzeuge',
        'Serviceberater (m/w/d) Werkstatt',
      ],
      duties: [
        'Wartung und Reparatur von Pkw aller Marken',
        'Fehlerdiagnose mit modernen Testern',
        'Durchführung von HU-Vorbereitungen',
      ],
      requirements: [
        'Abgeschlossene Ausbildung als Kfz-Mechatroniker/in',
        'Führerschein Klasse B',
        'Sorgfalt und Teamgeist',
      ],
      refMonthlyEur: [2900, 3600],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'office',
      sector: 'office',
      titles: [
        'Kaufmann / Kauffrau für Büromanagement (m/w/d)',
        'Sachbearbeiter (m/w/d) Auftragsabwicklung',
        'Empfangsmitarbeiter (m/w/d)',
      ],
      duties: [
        'Allgemeine Büro- und Verwaltungsaufgaben',
        'Auftragserfassung und Terminplanung',
        'Empfang von Besuchern und Telefonzentrale',
      ],
      requirements: [
        'Abgeschlossene kaufmännische Ausbildung',
        'Sicherer Umgang mit MS Office',
        'Strukturierte Arbeitsweise',
      ],
      refMonthlyEur: [2700, 3300],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'service-staff',
      sector: 'hospitality',
      titles: ['Servicekraft (m/w/d) Gastronomie', 'Barkeeper (m/w/d)', 'Kellner (m/w/d) in Teilzeit'],
      duties: [
        'Bedienung unserer Gäste im Restaurant',
        'Getränkezubereitung an der Bar',
        'Abrechnung mit dem Kassensystem',
      ],
      requirements: [
        'Freundlichkeit und gepflegtes Auftreten',
        'Bereitschaft zu Abend- und Wochenenddiensten',
        'Erfahrung in der Gastronomie von Vorteil',
      ],
      refMonthlyEur: [2100, 2400],
      period: 'hour',
      employmentType: 'PART_TIME',
      innocent: ['urgency', 'req.no_experience'],
    },
    {
      key: 'plumber',
      sector: 'construction',
      titles: [
        'Anlagenmechaniker SHK (m/w/d)',
        'Installateur (m/w/d) Heizung und Sanitär',
        'Kundendiensttechniker (m/w/d) Heizung',
      ],
      duties: [
        'Montage von Heizungs- und Sanitäranlagen',
        'Wartung und Störungsbeseitigung beim Kunden',
        'Badsanierungen',
      ],
      requirements: [
        'Abgeschlossene Ausbildung im SHK-Handwerk',
        'Führerschein Klasse B',
        'Kundenorientiertes Arbeiten',
      ],
      refMonthlyEur: [3000, 3800],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'care-assistant',
      sector: 'healthcare',
      titles: [
        'Pflegehelfer (m/w/d)',
        'Betreuungskraft (m/w/d) nach § 43b SGB XI',
        'Altenpflegehelfer (m/w/d)',
      ],
      duties: [
        'Unterstützung bei der Körperpflege',
        'Begleitung im Alltag und bei Aktivitäten',
        'Hilfe bei den Mahlzeiten',
      ],
      requirements: ['Einfühlungsvermögen', 'Bereitschaft zu Weiterbildungen', 'Zuverlässigkeit'],
      refMonthlyEur: [2500, 2900],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
    {
      key: 'machine-operator',
      sector: 'manufacturing',
      titles: [
        'Maschinen- und Anlagenführer (m/w/d)',
        'Produktionsmitarbeiter (m/w/d) im Dreischichtbetrieb',
        'CNC-Fräser (m/w/d)',
      ],
      duties: [
        'Bedienung und Überwachung der Produktionsanlagen',
        'Qualitätskontrolle der gefertigten Teile',
        'Kleinere Wartungsarbeiten',
      ],
      requirements: [
        'Technische Ausbildung von Vorteil',
        'Bereitschaft zur Schichtarbeit',
        'Sorgfalt und Qualitätsbewusstsein',
      ],
      refMonthlyEur: [2800, 3400],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
    {
      key: 'customer-service',
      sector: 'customer-service',
      titles: [
        'Kundenberater (m/w/d) im Kundenservice',
        'Mitarbeiter (m/w/d) Kundenservice Telefon und Chat',
      ],
      duties: [
        'Beantwortung von Kundenanfragen per Telefon, E-Mail und Chat',
        'Bearbeitung von Reklamationen',
        'Pflege der Kundendaten',
      ],
      requirements: [
        'Sehr gute Deutschkenntnisse in Wort und Schrift',
        'Freude am Umgang mit Menschen',
        'Sicherer Umgang mit dem PC',
      ],
      refMonthlyEur: [2500, 3000],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
  ],

  risky: {
    scenarios: {
      'harvest-abroad': {
        titles: [
          'Erntehelfer {in_country} gesucht – Unterkunft wird gestellt',
          'Saisonarbeit {in_country}: Erdbeeren, Spargel, Äpfel',
          'Erntehelfer (m/w) für die Saison {in_country}',
        ],
        openings: [
          'Wir suchen Frauen und Männer für die Obst- und Gemüseernte {in_country}.',
          'Saisonarbeit auf Bauernhöfen {in_country} – Erdbeeren pflücken, Äpfel ernten, Gemüse sortieren.',
          'Erntearbeit {in_country} für die ganze Saison, gerne auch Paare und Gruppen.',
        ],
      },
      'factory-abroad': {
        titles: [
          'Produktionshelfer {in_country} gesucht',
          'Lager- und Fabrikjobs {in_country}',
          'Verpackungsarbeit {in_country}',
        ],
        openings: [
          'Jobs {in_country} in Lebensmittelfabriken und Lagern – Verpacken, Sortieren, Fließband.',
          'Viele freie Stellen in einem Fleischverarbeitungsbetrieb {in_country}.',
          'Produktion und Verpackung {in_country}, Tag- und Nachtschicht.',
        ],
      },
      'fee-agency': {
        titles: [
          'Arbeit {in_country} – Jobs für alle',
          'Jobs im Ausland garantiert',
          'Arbeit {in_country} – schnelle Vermittlung',
        ],
        openings: [
          'Unsere Agentur vermittelt Ihnen einen Job {in_country} – Bau, Fabrik, Hotel oder Landwirtschaft, was gerade frei ist.',
          'Jobs {in_country} für jeden: Fabrik, Baustelle, Reinigung, Hotel. Wir finden schnell Arbeit für Sie.',
          'Verschiedene Tätigkeiten {in_country}, Männer und Frauen, jedes Alter.',
        ],
      },
      'hostess-abroad': {
        titles: [
          'Hostessen und Tänzerinnen {in_country} gesucht',
          'Mädchen für Clubarbeit {in_country}',
          'Models und Hostessen für Nachtclub {in_country}',
        ],
        openings: [
          'Ein Nachtclub {in_country} sucht Hostessen und Tänzerinnen.',
          'Gut bezahlter Job {in_country} als Hostess in einem exklusiven Club.',
          'Wir suchen Tänzerinnen und Animierdamen für Bars und Clubs {in_country}.',
        ],
      },
      'passport-first': {
        titles: [
          'Bauhelfer {in_country} gesucht',
          'Lagerjobs {in_country} – Anreise organisiert',
          'Hilfsarbeiter für Baustellen {in_country}',
        ],
        openings: [
          'Wir suchen Helfer und Hilfsarbeiter für Baustellen {in_country}.',
          'Arbeit {in_country} im Lager und auf dem Bau.',
          'Arbeiter für langfristige Projekte {in_country} gesucht.',
        ],
      },
      'domestic-abroad': {
        titles: [
          'Kindermädchen mit Wohnen im Haushalt {in_country}',
          'Haushälterin für Familie {in_country}',
          'Betreuerin für ältere Dame {in_country}',
        ],
        openings: [
          'Eine Familie {in_country} sucht ein Kindermädchen, das im Haus wohnt, zwei Kinder betreut und den Haushalt führt.',
          'Haushaltshilfe für einen Privathaushalt {in_country} gesucht: Putzen, Kochen, Bügeln.',
          'Wir suchen eine Frau zur Betreuung einer älteren Person {in_country}.',
        ],
      },
      'massage-abroad': {
        titles: [
          'Masseurinnen {in_country} gesucht',
          'Wellness- und Massagejobs {in_country}',
          'Mädchen für Massagestudio {in_country}',
        ],
        openings: [
          'Ein Massagesalon {in_country} sucht neue Mädchen.',
          'Arbeit in einem Wellness- und Massagestudio {in_country}. Kein Zertifikat nötig, wir zeigen Ihnen alles.',
          'Wir stellen Masseurinnen für einen privaten Salon {in_country} ein, Ausbildung nicht erforderlich.',
        ],
      },
      'cash-no-contract': {
        titles: [
          'Bauhelfer gesucht – Start morgen',
          'Mitarbeiter für Autowaschanlage gesucht',
          'Hilfsarbeiter gesucht, Tageslohn',
        ],
        openings: [
          'Wir suchen Helfer für Bau, Abriss und Entrümpelung. Einsatzort: {place}.',
          'Handwäsche und Fahrzeugaufbereitung – Mitarbeiter für Waschanlage in {place} gesucht.',
          'Arbeiter für Renovierungen im Raum {place} gesucht.',
        ],
      },
      'live-in-long-hours': {
        titles: [
          'Küchenhilfe mit Unterkunft',
          'Produktionshelfer – Wohnen auf dem Betriebsgelände',
          'Restaurantpersonal mit Zimmer im Haus',
        ],
        openings: [
          'Gut besuchtes Restaurant in {place} sucht Küchenhilfen und Spüler.',
          'Lebensmittelbetrieb bei {place} sucht Mitarbeiter für die Produktionslinie.',
          'Hotel mit Restaurant in {place} sucht Allrounder.',
        ],
      },
      'too-good-pay': {
        titles: [
          'Einfacher Job, sehr hoher Verdienst',
          'Schnell viel Geld verdienen – jeder kann das',
          'Leichte Arbeit, Top-Verdienst',
        ],
        openings: [
          'Einfache Tätigkeit, keine besonderen Kenntnisse, sehr hoher Verdienst.',
          'Wir suchen Leute, die schnell gutes Geld verdienen wollen. Verschiedene Aufgaben.',
          'Leichter Job für motivierte Leute, Details per Nachricht.',
        ],
      },
      'season-end-pay': {
        titles: [
          'Apfelernte – Saisonarbeit',
          'Erdbeersaison – Pflücker gesucht',
          'Gemüsehof sucht Saisonkräfte',
        ],
        openings: [
          'Pflücker für die ganze Saison auf einem Hof bei {place} gesucht.',
          'Obsthof bei {place} sucht Erntehelfer von Mai bis September.',
          'Saisonarbeit auf einem Gemüsehof in der Nähe von {place}.',
        ],
      },
    },
    indicators: {
      'travel.paid': [
        'Die Anreise wird von uns bezahlt.',
        'Fahrt und Transport organisieren und bezahlen wir.',
        'Kostenloser Bus zum Arbeitsort.',
        'Tickets und Anreise übernehmen wir – Sie müssen nur kommen.',
      ],
      'housing.provided': [
        'Unterkunft wird gestellt.',
        'Unterbringung in Mehrbettzimmern in der Nähe des Arbeitsplatzes.',
        'Wir stellen eine Unterkunft (2–4 Personen pro Zimmer).',
        'Die Wohnung wird von uns organisiert.',
      ],
      'housing.live_in': [
        'Sie wohnen direkt beim Arbeitgeber.',
        'Zimmer auf dem Betriebsgelände, Wohnen vor Ort ist Pflicht.',
        'Wohnen im Haushalt – Kost und Logis inklusive.',
      ],
      'pay.deductions': [
        'Unterkunft und Fahrtkosten werden vom Lohn abgezogen.',
        'Die Miete wird jede Woche direkt vom Lohn einbehalten.',
        'Unterkunft, Verpflegung und Transport werden mit dem Gehalt verrechnet.',
        'Die Kosten für die Unterkunft werden direkt vom Lohn abgezogen.',
      ],
      'pay.too_good': [
        'Verdienst bis zu {salary}!!!',
        'Sie verdienen schon im ersten Monat {salary}.',
        'Sehr hoher Lohn: {salary}.',
      ],
      'pay.unusual_method': [
        'Der Lohn wird am Ende der Saison ausgezahlt.',
        'Bezahlung wöchentlich in bar.',
        'Gehalt erst nach den ersten 3 Monaten.',
        'Der Lohn wird bis Vertragsende einbehalten.',
      ],
      'debt.travel_advance': [
        'Wir strecken den Flug vor, Sie zahlen ihn vom ersten Lohn zurück.',
        'Die Reisekosten werden vorgestreckt und mit dem Lohn verrechnet.',
        'Das Ticket zahlen wir, das Geld wird vom ersten Gehalt zurückbehalten.',
      ],
      'legal.status_promised': [
        'Arbeitserlaubnis und Aufenthaltstitel besorgen wir.',
        'Arbeitsvisum und alle Papiere werden von uns erledigt.',
        'Legaler Aufenthalt und Arbeitserlaubnis garantiert.',
      ],
      'hours.excessive': [
        '12-Stunden-Schichten, 7 Tage die Woche.',
        'Arbeit 6–7 Tage pro Woche, 10–12 Stunden täglich.',
        'Keine freien Tage während der Saison.',
        'Sie müssen rund um die Uhr verfügbar sein.',
      ],
      'req.no_experience': [
        'Keine Erfahrung nötig.',
        'Keine Ausbildung und keine Erfahrung erforderlich.',
        'Vorkenntnisse nicht notwendig.',
      ],
      'req.no_language': [
        'Keine Sprachkenntnisse erforderlich.',
        'Keine {dest_language}kenntnisse erforderlich.',
        'Sie müssen kein {dest_language} sprechen.',
      ],
      'req.no_contract': [
        'Kein Vorstellungsgespräch, Start schon morgen.',
        'Ohne Vertrag – Sie können sofort anfangen.',
        'Kein Papierkram, kein Gespräch, einfach kommen.',
      ],
      'req.age_appearance': [
        'Mädchen zwischen {age_min} und {age_max} Jahren, schlank und attraktiv.',
        'Alter {age_min}–{age_max}, gute Figur und gepflegtes Aussehen Pflicht.',
        'Wir suchen hübsche Mädchen von {age_min} bis {age_max} Jahren.',
      ],
      'docs.personal_data': [
        'Bitte aktuelle Fotos (Gesicht und Ganzkörper) mitschicken.',
        'Zur Anmeldung Foto, Ausweisnummer und Bankverbindung senden.',
        'Ganzkörperfoto mit der Nachricht schicken.',
      ],
      'docs.passport_upfront': [
        'Für die Bewerbung eine Kopie Ihres Reisepasses senden.',
        'Bewerbung nur mit Scan von Pass oder Personalausweis.',
        'Passkopie bei der Bewerbung erforderlich.',
      ],
      'fee.recruitment': [
        'Vermittlungsgebühr {fee}, zahlbar vor Abreise.',
        'Einmalige Bearbeitungsgebühr von {fee} für die Unterlagen.',
        'Mit einer Kaution von {fee} sichern Sie sich Ihren Platz.',
        'Anmeldegebühr: {fee}, Rückerstattung nach 3 Monaten.',
      ],
      urgency: [
        'DRINGEND!!! Nur noch wenige Plätze frei.',
        'Abfahrt noch diese Woche – schnell melden!',
        'Sofortiger Start, Plätze begrenzt.',
      ],
      easy_money: [
        'Arbeit vom Handy aus, Geld verdienen ohne Vorkenntnisse.',
        'Sei dein eigener Chef – leicht verdientes Geld von zu Hause.',
        'Einfache Copy-Paste-Aufgaben, tägliche Auszahlung.',
      ],
      'contact.messenger_only': [
        'Kontakt nur per WhatsApp: {phone}.',
        'WhatsApp {phone} – keine Anrufe, nur Nachrichten.',
        'Schreiben Sie uns auf Telegram {telegram} oder WhatsApp {phone}.',
        'Nachricht per WhatsApp an {phone}.',
      ],
      'contact.freemail': [
        'Lebenslauf an {email} senden.',
        'Bewerbungen an: {email}',
        'Schreiben Sie uns eine E-Mail an {email}.',
      ],
    },
    payLines: ['Lohn: {salary}.', 'Verdienst {salary}.', 'Bezahlung: {salary}.'],
    placeLines: ['Arbeitsort: {place}.', 'Einsatzort: {place}.'],
    contactLines: ['Anrufen: {phone}.', 'Tel. {phone}'],
    closings: ['Jetzt anrufen!', 'Wir freuen uns auf Sie.', 'Nur ernst gemeinte Anfragen.'],
    shadyEmployers: [
      'Euro Personal Team',
      'Job Service International',
      'Arbeit Europa Vermittlung',
      'Top Job Agentur',
    ],
    mailboxes: ['jobs.ausland', 'arbeit.europa', 'personal.team', 'topjob.vermittlung'],
    freemailDomains: ['gmail.com', 'gmx.de', 'web.de', 'yahoo.de'],
    telegramHandles: ['@jobs_europa', '@arbeit_ausland', '@personal_team24'],
  },

  hardNegatives: {
    'hotel-housing': {
      titles: [
        'Rezeptionist (m/w/d) – Mitarbeiterwohnung möglich',
        'Jungkoch (m/w/d) mit Personalunterkunft',
        'Housekeeping-Mitarbeiter (m/w/d) – Personalzimmer verfügbar',
      ],
      paragraphs: [
        [
          'Die {employer} betreibt Hotels in ganz {country} und sucht Verstärkung für unser Haus in {city}.',
          'Werden Sie Teil des Teams der {employer} in {city}.',
        ],
        [
          'Sie erhalten einen schriftlichen Arbeitsvertrag und {salary}, monatlich per Überweisung. Bei einem Umzug stellen wir auf Wunsch ein möbliertes Einzelzimmer im Personalhaus zu einer vorab schriftlich vereinbarten, vergünstigten Miete – die Nutzung ist freiwillig.',
          'Eine Personalunterkunft in Hotelnähe ist zu einer festen, im Vertrag genannten Miete verfügbar; Sie können selbstverständlich auch anderswo wohnen. Vergütung: {salary}.',
        ],
        [
          'Umfassende Einarbeitung, 28 Tage Urlaub und eine 40-Stunden-Woche mit zwei zusammenhängenden freien Tagen.',
          'Dienstpläne stehen zwei Wochen im Voraus fest; Überstunden sind freiwillig und werden vergütet.',
        ],
        [
          'Bewerben Sie sich unter {website} oder per E-Mail an {email}. Wir verlangen von Bewerbern niemals Gebühren oder Zahlungen.',
          'Bewerbung über {website}/karriere. Fragen an {email}.',
        ],
      ],
    },
    'seasonal-licensed': {
      titles: [
        'Saisonkräfte Landwirtschaft {in_country} – registrierter Arbeitgeber',
        'Erntehelfer (m/w/d) {in_country} – Vertrag vor der Anreise',
      ],
      paragraphs: [
        [
          'Die {employer} ist ein Familienbetrieb in der Region {region} ({country}) und als Arbeitgeber für Saisonkräfte behördlich registriert (Registernummer {licence_no}). Für die Erntesaison suchen wir Saisonkräfte.',
        ],
        [
          'Sie unterschreiben vor der Anreise einen schriftlichen Arbeitsvertrag in Ihrer Sprache. Lohn: {salary}, nie unter dem gesetzlichen Mindestlohn, wöchentlich per Überweisung mit Lohnabrechnung.',
        ],
        ['Hin- und Rückreise buchen und bezahlen wir. Eine Unterkunft auf dem Hof wird kostenlos gestellt.'],
        [
          'Von Arbeitnehmern werden zu keinem Zeitpunkt Gebühren verlangt. Bewerbung unter {website} oder an {email}.',
          'Wir verlangen keinerlei Vermittlungsgebühren. Jetzt online bewerben: {website}.',
        ],
      ],
    },
    'agency-no-fees': {
      titles: [
        'Produktionsmitarbeiter (m/w/d) {in_country} – zugelassener Personaldienstleister',
        'Lagerarbeit {in_country} über eine zugelassene Agentur',
      ],
      paragraphs: [
        [
          'Die {employer} ist ein zugelassener Personaldienstleister mit Erlaubnis zur Arbeitnehmerüberlassung (Nr. {licence_no}) und sucht Mitarbeiter für Produktion und Lager bei unserem Kunden in {city} ({country}).',
        ],
        [
          'Wir verlangen von Bewerbern niemals Gebühren – weder für Anmeldung, Vermittlung, Reise noch Dokumente. Gebühren von Arbeitsuchenden zu verlangen ist verboten; wer in unserem Namen Geld fordert, wird von uns angezeigt.',
        ],
        [
          'Den Arbeitsvertrag erhalten Sie vor der Abreise. Lohn: {salary}. Eine Unterkunft kann auf Wunsch vermittelt werden; die Miete steht im Vertrag, und Sie können auch selbst wohnen, wo Sie möchten.',
        ],
        ['Bewerbung unter {website} oder telefonisch in unserem Büro: {landline}.'],
      ],
    },
    'au-pair-registered': {
      titles: ['Au-pair {in_country} – über eine registrierte Agentur', 'Au-pair-Programm {country}'],
      paragraphs: [
        [
          'Die {employer} ist eine registrierte Au-pair-Agentur und vermittelt junge Menschen an geprüfte Gastfamilien {in_country}.',
        ],
        [
          'Au-pairs wohnen in der Familie, helfen bis zu 30 Stunden pro Woche bei der Kinderbetreuung, haben ein eigenes Zimmer, zwei freie Tage pro Woche und ein Taschengeld von {salary}.',
        ],
        [
          'Vor der Anreise unterschreiben Sie eine schriftliche Vereinbarung mit der Gastfamilie; wir kümmern uns um Versicherung, einen Zuschuss zum Sprachkurs und eine Ansprechpartnerin vor Ort, die jederzeit erreichbar ist.',
        ],
        ['Für Au-pairs fallen keine Vermittlungsgebühren an. Bewerbung unter {website}.'],
      ],
    },
    'construction-travel': {
      titles: [
        'Zimmerer und Eisenflechter (m/w/d) für Projekte {in_country}',
        'Elektriker (m/w/d) – Montage {in_country}, Reisekosten übernommen',
      ],
      paragraphs: [
        [
          'Die {employer}, ein etabliertes Bauunternehmen, sucht Fachkräfte für Gewerbebauprojekte in {city} ({country}).',
        ],
        ['Schriftlicher Arbeitsvertrag, {salary}, Überstunden mit Zuschlag, 40-Stunden-Woche.'],
        [
          'Heimfahrten alle sechs Wochen bezahlt die Firma; eine Unterkunft in Baustellennähe wird kostenlos in Einzelzimmern gestellt.',
        ],
        [
          'Voraussetzung sind ein Gesellenbrief und drei Jahre Berufserfahrung. Bewerbung mit Lebenslauf unter {website} oder an {email}.',
        ],
      ],
    },
    'care-registered': {
      titles: [
        'Betreuungskraft (m/w/d) für Seniorenbetreuung {in_country} – registrierte Agentur',
        'Seniorenbetreuung {in_country}, Einsätze von 2–3 Monaten',
      ],
      paragraphs: [
        [
          'Die {employer} ist eine registrierte Agentur für häusliche Betreuung und vermittelt Betreuungskräfte an Familien {in_country}.',
        ],
        [
          'Sie wohnen im Haushalt der betreuten Person mit eigenem Zimmer. Schriftlicher Vertrag, {salary}, Sozialversicherung, tägliche Ruhezeiten und ein freier Tag pro Woche.',
        ],
        [
          'Hin- und Rückreise organisieren und bezahlen wir. Von Betreuungskräften verlangen wir keine Gebühren.',
        ],
        [
          'Grundkenntnisse in {dest_language} sind hilfreich. Bewerbung unter {website} oder telefonisch: {landline}.',
        ],
      ],
    },
  },
};
