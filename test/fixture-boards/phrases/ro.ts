// Romanian phrase material: Romanian job-board and small-ad Romanian.
import type { LanguagePhrases } from './types.ts';

export const ro: LanguagePhrases = {
  lang: 'ro',
  number: { group: '.', decimal: ',' },
  money: { EUR: '{n} euro', GBP: '{n} lire sterline', PLN: '{n} zloți', RON: '{n} lei', NOK: '{n} NOK' },
  per: { hour: 'pe oră', day: 'pe zi', week: 'pe săptămână', month: 'pe lună', year: 'pe an' },
  salary: { range: '{min_n} – {max} {per}', from: 'de la {min} {per}', exact: '{min} {per}' },
  countries: {
    DE: { name: 'Germania', in: 'în Germania', to: 'în Germania' },
    GB: { name: 'Marea Britanie', in: 'în Marea Britanie', to: 'în Marea Britanie' },
    PL: { name: 'Polonia', in: 'în Polonia', to: 'în Polonia' },
    RO: { name: 'România', in: 'în România', to: 'în România' },
    NL: { name: 'Olanda', in: 'în Olanda', to: 'în Olanda' },
    BE: { name: 'Belgia', in: 'în Belgia', to: 'în Belgia' },
    NO: { name: 'Norvegia', in: 'în Norvegia', to: 'în Norvegia' },
    IT: { name: 'Italia', in: 'în Italia', to: 'în Italia' },
    ES: { name: 'Spania', in: 'în Spania', to: 'în Spania' },
    AT: { name: 'Austria', in: 'în Austria', to: 'în Austria' },
    FR: { name: 'Franța', in: 'în Franța', to: 'în Franța' },
    IE: { name: 'Irlanda', in: 'în Irlanda', to: 'în Irlanda' },
  },
  vague: [
    { name: 'Străinătate', in: 'în străinătate', to: 'în străinătate' },
    { name: 'UE', in: 'în UE', to: 'în UE' },
    { name: 'Europa', in: 'în Europa', to: 'în Europa' },
  ],
  exonyms: {
    Warszawa: 'Varșovia',
    Kraków: 'Cracovia',
    Wien: 'Viena',
    London: 'Londra',
    Antwerpen: 'Anvers',
  },
  localLanguage: {
    DE: 'germane',
    AT: 'germane',
    GB: 'engleze',
    IE: 'engleze',
    NL: 'olandeze',
    BE: 'olandeze',
    NO: 'norvegiene',
    IT: 'italiene',
    ES: 'spaniole',
    FR: 'franceze',
    PL: 'poloneze',
    RO: 'române',
  },

  ordinary: {
    intros: [
      '{employer} angajează {title} pentru locația din {city}.',
      'Compania {employer} caută un coleg pentru postul de {title}, în {city}.',
      'Post vacant: {title} la {employer}, {city}.',
      'Echipa {employer} din {city} se extinde și recrutăm pentru poziția de {title}.',
    ],
    tasksHeading: ['Responsabilități:', 'Ce vei face:', 'Atribuții principale:'],
    requirementsHeading: ['Cerințe:', 'Profilul candidatului:', 'Ce căutăm:'],
    offerHeading: ['Oferim:', 'Beneficii:', 'Ce îți oferim:'],
    employment: {
      FULL_TIME: [
        'Contract de muncă pe perioadă nedeterminată, normă întreagă',
        'Angajare cu normă întreagă, cu forme legale',
      ],
      PART_TIME: ['Contract cu jumătate de normă', 'Program part-time, 4–6 ore pe zi'],
      TEMPORARY: [
        'Contract pe perioadă determinată, pentru sezon',
        'Contract pe perioadă determinată de 6 luni',
      ],
      CONTRACTOR: ['Colaborare PFA / B2B', 'Contract de colaborare pe termen lung'],
    },
    benefits: [
      'Tichete de masă',
      'Abonament medical privat',
      'Bonusuri de performanță',
      'Cursuri de formare plătite de firmă',
      'Al 13-lea salariu',
      'Program flexibil',
      'Echipament de lucru asigurat',
      'Zile de concediu suplimentare',
    ],
    salaryLine: ['Salariu: {salary}', 'Salariul oferit: {salary}', 'Pachet salarial: {salary}'],
    apply: [
      'Trimite CV-ul la {email} sau aplică pe {website}.',
      'CV-urile se primesc la adresa {email}.',
      'Aplică online pe {website}/cariere sau scrie-ne la {email}.',
    ],
    applyPhone: ['Informații suplimentare la telefon {phone}.', 'Pentru detalii sunați la {phone}.'],
    innocent: {
      'req.no_experience': [
        'Nu este necesară experiență – oferim instruire completă.',
        'Experiența nu este obligatorie, te învățăm noi.',
        'Acceptăm și candidați fără experiență.',
      ],
      urgency: [
        'Angajare imediată.',
        'Urgent – interviuri chiar săptămâna aceasta.',
        'Post disponibil imediat.',
      ],
      'contact.messenger_only': [
        'Sună sau scrie pe WhatsApp la {phone}.',
        'Trimite-ne un mesaj pe WhatsApp: {phone}.',
      ],
    },
  },

  roles: [
    {
      key: 'nurse',
      sector: 'healthcare',
      titles: [
        'Asistent medical generalist',
        'Asistentă medicală ATI',
        'Asistent medical – secția chirurgie',
      ],
      duties: [
        'Îngrijirea pacienților conform planului de tratament',
        'Administrarea medicației prescrise',
        'Completarea documentației medicale',
        'Colaborarea cu medicii și restul echipei',
      ],
      requirements: [
        'Diplomă de asistent medical și aviz de liberă practică',
        'Empatie și spirit de echipă',
        'Disponibilitate pentru ture',
      ],
      refMonthlyEur: [3300, 4000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'software-developer',
      sector: 'it',
      titles: ['Programator .NET', 'Dezvoltator Java (Mid)', 'Frontend Developer React'],
      duties: [
        'Dezvoltarea de funcționalități noi pentru aplicațiile clienților',
        'Code review și colaborare în echipă agilă',
        'Scrierea de teste automate',
        'Colaborare cu echipa de produs',
      ],
      requirements: [
        'Minimum 2 ani de experiență în dezvoltare',
        'Cunoștințe SQL și REST',
        'Engleză la nivel mediu',
      ],
      refMonthlyEur: [4500, 6500],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'accountant',
      sector: 'finance',
      titles: ['Contabil', 'Economist', 'Contabil primar'],
      duties: [
        'Înregistrarea documentelor contabile',
        'Întocmirea declarațiilor fiscale',
        'Reconcilieri bancare și de furnizori',
      ],
      requirements: [
        'Studii economice',
        'Experiență de minimum 2 ani',
        'Cunoașterea unui program de contabilitate',
      ],
      refMonthlyEur: [3300, 4300],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'warehouse-operative',
      sector: 'warehouse',
      titles: ['Lucrător depozit', 'Picker depozit', 'Manipulant mărfuri'],
      duties: ['Pregătirea comenzilor cu scanerul', 'Recepția și descărcarea mărfii', 'Ambalarea coletelor'],
      requirements: [
        'Seriozitate și punctualitate',
        'Rezistență fizică',
        'Atestat de stivuitorist constituie avantaj',
      ],
      refMonthlyEur: [2200, 2500],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'driver',
      sector: 'transport',
      titles: ['Șofer profesionist C+E', 'Șofer categoria C – distribuție', 'Șofer categoria B – curierat'],
      duties: [
        'Transportul mărfurilor pe rutele stabilite',
        'Verificarea zilnică a autovehiculului',
        'Completarea documentelor de transport',
      ],
      requirements: [
        'Permis de conducere corespunzător',
        'Atestat profesional și card tahograf',
        'Experiență de minimum 1 an',
      ],
      refMonthlyEur: [2800, 3300],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'chef',
      sector: 'hospitality',
      titles: ['Bucătar', 'Ajutor de bucătar', 'Bucătar șef de tură'],
      duties: [
        'Pregătirea preparatelor din meniu',
        'Menținerea curățeniei în bucătărie',
        'Respectarea normelor HACCP',
      ],
      requirements: ['Experiență în bucătărie', 'Certificat de calificare', 'Seriozitate'],
      refMonthlyEur: [2400, 3000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'electrician',
      sector: 'construction',
      titles: ['Electrician', 'Electrician întreținere', 'Electrician instalații construcții'],
      duties: ['Execuția instalațiilor electrice', 'Depanare și întreținere', 'Măsurători și verificări'],
      requirements: [
        'Calificare de electrician',
        'Autorizație ANRE constituie avantaj',
        'Permis categoria B',
      ],
      refMonthlyEur: [3100, 3900],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'sales',
      sector: 'sales',
      titles: ['Agent vânzări', 'Reprezentant comercial', 'Key Account Manager'],
      duties: [
        'Atragerea de clienți noi',
        'Gestionarea portofoliului de clienți',
        'Întocmirea ofertelor comerciale',
      ],
      requirements: ['Experiență în vânzări', 'Abilități de comunicare', 'Permis categoria B'],
      refMonthlyEur: [3000, 4000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'teacher',
      sector: 'education',
      titles: ['Profesor de limba engleză', 'Educatoare', 'Profesor de matematică (meditații)'],
      duties: [
        'Susținerea orelor conform programei',
        'Evaluarea progresului elevilor',
        'Comunicarea cu părinții',
      ],
      requirements: ['Studii superioare de specialitate', 'Modul psihopedagogic', 'Răbdare și entuziasm'],
      refMonthlyEur: [3300, 4000],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'cleaner',
      sector: 'cleaning',
      titles: ['Îngrijitor curățenie', 'Lucrător curățenie birouri', 'Personal curățenie – program de seară'],
      duties: [
        'Curățenia birourilor și a grupurilor sanitare',
        'Golirea coșurilor de gunoi',
        'Completarea consumabilelor',
      ],
      requirements: ['Seriozitate', 'Disponibilitate după-amiaza', 'Experiența constituie avantaj'],
      refMonthlyEur: [2100, 2300],
      period: 'month',
      employmentType: 'PART_TIME',
      innocent: ['req.no_experience', 'contact.messenger_only'],
    },
    {
      key: 'harvest-worker',
      sector: 'agriculture',
      titles: ['Muncitor agricol', 'Lucrător sezonier livadă', 'Muncitor necalificat în seră'],
      duties: ['Recoltarea și sortarea fructelor', 'Ajutor la ambalare', 'Respectarea regulilor de igienă'],
      requirements: [
        'Disponibilitate pentru muncă în aer liber',
        'Condiție fizică bună',
        'Disponibilitate pe tot sezonul',
      ],
      refMonthlyEur: [2100, 2300],
      period: 'day',
      employmentType: 'TEMPORARY',
      innocent: ['req.no_experience'],
    },
    {
      key: 'cashier',
      sector: 'retail',
      titles: ['Casier', 'Lucrător comercial', 'Vânzătoare magazin'],
      duties: ['Operarea casei de marcat', 'Aranjarea mărfii la raft', 'Consilierea clienților'],
      requirements: ['Comunicare bună', 'Disponibilitate pentru ture, inclusiv în weekend', 'Corectitudine'],
      refMonthlyEur: [2300, 2600],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience', 'urgency'],
    },
    {
      key: 'forklift',
      sector: 'warehouse',
      titles: ['Operator stivuitor', 'Stivuitorist'],
      duties: [
        'Încărcarea și descărcarea camioanelor',
        'Depozitarea paleților la raft',
        'Verificarea zilnică a utilajului',
      ],
      requirements: ['Autorizație ISCIR', 'Experiență în depozit', 'Atenție la siguranță'],
      refMonthlyEur: [2500, 2900],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['urgency'],
    },
    {
      key: 'plumber',
      sector: 'construction',
      titles: ['Instalator', 'Instalator termic și sanitar'],
      duties: [
        'Montarea instalațiilor sanitare și termice',
        'Intervenții și reparații la clienți',
        'Montarea centralelor termice',
      ],
      requirements: ['Calificare de instalator', 'Experiență în domeniu', 'Permis categoria B'],
      refMonthlyEur: [3100, 3900],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['contact.messenger_only'],
    },
    {
      key: 'waiter',
      sector: 'hospitality',
      titles: ['Ospătar / Ospătăriță', 'Barman', 'Barista'],
      duties: [
        'Servirea clienților',
        'Preluarea comenzilor și încasarea notelor',
        'Menținerea ordinii în salon',
      ],
      requirements: ['Prezență plăcută', 'Disponibilitate în weekend', 'Experiența constituie avantaj'],
      refMonthlyEur: [2100, 2400],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['urgency', 'req.no_experience'],
    },
    {
      key: 'mechanic',
      sector: 'automotive',
      titles: ['Mecanic auto', 'Electrician auto', 'Tinichigiu auto'],
      duties: [
        'Revizii și reparații autoturisme',
        'Diagnoză computerizată',
        'Schimb de anvelope și întreținere sezonieră',
      ],
      requirements: ['Calificare în domeniu', 'Experiență în service', 'Permis categoria B'],
      refMonthlyEur: [2900, 3600],
      period: 'month',
      employmentType: 'FULL_TIME',
    },
    {
      key: 'customer-service',
      sector: 'customer-service',
      titles: [
        'Operator call center (limba germană)',
        'Consultant relații clienți',
        'Agent suport clienți cu limba franceză',
      ],
      duties: [
        'Preluarea apelurilor și e-mailurilor clienților',
        'Rezolvarea solicitărilor la primul contact',
        'Înregistrarea cazurilor în sistem',
      ],
      requirements: [
        'Cunoașterea limbii străine la nivel avansat',
        'Utilizarea calculatorului',
        'Orientare către client',
      ],
      refMonthlyEur: [2600, 3100],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
    {
      key: 'production',
      sector: 'manufacturing',
      titles: ['Operator producție', 'Sudor', 'Operator CNC'],
      duties: [
        'Operarea utilajelor de producție',
        'Controlul calității produselor',
        'Menținerea ordinii la postul de lucru',
      ],
      requirements: [
        'Disponibilitate pentru program în 3 schimburi',
        'Atenție la detalii',
        'Școală profesională constituie avantaj',
      ],
      refMonthlyEur: [2600, 3200],
      period: 'month',
      employmentType: 'FULL_TIME',
      innocent: ['req.no_experience'],
    },
    {
      key: 'carer',
      sector: 'healthcare',
      titles: ['Infirmieră', 'Îngrijitor persoane vârstnice în cămin', 'Asistent personal'],
      duties: [
        'Ajutor la igiena și alimentația rezidenților',
        'Însoțirea rezidenților la activități',
        'Supravegherea stării de sănătate',
      ],
      requirements: [
        'Răbdare și empatie',
        'Curs de infirmieră constituie avantaj',
        'Disponibilitate pentru ture',
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
          'Cules de căpșuni {in_country} – cazare asigurată',
          'Muncă la ferme {in_country}',
          'Angajăm lucrători sezonieri {in_country}',
          'Cules de fructe {in_country}',
        ],
        openings: [
          'Recrutăm bărbați și femei pentru cules de fructe și legume {in_country}.',
          'Muncă sezonieră la ferme {in_country} – cules de căpșuni, mere și legume.',
          'Lucru la cules {in_country} pe tot sezonul, acceptăm și cupluri sau grupuri.',
        ],
      },
      'factory-abroad': {
        titles: [
          'Muncă în fabrică {in_country}',
          'Locuri de muncă în depozite și producție {in_country}',
          'Ambalare {in_country}',
        ],
        openings: [
          'Locuri de muncă {in_country} în fabrici de alimente și depozite – ambalare, sortare, bandă.',
          'Avem multe locuri într-o fabrică de procesare a cărnii {in_country}.',
          'Producție și ambalare {in_country}, ture de zi și de noapte.',
        ],
      },
      'fee-agency': {
        titles: [
          'Muncă {in_country} pentru toată lumea',
          'Locuri de muncă în străinătate garantate',
          'Lucru {in_country} – plasare rapidă',
        ],
        openings: [
          'Agenția noastră îți găsește de lucru {in_country} – construcții, fabrici, hoteluri sau agricultură, ce este disponibil.',
          'Locuri de muncă {in_country} pentru toți: fabrică, șantier, curățenie, hoteluri. Îți găsim repede de lucru.',
          'Diverse munci {in_country}, bărbați și femei, orice vârstă.',
        ],
      },
      'hostess-abroad': {
        titles: [
          'Hostese și dansatoare {in_country}',
          'Fete pentru lucru în club {in_country}',
          'Modele și hostese pentru club de noapte {in_country}',
        ],
        openings: [
          'Club de noapte {in_country} caută hostese și dansatoare.',
          'Muncă bine plătită {in_country} pentru fete, ca hostesă într-un club exclusivist.',
          'Căutăm dansatoare și hostese pentru baruri și cluburi {in_country}.',
        ],
      },
      'passport-first': {
        titles: [
          'Muncitori construcții {in_country}',
          'Lucru în depozit {in_country} – transport organizat',
          'Necalificați pentru șantiere {in_country}',
        ],
        openings: [
          'Avem nevoie de muncitori și ajutori pentru șantiere {in_country}.',
          'Muncă {in_country} în depozite și pe șantiere.',
          'Căutăm muncitori necalificați {in_country} pentru proiecte pe termen lung.',
        ],
      },
      'domestic-abroad': {
        titles: [
          'Bonă cu locuință la familie {in_country}',
          'Menajeră pentru familie {in_country}',
          'Îngrijitoare pentru doamnă în vârstă {in_country}',
        ],
        openings: [
          'O familie {in_country} caută bonă care să locuiască în casă, să aibă grijă de doi copii și de gospodărie.',
          'Menajeră pentru o casă particulară {in_country}: curățenie, gătit, călcat.',
          'Căutăm o doamnă pentru îngrijirea unei persoane vârstnice {in_country}.',
        ],
      },
      'massage-abroad': {
        titles: [
          'Maseuze {in_country}',
          'Lucru în salon de masaj {in_country}',
          'Fete pentru salon de masaj {in_country}',
        ],
        openings: [
          'Salon de masaj {in_country} caută fete noi.',
          'Lucru într-un studio de wellness și masaj {in_country}. Nu e nevoie de certificat, te învățăm noi.',
          'Angajăm maseuze pentru un salon privat {in_country}, fără cursuri sau diplome.',
        ],
      },
      'cash-no-contract': {
        titles: [
          'Ajutor pe șantier – începi de mâine',
          'Lucrători spălătorie auto',
          'Muncitori pentru renovări, plata pe zi',
        ],
        openings: [
          'Avem nevoie de ajutori pentru construcții, demolări și curățenie pe șantier. Locație: {place}.',
          'Spălătorie auto caută lucrători pentru spălare manuală și curățenie interioară. Zona: {place}.',
          'Căutăm oameni pentru lucrări de renovare. Zona: {place}.',
        ],
      },
      'live-in-long-hours': {
        titles: [
          'Ajutor de bucătar cu cazare la locul de muncă',
          'Lucrători în fabrică – locuință în incintă',
          'Personal restaurant, cameră la hotel',
        ],
        openings: [
          'Restaurant aglomerat caută ajutori de bucătar și spălători de vase. Locație: {place}.',
          'Fabrică de procesare a alimentelor caută lucrători pe linia de producție. Zona: {place}.',
          'Hotel cu restaurant caută personal pentru orice activitate. Locație: {place}.',
        ],
      },
      'too-good-pay': {
        titles: [
          'Muncă ușoară, câștig foarte mare',
          'Bani mulți rapid – oricine poate',
          'Job simplu, salariu excelent',
        ],
        openings: [
          'Muncă simplă, fără calificare, câștiguri foarte mari.',
          'Căutăm persoane care vor să câștige bani buni rapid. Activități diverse.',
          'Job ușor pentru oameni motivați, detalii în privat.',
        ],
      },
      'season-end-pay': {
        titles: [
          'Cules de mere – muncă sezonieră',
          'Sezonul de căpșuni – angajăm culegători',
          'Fermă de legume angajează sezonieri',
        ],
        openings: [
          'Angajăm culegători pentru tot sezonul la o fermă. Zona: {place}.',
          'Livadă caută oameni pentru recoltare din mai până în septembrie. Locație: {place}.',
          'Muncă sezonieră la o fermă de legume. Zona: {place}.',
        ],
      },
    },
    indicators: {
      'travel.paid': [
        'Transport asigurat.',
        'Drumul este plătit de noi.',
        'Transport gratuit până la locul de muncă.',
        'Biletele și transportul le asigurăm noi – tu doar vii.',
      ],
      'housing.provided': [
        'Cazare asigurată.',
        'Cazare în camere comune aproape de locul de muncă.',
        'Oferim cazare (2–4 persoane în cameră).',
        'Cazarea este asigurată de angajator.',
      ],
      'housing.live_in': [
        'Locuiești la angajator.',
        'Cameră în incinta firmei, obligatoriu locuiești acolo.',
        'Post cu locuință în casă – masă și casă incluse.',
      ],
      'pay.deductions': [
        'Cazarea și transportul se rețin din salariu.',
        'Chiria se oprește din salariu în fiecare săptămână.',
        'Cazarea, masa și transportul se scad din salariu.',
        'Costul cazării se reține direct din leafă.',
      ],
      'pay.too_good': [
        'Câștiguri de până la {salary}!!!',
        'Câștigi {salary} încă din prima lună.',
        'Salariu foarte mare: {salary}.',
      ],
      'pay.unusual_method': [
        'Plata la final de sezon.',
        'Plata cash, săptămânal.',
        'Salariul se plătește abia după primele 3 luni.',
        'Banii se rețin până la finalul contractului.',
      ],
      'debt.travel_advance': [
        'Plătim noi biletul de avion, îl returnezi din primul salariu.',
        'Costurile de drum se avansează și se rețin apoi din salariu.',
        'Transportul îl plătim în avans, banii se returnează din prima leafă.',
      ],
      'legal.status_promised': [
        'Ne ocupăm de permisul de muncă și de permisul de ședere.',
        'Viza de muncă și toate actele le facem noi.',
        'Garantăm ședere legală și permis de muncă.',
      ],
      'hours.excessive': [
        'Ture de 12 ore, 7 zile din 7.',
        'Program 6–7 zile pe săptămână, 10–12 ore pe zi.',
        'Fără zile libere în sezon.',
        'Disponibilitate 24 din 24.',
      ],
      'req.no_experience': [
        'Nu este nevoie de experiență.',
        'Nu se cer calificare sau experiență.',
        'Fără experiență.',
      ],
      'req.no_language': [
        'Nu este necesară cunoașterea vreunei limbi străine.',
        'Nu este necesară cunoașterea limbii {dest_language}.',
        'Nu trebuie să vorbești limba {dest_language}.',
      ],
      'req.no_contract': [
        'Fără interviu, începi de mâine.',
        'Fără contract – poți începe imediat.',
        'Fără acte, fără interviu, doar vii.',
      ],
      'req.age_appearance': [
        'Fete {age_min}–{age_max} ani, slabe și atrăgătoare.',
        'Vârsta {age_min}–{age_max} ani, siluetă frumoasă și aspect plăcut.',
        'Căutăm fete drăguțe, cu vârsta între {age_min} și {age_max} ani.',
      ],
      'docs.personal_data': [
        'Trimite poze recente (față și corp întreg).',
        'Pentru înscriere trimite o poză, CNP-ul și contul bancar.',
        'Atașează o poză în picioare la mesaj.',
      ],
      'docs.passport_upfront': [
        'Pentru înscriere trimite o copie după pașaport.',
        'Se acceptă doar aplicații cu scan după pașaport sau buletin.',
        'Copie pașaport obligatorie la înscriere.',
      ],
      'fee.recruitment': [
        'Taxă de înscriere {fee}, plătită înainte de plecare.',
        'Taxă unică de {fee} pentru acte.',
        'Garanție de {fee} pentru rezervarea locului.',
        'Comision de plasare: {fee}, returnat după 3 luni.',
      ],
      urgency: [
        'URGENT!!! Au mai rămas doar câteva locuri.',
        'Plecare chiar săptămâna aceasta – grăbește-te!',
        'Plecare imediată, locuri limitate.',
      ],
      easy_money: [
        'Lucrezi de pe telefon și câștigi bani fără nicio calificare.',
        'Fii propriul tău șef – bani ușori de acasă.',
        'Sarcini simple copy-paste, plata zilnic.',
      ],
      'contact.messenger_only': [
        'Contact doar pe WhatsApp: {phone}.',
        'WhatsApp {phone} – doar mesaje, nu sunați.',
        'Scrie-ne pe Telegram {telegram} sau WhatsApp {phone}.',
        'Mesaj pe WhatsApp la {phone}.',
      ],
      'contact.freemail': [
        'Trimite CV-ul la {email}.',
        'Înscrieri: {email}',
        'Scrie-ne pe e-mail la {email}.',
      ],
    },
    payLines: ['Salariu: {salary}.', 'Câștig {salary}.', 'Plata: {salary}.'],
    placeLines: ['Locul de muncă: {place}.', 'Locație: {place}.'],
    contactLines: ['Sunați la {phone}.', 'Tel. {phone}'],
    closings: ['Vă așteptăm!', 'Sunați acum!', 'Doar persoane serioase.'],
    shadyEmployers: ['Agenția Europa Job', 'Work Abroad Team', 'Plasare Muncă Vest', 'Euro Muncă Consulting'],
    mailboxes: ['munca.strainatate', 'joburi.europa', 'recrutare.vest', 'lucru.germania', 'job.team'],
    freemailDomains: ['yahoo.com', 'gmail.com', 'yahoo.ro'],
    telegramHandles: ['@munca_europa', '@joburi_strainatate', '@recrutare_vest'],
  },

  hardNegatives: {
    'hotel-housing': {
      titles: [
        'Recepționer – cazare pentru angajați',
        'Ajutor de bucătar cu locuință de serviciu',
        'Cameristă – hotelul oferă cazare personalului',
      ],
      paragraphs: [
        [
          '{employer} administrează hoteluri în toată țara și angajează pentru unitatea din {city}.',
          'Alătură-te echipei {employer} din {city}.',
        ],
        [
          'Oferim contract individual de muncă și {salary}, plătit lunar prin virament bancar. Celor care se mută le punem la dispoziție, la cerere, camere single în căminul personalului, la o chirie redusă stabilită în scris – cazarea este opțională.',
          'Cazarea pentru personal, lângă hotel, este disponibilă la o chirie fixă, subvenționată, trecută în contract; poți locui și în altă parte. Salariu: {salary}.',
        ],
        [
          'Instruire completă, concediu plătit, program de 40 de ore pe săptămână și două zile libere consecutive.',
          'Programul se stabilește cu două săptămâni înainte; orele suplimentare sunt opționale și plătite.',
        ],
        [
          'Aplică pe {website} sau la {email}. Nu cerem niciodată candidaților taxe sau plăți de orice fel.',
          'Aplicații pe {website}/cariere. Întrebări: {email}.',
        ],
      ],
    },
    'seasonal-licensed': {
      titles: [
        'Muncă sezonieră în agricultură {in_country} – angajator autorizat',
        'Cules de fructe {in_country} – contract semnat înainte de plecare',
      ],
      paragraphs: [
        [
          '{employer} este o fermă de familie din regiunea {region} ({country}), înregistrată ca angajator autorizat de lucrători sezonieri (licența nr. {licence_no}). Recrutăm lucrători pentru sezonul de recoltare.',
        ],
        [
          'Înainte de plecare semnezi un contract scris, în limba română. Salariu: {salary}, niciodată sub salariul minim legal, plătit săptămânal în cont bancar, cu fluturaș de salariu.',
        ],
        ['Transportul dus-întors este rezervat și plătit de noi. Cazarea la fermă este gratuită.'],
        [
          'Nu percepem nicio taxă de la lucrători, în nicio etapă. Aplică pe {website} sau la {email}.',
          'Fără taxe de recrutare. Înscrieri online: {website}.',
        ],
      ],
    },
    'agency-no-fees': {
      titles: [
        'Operator producție {in_country} – agenție autorizată',
        'Lucru în depozit {in_country} prin agenție licențiată',
      ],
      paragraphs: [
        [
          '{employer} este agent de ocupare a forței de muncă în străinătate, autorizat de Inspectoratul Teritorial de Muncă (certificat nr. {licence_no}). Recrutăm personal pentru producție și depozit pentru clientul nostru din {city} ({country}).',
        ],
        [
          'Nu percepem niciodată taxe de la candidați – nici pentru înscriere, nici pentru plasare, transport sau acte. Este ilegal să se ceară bani celor care caută un loc de muncă; raportăm orice încercare de acest fel făcută în numele nostru.',
        ],
        [
          'Primești contractul înainte de plecare. Salariu: {salary}. La cerere te ajutăm cu cazarea; chiria este trecută în contract și poți locui și pe cont propriu.',
        ],
        ['Aplică pe {website} sau sună la birou: {landline}.'],
      ],
    },
    'au-pair-registered': {
      titles: ['Au pair {in_country} – program prin agenție înregistrată', 'Program au pair – {country}'],
      paragraphs: [
        [
          '{employer} este o agenție au pair înregistrată care plasează tineri la familii gazdă verificate {in_country}.',
        ],
        [
          'Au pair-ul locuiește cu familia, ajută la îngrijirea copiilor până la 30 de ore pe săptămână, are cameră proprie, două zile libere pe săptămână și bani de buzunar de {salary}.',
        ],
        [
          'Înainte de sosire semnezi un acord scris cu familia gazdă; ne ocupăm de asigurarea medicală, o contribuție la cursul de limbă și un coordonator local disponibil oricând.',
        ],
        ['Au pair-ii nu plătesc nicio taxă de plasare. Înscrieri: {website}.'],
      ],
    },
    'construction-travel': {
      titles: [
        'Dulgheri și fierari betoniști pentru proiecte {in_country}',
        'Electricieni – șantier {in_country}, transport plătit',
      ],
      paragraphs: [
        [
          '{employer}, o companie de construcții cu experiență, angajează meseriași calificați pentru proiecte comerciale {in_country} (locația: {city}).',
        ],
        ['Contract de muncă scris, {salary}, ore suplimentare plătite cu spor, 40 de ore pe săptămână.'],
        [
          'Drumul acasă la fiecare șase săptămâni este plătit de firmă, iar cazarea lângă șantier, în camere single, este gratuită.',
        ],
        [
          'Se cer calificare în meserie și trei ani de experiență. Trimite CV-ul pe {website} sau la {email}.',
        ],
      ],
    },
    'care-registered': {
      titles: [
        'Îngrijitoare persoane vârstnice {in_country} – agenție înregistrată',
        'Îngrijire bătrâni {in_country}, ture de 2–3 luni',
      ],
      paragraphs: [
        [
          '{employer} este o agenție de plasare autorizată (certificat nr. {licence_no}) care trimite îngrijitori la familii {in_country}.',
        ],
        [
          'Locuiești la persoana îngrijită, în cameră separată. Contract scris, {salary}, asigurări sociale plătite, odihnă zilnică și o zi liberă pe săptămână.',
        ],
        ['Transportul dus-întors este organizat și plătit de noi. Nu percepem taxe de la îngrijitori.'],
        [
          'Cunoștințele de bază de limba {dest_language} sunt un avantaj. Aplică pe {website} sau sună la {landline}.',
        ],
      ],
    },
  },
};
