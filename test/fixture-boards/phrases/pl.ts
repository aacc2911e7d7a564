// Polish phrase material: Polish job-board and classifieds Polish.
import type { LanguagePhrases } from './types.ts';

export const pl: LanguagePhrases = {
  lang: 'pl',
  number: { group: ' ', decimal: ',' },
  money: { EUR: '{n} euro', GBP: '{n} GBP', PLN: '{n} zł', RON: '{n} RON', NOK: '{n} NOK' },
  per: {
    hour: 'brutto/h',
    day: 'dziennie',
    week: 'tygodniowo',
    month: 'brutto/mies.',
    year: 'brutto rocznie',
  },
  salary: { range: '{min_n}–{max} {per}', from: 'od {min} {per}', exact: '{min} {per}' },
  countries: {
    DE: { name: 'Niemcy', in: 'w Niemczech', to: 'do Niemiec' },
    GB: { name: 'Wielka Brytania', in: 'w Wielkiej Brytanii', to: 'do Wielkiej Brytanii' },
    PL: { name: 'Polska', in: 'w Polsce', to: 'do Polski' },
    RO: { name: 'Rumunia', in: 'w Rumunii', to: 'do Rumunii' },
    NL: { name: 'Holandia', in: 'w Holandii', to: 'do Holandii' },
    BE: { name: 'Belgia', in: 'w Belgii', to: 'do Belgii' },
    NO: { name: 'Norwegia', in: 'w Norwegii', to: 'do Norwegii' },
    IT: { name: 'Włochy', in: 'we Włoszech', to: 'do Włoch' },
    ES: { name: 'Hiszpania', in: 'w Hiszpanii', to: 'do Hiszpanii' },
    AT: { name: 'Austria', in: 'w Austrii', to: 'do Austrii' },
    FR: { name: 'Francja', in: 'we Francji', to: 'do Francji' },
    IE: { name: 'Irlandia', in: 'w Irlandii', to: 'do Irlandii' },
  },
  vague: [
    { name: 'Za granicą', in: 'za granicą', to: 'za granicę' },
    { name: 'UE', in: 'w krajach UE', to: 'do krajów UE' },
    { name: 'Europa Zachodnia', in: 'w Europie Zachodniej', to: 'do Europy Zachodniej' },
  ],
  exonyms: {
    München: 'Monachium',
    Köln: 'Kolonia',
    Nürnberg: 'Norymberga',
    Hannover: 'Hanower',
    Dresden: 'Drezno',
    'Frankfurt am Main': 'Frankfurt nad Menem',
    București: 'Bukareszt',
    Wien: 'Wiedeń',
    Antwerpen: 'Antwerpia',
    Milano: 'Mediolan',
    London: 'Londyn',
  },
  localLanguage: {
    DE: 'niemieckiego',
    AT: 'niemieckiego',
    GB: 'angielskiego',
    IE: 'angielskiego',
    NL: 'niderlandzkiego',
    BE: 'niderlandzkiego',
    NO: 'norweskiego',
    IT: 'włoskiego',
    ES: 'hiszpańskiego',
    FR: 'francuskiego',
    PL: 'polskiego',
    RO: 'rumuńskiego',
  },

  ordinary: {
    intros: [
      '{employer} poszukuje kandydatów na stanowisko: {title}. Miejsce pracy: {city}.',
      'Dołącz do zespołu {employer}! Obecnie rekrutujemy na stanowisko {title} (miejsce pracy: {city}).',
      'W związku z rozwojem firmy {employer} zatrudni osobę na stanowisko: {title}. Lokalizacja: {city}.',
      'Oferta pracy: {title} – {employer}, {city}.',
    ],
    tasksHeading: ['Zakres obowiązków:', 'Twoje zadania:', 'Czym będziesz się zajmować:'],
    requirementsHeading: ['Wymagania:', 'Oczekujemy:', 'Czego oczekujemy:'],
    offerHeading: ['Oferujemy:', 'Co oferujemy:', 'Zapewniamy:'],
    employment: {
      FULL_TIME: [
        'Umowa o pracę na czas nieokreślony, pełny etat',
        'Stabilne zatrudnienie na podstawie umowy o pracę',
      ],
      PART_TIME: ['Umowa o pracę na pół etatu', 'Umowa zlecenie, elastyczny grafik'],
      TEMPORARY: ['Umowa na czas określony na sezon', 'Umowa zlecenie na okres sezonu'],
      CONTRACTOR: ['Współpraca B2B', 'Kontrakt B2B, długoterminowa współpraca'],
    },
    benefits: [
      'Prywatna opieka medyczna',
      'Karta sportowa',
      'Szkolenia i możliwość rozwoju',
      'Premie kwartalne',
      'Dofinansowanie do wypoczynku z ZFŚS',
      'Bezpłatny parking',
      'Odzież robocza i narzędzia',
      'Dodatek za pracę w nocy',
    ],
    salaryLine: ['Wynagrodzenie: {salary}', 'Stawka: {salary}', 'Zarobki: {salary}'],
    apply: [
      'CV prosimy przesyłać na adres {email} lub przez formularz na stronie {website}.',
      'Aplikuj przez stronę {website}/kariera albo wyślij CV na {email}.',
      'Zainteresowane osoby prosimy o przesłanie CV na adres: {email}. W CV prosimy o dopisanie zgody na przetwarzanie danych osobowych.',
    ],
    applyPhone: ['Informacje pod numerem telefonu {phone}.', 'Pytania? Zadzwoń: {phone}.'],
    innocent: {
      'req.no_experience': [
        'Nie wymagamy doświadczenia – zapewniamy szkolenie.',
        'Doświadczenie nie jest wymagane, wszystkiego Cię nauczymy.',
        'Zapraszamy również osoby bez doświadczenia.',
      ],
      urgency: [
        'Praca od zaraz.',
        'Pilnie zatrudnimy – rozmowy jeszcze w tym tygodniu.',
        'Możliwość rozpoczęcia pracy od zaraz.',
      ],
      'contact.messenger_only': [
        'Zadzwoń lub napisz na WhatsApp: {phone}.',
        'Najszybciej przez WhatsApp: {phone}.',
      ],
    },
  },

  roles: [
    {
      key: 'nurse',
      sector: 'healthcare',
      titles: [
        'Pielęgniarka / Pielęgniarz',
        'Pielęgniarka na oddział chirurgii',
        'Pielęgniarka anestezjologiczna',
      ],
      duties: [
        'Sprawowanie opieki pielęgniarskiej nad pacjentami oddziału',
        'Podawanie leków zgodnie ze zleceniami lekarskimi',
        'Prowadzenie dokumentacji medycznej',
        'Współpraca z zespołem terapeutycznym',
      ],
      requirements: [
        'Prawo wykonywania zawodu pielęgniarki',
        'Umiejętność pracy w zespole',
        'Gotowość do pracy w systemie zmianowym',
      ],
      refMonthlyEur: [3400, 4200],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'software-developer',
      sector: 'it',
      titles: ['Programista Java', 'Frontend Developer (React)', 'Programista .NET (Mid/Senior)'],
      duties: [
        'Projektowanie i rozwój aplikacji webowych',
        'Code review i dzielenie się wiedzą w zespole',
        'Pisanie testów automatycznych',
        'Współpraca z analitykami i testerami',
      ],
      requirements: [
        'Minimum 3 lata doświadczenia komercyjnego',
        'Dobra znajomość SQL i REST API',
        'Znajomość Git i CI/CD',
        'Angielski na poziomie B2',
      ],
      refMonthlyEur: [4500, 6500],
      period: 'month',
      employmentType: 'CONTRACTOR',
    },
    {
      key: 'accountant',
      sector: 'finance',
      titles: ['Księgowa / Księgowy', 'Specjalista ds. księgowości', 'Samodzielna Księgowa'],
      duties: [
        'Dekretacja i księgowanie dokumentów',
        'Sporządzanie deklaracji VAT i JPK',
        'Uzgadnianie kont i rozrachunków',
        'Udział w zamknięciach miesięcznych i rocznych',
      ],
      requirements: [
        'Wykształcenie ekonomiczne',
        'Minimum 2 lata doświadczenia w księgowości',
        'Znajomość programu Symfonia lub Comarch Optima',
      ],
      refMonthlyEur: [3300, 4300],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'warehouse-operative',
      sector: 'warehouse',
      titles: ['Magazynier', 'Pracownik magazynu – kompletacja zamówień', 'Magazynier na zmiany'],
      duties: [
        'Kompletowanie zamówień przy użyciu skanera',
        'Przyjęcie i wydawanie towaru',
        'Pakowanie i przygotowanie wysyłek',
      ],
      requirements: ['Sumienność i punktualność', 'Dobra kondycja fizyczna', 'Uprawnienia UDT mile widziane'],
      refMonthlyEur: [2200, 2500],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'driver',
      sector: 'transport',
      titles: [
        'Kierowca C+E w transporcie międzynarodowym',
        'Kierowca kat. C – dystrybucja krajowa',
        'Kierowca kat. B – dostawy',
      ],
      duties: [
        'Realizacja przewozów zgodnie z planem tras',
        'Dbanie o powierzony pojazd i ładunek',
        'Prowadzenie dokumentacji przewozowej',
      ],
      requirements: [
        'Prawo jazdy odpowiedniej kategorii',
        'Aktualne badania i karta kierowcy',
        'Świadectwo kwalifikacji zawodowej',
      ],
      refMonthlyEur: [2800, 3300],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'chef',
      sector: 'hospitality',
      titles: ['Kucharz / Kucharka', 'Szef zmiany w kuchni', 'Pomoc kuchenna'],
      duties: [
        'Przygotowywanie potraw zgodnie z kartą menu',
        'Dbanie o porządek na stanowisku pracy',
        'Przestrzeganie zasad HACCP',
      ],
      requirements: [
        'Doświadczenie w gastronomii',
        'Aktualne badania sanepidowskie',
        'Zaangażowanie i pracowitość',
      ],
      refMonthlyEur: [2400, 3000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'electrician',
      sector: 'construction',
      titles: ['Elektryk', 'Elektromonter', 'Elektryk utrzymania ruchu'],
      duties: [
        'Wykonywanie instalacji elektrycznych w budynkach',
        'Usuwanie awarii i konserwacja',
        'Pomiary elektryczne i dokumentacja',
      ],
      requirements: ['Uprawnienia SEP do 1 kV', 'Doświadczenie w zawodzie', 'Prawo jazdy kat. B'],
      refMonthlyEur: [3100, 3900],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'sales',
      sector: 'sales',
      titles: ['Przedstawiciel handlowy', 'Specjalista ds. sprzedaży B2B', 'Doradca klienta biznesowego'],
      duties: [
        'Pozyskiwanie nowych klientów',
        'Obsługa i rozwój stałych klientów',
        'Przygotowywanie ofert handlowych',
      ],
      requirements: ['Doświadczenie w sprzedaży', 'Komunikatywność', 'Prawo jazdy kat. B'],
      refMonthlyEur: [3000, 4000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'teacher',
      sector: 'education',
      titles: [
        'Nauczyciel języka angielskiego',
        'Nauczyciel wychowania przedszkolnego',
        'Nauczyciel matematyki',
      ],
      duties: [
        'Prowadzenie zajęć zgodnie z programem',
        'Ocenianie postępów uczniów',
        'Współpraca z rodzicami',
      ],
      requirements: [
        'Wykształcenie wyższe kierunkowe',
        'Przygotowanie pedagogiczne',
        'Cierpliwość i zaangażowanie',
      ],
      refMonthlyEur: [3300, 4000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'cleaner',
      sector: 'cleaning',
      titles: [
        'Pracownik utrzymania czystości',
        'Sprzątaczka biurowa',
        'Osoba do sprzątania biur wieczorami',
      ],
      duties: [
        'Sprzątanie biur i pomieszczeń sanitarnych',
        'Opróżnianie koszy',
        'Uzupełnianie środków czystości',
      ],
      requirements: [
        'Sumienność',
        'Dyspozycyjność w godzinach popołudniowych',
        'Mile widziane doświadczenie',
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
        'Pracownik sezonowy – zbiór truskawek',
        'Pracownik sadowniczy – zbiór jabłek',
        'Pracownik do szklarni',
      ],
      duties: ['Zbiór i sortowanie owoców', 'Pomoc w pakowni', 'Przestrzeganie zasad higieny'],
      requirements: [
        'Gotowość do pracy na świeżym powietrzu',
        'Dobra kondycja',
        'Dyspozycyjność na cały sezon',
      ],
      refMonthlyEur: [2100, 2300],
      period: 'hour',
      employmentType: 'TEMPORARY',
      innocent: ['req.no_experience'],
    },
    {
      key: 'cashier',
      sector: 'retail',
      titles: ['Kasjer-sprzedawca', 'Sprzedawca w sklepie odzieżowym', 'Pracownik sklepu'],
      duties: ['Obsługa kasy fiskalnej', 'Wykładanie towaru i dbanie o ekspozycję', 'Obsługa klientów'],
      requirements: ['Komunikatywność', 'Dyspozycyjność, także w weekendy', 'Uczciwość'],
      refMonthlyEur: [2300, 2600],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'forklift',
      sector: 'warehouse',
      titles: ['Operator wózka widłowego', 'Operator wózka wysokiego składowania'],
      duties: [
        'Rozładunek i załadunek samochodów',
        'Rozlokowanie towaru na regałach',
        'Codzienna kontrola wózka',
      ],
      requirements: ['Uprawnienia UDT', 'Doświadczenie na podobnym stanowisku', 'Odpowiedzialność'],
      refMonthlyEur: [2500, 2900],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'plumber',
      sector: 'construction',
      titles: ['Hydraulik', 'Instalator wod.-kan. i c.o.', 'Monter instalacji sanitarnych'],
      duties: [
        'Montaż instalacji wodnych i grzewczych',
        'Serwis i naprawy u klientów',
        'Montaż białej armatury',
      ],
      requirements: ['Doświadczenie w zawodzie', 'Uprawnienia gazowe mile widziane', 'Prawo jazdy kat. B'],
      refMonthlyEur: [3100, 3900],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'waiter',
      sector: 'hospitality',
      titles: ['Kelner / Kelnerka', 'Barista', 'Barman / Barmanka'],
      duties: [
        'Obsługa gości restauracji',
        'Przyjmowanie zamówień i rozliczanie rachunków',
        'Dbanie o porządek na sali',
      ],
      requirements: [
        'Wysoka kultura osobista',
        'Dyspozycyjność w weekendy',
        'Aktualne badania sanepidowskie',
      ],
      refMonthlyEur: [2100, 2400],
      period: 'hour',
      employmentType: 'PART_TIME',
      innocent: ['urgency', 'req.no_experience'],
    },
    {
      key: 'mechanic',
      sector: 'automotive',
      titles: ['Mechanik samochodowy', 'Elektromechanik samochodowy', 'Diagnosta samochodowy'],
      duties: [
        'Naprawy bieżące i przeglądy pojazdów',
        'Diagnostyka komputerowa',
        'Wymiana opon i sezonowa obsługa aut',
      ],
      requirements: ['Doświadczenie w warsztacie', 'Wykształcenie techniczne', 'Prawo jazdy kat. B'],
      refMonthlyEur: [2900, 3600],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'customer-service',
      sector: 'customer-service',
      titles: ['Konsultant ds. obsługi klienta', 'Specjalista ds. obsługi klienta z językiem niemieckim'],
      duties: [
        'Obsługa zgłoszeń telefonicznych i mailowych',
        'Udzielanie informacji o produktach',
        'Rejestrowanie zgłoszeń w systemie',
      ],
      requirements: ['Poprawna polszczyzna', 'Obsługa komputera', 'Nastawienie na klienta'],
      refMonthlyEur: [2400, 2900],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
    {
      key: 'production',
      sector: 'manufacturing',
      titles: ['Pracownik produkcji', 'Operator maszyn CNC', 'Operator linii produkcyjnej'],
      duties: ['Obsługa maszyn produkcyjnych', 'Kontrola jakości wyrobów', 'Dbanie o porządek na stanowisku'],
      requirements: [
        'Gotowość do pracy w systemie trzyzmianowym',
        'Dokładność',
        'Wykształcenie techniczne mile widziane',
      ],
      refMonthlyEur: [2600, 3200],
      period: 'hour',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
    {
      key: 'carer',
      sector: 'healthcare',
      titles: ['Opiekun / Opiekunka osób starszych w DPS', 'Opiekunka medyczna'],
      duties: [
        'Pomoc mieszkańcom w codziennych czynnościach',
        'Pomoc przy posiłkach i higienie',
        'Organizowanie czasu wolnego',
      ],
      requirements: [
        'Empatia i cierpliwość',
        'Kurs opiekuna medycznego mile widziany',
        'Gotowość do pracy zmianowej',
      ],
      refMonthlyEur: [2300, 2700],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
  ],

  risky: {
    scenarios: {
      'harvest-abroad': {
        titles: [
          'Zbiory owoców {in_country} – zakwaterowanie zapewnione',
          'Praca {in_country} przy zbiorach',
          'Praca sezonowa {in_country} – truskawki, jabłka',
          'Zbiór pieczarek {in_country}',
        ],
        openings: [
          'Zatrudnimy kobiety i mężczyzn do zbioru owoców i warzyw {in_country}.',
          'Praca sezonowa w gospodarstwach {in_country} – zbiór truskawek, jabłek, warzyw.',
          'Szukamy osób do pracy przy zbiorach {in_country} na cały sezon, mile widziane pary i grupy znajomych.',
        ],
      },
      'factory-abroad': {
        titles: [
          'Praca na produkcji {in_country}',
          'Praca {in_country} – magazyn i produkcja',
          'Pakowanie {in_country}, wyjazdy co tydzień',
        ],
        openings: [
          'Praca {in_country} w zakładach spożywczych i magazynach – pakowanie, sortowanie, linia produkcyjna.',
          'Mamy dużo wolnych miejsc w zakładzie mięsnym {in_country}.',
          'Produkcja i pakowanie {in_country}, zmiany dzienne i nocne.',
        ],
      },
      'fee-agency': {
        titles: [
          'Praca {in_country} dla każdego',
          'Praca za granicą – gwarancja zatrudnienia',
          'Praca {in_country} – szybkie pośrednictwo',
        ],
        openings: [
          'Nasza agencja znajdzie Ci pracę {in_country} – budowa, fabryka, hotel albo rolnictwo, co jest akurat dostępne.',
          'Praca {in_country} dla wszystkich: fabryki, budowy, sprzątanie, hotele. Szybko znajdziemy Ci zatrudnienie.',
          'Różne prace {in_country}, kobiety i mężczyźni, wiek bez znaczenia.',
        ],
      },
      'hostess-abroad': {
        titles: [
          'Hostessy i tancerki {in_country}',
          'Praca dla dziewczyn w klubie {in_country}',
          'Modelki i hostessy do klubu nocnego {in_country}',
        ],
        openings: [
          'Klub nocny {in_country} poszukuje hostess i tancerek.',
          'Dobrze płatna praca {in_country} dla dziewczyn jako hostessa w ekskluzywnym klubie.',
          'Szukamy tancerek i hostess do barów i klubów {in_country}.',
        ],
      },
      'passport-first': {
        titles: [
          'Pracownicy budowlani {in_country}',
          'Praca na magazynie {in_country} – dojazd zapewniony',
          'Pomocnik budowlany {in_country}',
        ],
        openings: [
          'Potrzebni pomocnicy i robotnicy na budowy {in_country}.',
          'Praca {in_country} na magazynach i budowach.',
          'Szukamy pracowników fizycznych {in_country} do długoterminowych projektów.',
        ],
      },
      'domestic-abroad': {
        titles: [
          'Niania z zamieszkaniem {in_country}',
          'Pomoc domowa dla rodziny {in_country}',
          'Opiekunka dla starszej pani {in_country}',
        ],
        openings: [
          'Rodzina {in_country} szuka niani z zamieszkaniem do opieki nad dwójką dzieci i prowadzenia domu.',
          'Pomoc domowa do prywatnego domu {in_country}: sprzątanie, gotowanie, prasowanie.',
          'Szukamy pani do opieki nad osobą starszą {in_country}.',
        ],
      },
      'massage-abroad': {
        titles: [
          'Masażystki {in_country}',
          'Praca w salonie masażu {in_country}',
          'Dziewczyny do salonu masażu {in_country}',
        ],
        openings: [
          'Salon masażu {in_country} szuka nowych dziewczyn.',
          'Praca w studiu wellness i masażu {in_country}. Certyfikat nie jest potrzebny, wszystkiego nauczymy.',
          'Zatrudnimy masażystki do prywatnego salonu {in_country}, bez kursów i uprawnień.',
        ],
      },
      'cash-no-contract': {
        titles: [
          'Pomocnik na budowę – praca od jutra',
          'Pracownik myjni ręcznej',
          'Robotnik do remontów, płatne codziennie',
        ],
        openings: [
          'Potrzebni pomocnicy do prac budowlanych, wyburzeń i sprzątania placu budowy. Miejsce pracy: {place}.',
          'Myjnia ręczna szuka pracowników do mycia i sprzątania aut. Lokalizacja: {place}.',
          'Szukamy ludzi do prac remontowych. Okolice: {place}.',
        ],
      },
      'live-in-long-hours': {
        titles: [
          'Pomoc kuchenna z zakwaterowaniem',
          'Praca w przetwórni – mieszkanie na miejscu',
          'Personel do restauracji, pokój na miejscu',
        ],
        openings: [
          'Restauracja z dużym ruchem szuka pomocy kuchennych i zmywakowych. Miejsce pracy: {place}.',
          'Zakład przetwórstwa spożywczego szuka pracowników na linię produkcyjną. Lokalizacja: {place}.',
          'Hotel z restauracją szuka pracowników do wszystkiego. Miejsce: {place}.',
        ],
      },
      'too-good-pay': {
        titles: [
          'Prosta praca, bardzo wysokie zarobki',
          'Duże pieniądze – każdy da radę',
          'Łatwa praca, super kasa',
        ],
        openings: [
          'Prosta praca, bez specjalnych umiejętności, bardzo wysokie zarobki.',
          'Szukamy osób, które chcą szybko dobrze zarobić. Różne zadania.',
          'Łatwa praca dla zmotywowanych, szczegóły w wiadomości prywatnej.',
        ],
      },
      'season-end-pay': {
        titles: [
          'Zbiór jabłek – praca sezonowa',
          'Sezon truskawkowy – zatrudnimy zbieraczy',
          'Gospodarstwo warzywne szuka pracowników sezonowych',
        ],
        openings: [
          'Zatrudnimy zbieraczy na cały sezon w gospodarstwie. Okolice: {place}.',
          'Sad szuka ludzi do zbiorów od maja do września. Lokalizacja: {place}.',
          'Praca sezonowa w gospodarstwie warzywnym. Miejsce pracy: {place}.',
        ],
      },
    },
    indicators: {
      'travel.paid': [
        'Dojazd na nasz koszt.',
        'Transport organizujemy i opłacamy my.',
        'Darmowy bus do miejsca pracy.',
        'Bilety i przejazd zapewniamy – wystarczy przyjechać.',
      ],
      'housing.provided': [
        'Zakwaterowanie zapewnione.',
        'Mieszkanie w pokojach wieloosobowych blisko pracy.',
        'Zapewniamy nocleg (2–4 osoby w pokoju).',
        'Zakwaterowanie organizuje pracodawca.',
      ],
      'housing.live_in': [
        'Mieszkanie u pracodawcy, na miejscu.',
        'Pokój na terenie zakładu – obowiązkowo mieszkasz na miejscu.',
        'Praca z zamieszkaniem – wyżywienie i pokój w domu.',
      ],
      'pay.deductions': [
        'Koszt zakwaterowania i dojazdu potrącany z wypłaty.',
        'Czynsz za mieszkanie odliczany co tydzień od wynagrodzenia.',
        'Zakwaterowanie, wyżywienie i transport potrącane z pensji.',
        'Opłata za nocleg pobierana bezpośrednio z wypłaty.',
      ],
      'pay.too_good': [
        'Zarobki nawet {salary}!!!',
        'Już w pierwszym miesiącu zarobisz {salary}.',
        'Bardzo wysokie wynagrodzenie: {salary}.',
      ],
      'pay.unusual_method': [
        'Wypłata na koniec sezonu.',
        'Płatne gotówką co tydzień.',
        'Wynagrodzenie wypłacane dopiero po pierwszych 3 miesiącach.',
        'Pensja zatrzymywana do końca umowy.',
      ],
      'debt.travel_advance': [
        'Bilet lotniczy kupujemy za Ciebie, oddajesz z pierwszej wypłaty.',
        'Koszty podróży wykładamy, potem potrącamy z pensji.',
        'Przejazd opłacamy z góry, zwrot z pierwszego wynagrodzenia.',
      ],
      'legal.status_promised': [
        'Załatwiamy pozwolenie na pracę i kartę pobytu.',
        'Wizę pracowniczą i wszystkie dokumenty załatwiamy za Ciebie.',
        'Gwarantujemy legalny pobyt i pozwolenie na pracę.',
      ],
      'hours.excessive': [
        'Praca po 12 godzin, 7 dni w tygodniu.',
        'Praca 6–7 dni w tygodniu po 10–12 godzin.',
        'W sezonie bez dni wolnych.',
        'Dyspozycyjność 24 godziny na dobę.',
      ],
      'req.no_experience': [
        'Bez doświadczenia.',
        'Nie wymagamy doświadczenia ani kwalifikacji.',
        'Doświadczenie niepotrzebne.',
      ],
      'req.no_language': [
        'Znajomość języka niewymagana.',
        'Nie jest wymagana znajomość języka {dest_language}.',
        'Bez znajomości języka {dest_language}.',
      ],
      'req.no_contract': [
        'Bez rozmowy kwalifikacyjnej, start od jutra.',
        'Bez umowy – możesz zacząć od razu.',
        'Bez papierów, bez rozmów, po prostu przyjedź.',
      ],
      'req.age_appearance': [
        'Dziewczyny {age_min}–{age_max} lat, szczupłe i atrakcyjne.',
        'Wiek {age_min}–{age_max}, zgrabna sylwetka i miła aparycja.',
        'Szukamy ładnych dziewczyn w wieku {age_min}–{age_max} lat.',
      ],
      'docs.personal_data': [
        'Prosimy o aktualne zdjęcia (twarz i cała sylwetka).',
        'Do rejestracji wyślij zdjęcie, numer dowodu i numer konta bankowego.',
        'Do wiadomości dołącz zdjęcie całej sylwetki.',
      ],
      'docs.passport_upfront': [
        'Aby aplikować, wyślij skan paszportu.',
        'Zgłoszenia tylko ze skanem paszportu lub dowodu osobistego.',
        'Wymagana kopia paszportu przy zgłoszeniu.',
      ],
      'fee.recruitment': [
        'Opłata rekrutacyjna {fee}, płatna przed wyjazdem.',
        'Jednorazowa opłata administracyjna {fee} za dokumenty.',
        'Kaucja {fee} gwarantuje miejsce.',
        'Opłata za pośrednictwo: {fee}, zwracana po 3 miesiącach.',
      ],
      urgency: [
        'PILNE!!! Zostało tylko kilka miejsc.',
        'Wyjazd jeszcze w tym tygodniu – nie zwlekaj!',
        'Praca od zaraz, liczba miejsc ograniczona.',
      ],
      easy_money: [
        'Praca przez telefon, zarabiaj bez żadnych umiejętności.',
        'Bądź swoim szefem – łatwe pieniądze z domu.',
        'Proste zadania kopiuj-wklej, wypłata codziennie.',
      ],
      'contact.messenger_only': [
        'Kontakt tylko przez WhatsApp: {phone}.',
        'WhatsApp {phone} – tylko wiadomości, nie dzwonić.',
        'Pisz na Telegram {telegram} lub WhatsApp {phone}.',
        'Wiadomość na WhatsApp: {phone}.',
      ],
      'contact.freemail': [
        'CV prosimy wysyłać na {email}.',
        'Zgłoszenia: {email}',
        'Napisz maila na {email}.',
      ],
    },
    payLines: ['Stawka: {salary}.', 'Zarobki {salary}.', 'Wynagrodzenie: {salary}.'],
    placeLines: ['Miejsce pracy: {place}.', 'Lokalizacja: {place}.'],
    contactLines: ['Dzwoń: {phone}.', 'Tel. {phone}'],
    closings: ['Zapraszamy!', 'Dzwoń już dziś!', 'Tylko poważne zgłoszenia.'],
    shadyEmployers: [
      'Agencja Pracy Horyzont',
      'Euro Praca Team',
      'Praca Europa Pośrednictwo',
      'Job Serwis Zagranica',
    ],
    mailboxes: ['praca.zagranica', 'euro.praca', 'rekrutacja.holandia', 'praca.niemcy', 'job.team'],
    freemailDomains: ['wp.pl', 'o2.pl', 'gmail.com', 'interia.pl'],
    telegramHandles: ['@praca_zagranica', '@europraca_team', '@wyjazdy_praca'],
  },

  hardNegatives: {
    'hotel-housing': {
      titles: [
        'Recepcjonista/Recepcjonistka – możliwość zakwaterowania',
        'Kucharz z zakwaterowaniem pracowniczym',
        'Pokojowa – hotel zapewnia pokój dla pracowników',
      ],
      paragraphs: [
        [
          '{employer} prowadzi hotele w całym kraju i szuka pracowników do obiektu w mieście {city}.',
          'Dołącz do zespołu {employer}! Miejsce pracy: {city}.',
        ],
        [
          'Oferujemy umowę o pracę i {salary}, wypłacane co miesiąc przelewem. Osobom z innych miejscowości zapewniamy na życzenie jednoosobowe pokoje w hotelu pracowniczym za niski czynsz ustalony na piśmie – korzystanie z zakwaterowania jest dobrowolne.',
          'Zakwaterowanie pracownicze w pobliżu hotelu jest dostępne za stałą, preferencyjną opłatą zapisaną w umowie; możesz też mieszkać, gdzie chcesz. Wynagrodzenie: {salary}.',
        ],
        [
          'Pełne szkolenie, płatny urlop, 40-godzinny tydzień pracy i dwa dni wolne pod rząd.',
          'Grafik znany z dwutygodniowym wyprzedzeniem; nadgodziny są dobrowolne i płatne.',
        ],
        [
          'Aplikuj na {website} lub wyślij CV na {email}. Nigdy nie pobieramy od kandydatów żadnych opłat.',
          'Aplikacje przez {website}/kariera. Pytania: {email}.',
        ],
      ],
    },
    'seasonal-licensed': {
      titles: [
        'Praca sezonowa w rolnictwie {in_country} – legalny pracodawca',
        'Zbiór owoców {in_country} – umowa przed wyjazdem',
      ],
      paragraphs: [
        [
          '{employer} to rodzinne gospodarstwo w regionie {region} ({country}), zarejestrowane jako licencjonowany pracodawca pracowników sezonowych (nr licencji {licence_no}). Szukamy pracowników na sezon zbiorów.',
        ],
        [
          'Przed wyjazdem podpisujesz pisemną umowę w języku polskim. Wynagrodzenie: {salary}, nigdy poniżej ustawowej płacy minimalnej, wypłacane co tydzień na konto bankowe wraz z paskiem płacowym.',
        ],
        ['Przejazd w obie strony rezerwujemy i opłacamy my. Zakwaterowanie na farmie zapewniamy bezpłatnie.'],
        [
          'Nie pobieramy od pracowników żadnych opłat na żadnym etapie. Aplikuj na {website} lub napisz na {email}.',
          'Żadnych opłat za pośrednictwo. Zgłoszenia online: {website}.',
        ],
      ],
    },
    'agency-no-fees': {
      titles: [
        'Pracownik produkcji {in_country} – agencja z wpisem do KRAZ',
        'Praca na magazynie {in_country} przez licencjonowaną agencję',
      ],
      paragraphs: [
        [
          '{employer} to agencja zatrudnienia wpisana do rejestru KRAZ pod numerem {licence_no}. Rekrutujemy pracowników produkcji i magazynu dla naszego klienta – miejsce pracy: {city}, {country}.',
        ],
        [
          'Nigdy nie pobieramy od kandydatów opłat – ani za rejestrację, ani za pośrednictwo, przejazd czy dokumenty. Pobieranie opłat od osób szukających pracy jest nielegalne; każdą taką próbę w naszym imieniu zgłaszamy.',
        ],
        [
          'Umowę otrzymujesz przed wyjazdem. Wynagrodzenie: {salary}. Na życzenie pomagamy w znalezieniu zakwaterowania; czynsz jest podany w umowie i możesz też mieszkać we własnym zakresie.',
        ],
        ['Aplikuj na {website} lub zadzwoń do biura: {landline}.'],
      ],
    },
    'au-pair-registered': {
      titles: ['Au pair {in_country} – program z zarejestrowaną agencją', 'Program au pair – {country}'],
      paragraphs: [
        [
          '{employer} to zarejestrowana agencja au pair, która łączy młodych ludzi ze sprawdzonymi rodzinami goszczącymi {in_country}.',
        ],
        [
          'Au pair mieszka z rodziną, pomaga w opiece nad dziećmi do 30 godzin tygodniowo, ma własny pokój, dwa dni wolne w tygodniu i kieszonkowe {salary}.',
        ],
        [
          'Przed przyjazdem podpisujesz pisemną umowę z rodziną; zapewniamy ubezpieczenie, dopłatę do kursu językowego i lokalnego koordynatora dostępnego przez cały czas.',
        ],
        ['Au pair nie płaci żadnych opłat za pośrednictwo. Zgłoszenia: {website}.'],
      ],
    },
    'construction-travel': {
      titles: [
        'Cieśle i zbrojarze na budowy {in_country}',
        'Elektryk – praca na budowie {in_country}, przejazdy opłacone',
      ],
      paragraphs: [
        [
          '{employer}, firma budowlana z wieloletnim doświadczeniem, zatrudni fachowców do projektów komercyjnych {in_country} (miejsce pracy: {city}).',
        ],
        ['Umowa o pracę, {salary}, płatne nadgodziny z dodatkiem, 40 godzin tygodniowo.'],
        [
          'Zjazdy do domu co sześć tygodni opłaca firma, a zakwaterowanie w pokojach jednoosobowych blisko budowy zapewniamy bezpłatnie.',
        ],
        [
          'Wymagane uprawnienia zawodowe i trzy lata doświadczenia. CV prosimy przesyłać przez {website} lub na {email}.',
        ],
      ],
    },
    'care-registered': {
      titles: [
        'Opiekunka osób starszych {in_country} – legalnie, przez zarejestrowaną agencję',
        'Opieka nad seniorem {in_country}, wyjazdy na 2–3 miesiące',
      ],
      paragraphs: [
        [
          '{employer} to agencja opiekunek wpisana do rejestru KRAZ (nr {licence_no}), kierująca opiekunki i opiekunów do rodzin {in_country}.',
        ],
        [
          'Mieszkasz u podopiecznego, w osobnym pokoju. Umowa na piśmie, {salary}, opłacone ubezpieczenie społeczne, codzienny odpoczynek i jeden wolny dzień w tygodniu.',
        ],
        ['Przejazd w obie strony organizujemy i opłacamy my. Od opiekunek nie pobieramy żadnych opłat.'],
        [
          'Mile widziana komunikatywna znajomość języka {dest_language}. Aplikuj na {website} lub zadzwoń: {landline}.',
        ],
      ],
    },
  },
};
