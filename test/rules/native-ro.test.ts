// Hand-written Romanian sentences in the ways Romanian-language adverts really phrase things, none
// copied from the pack's own examples: statements that no fee is charged contradict fee.recruitment
// (and never make it present), real fees next to reassurances stay present, and the phrasing of
// agencies, OLX and eJobs ads and work-abroad groups (UK, Germany, Italy, Spain) is recognised for
// fees, advances repaid from wages, cash pay, travel, housing, hours, documents and risky roles,
// with and without diacritics. Look-alike ordinary sentences (a "depozit" that is a warehouse, the
// daily wage, an advance on wages, a signing bonus, courses paid by the employer) must stay absent.
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('ro');

describe('ro: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Nu percepem niciun comision de la cei care aplică.',
    'Fără nicio taxă, nici înainte, nici după plecare.',
    'Agenția nu cere bani candidaților.',
    'Recrutarea e 100% gratuită.',
    'Zero comisioane pentru muncitori!',
    'Serviciile agenției sunt gratuite pentru lucrători.',
    'Nu trebuie sa platiti nicio taxa agentiei.',
    'Plasarea este gratuita, nu luam niciun ban de la voi.',
  ]);

  realFeeStays(
    [
      'Cazare gratuită, nu e nevoie de experiență. Taxa de dosar: 150 euro, se achită înainte de plecare.',
      'Pentru cazare și masă nu dați niciun ban. Pentru rezervarea locului se cere un avans de 100 €.',
      'Fara experienta, cazare asigurata de firma. Comision de plasare 200 euro, platiti la semnarea contractului.',
    ],
    'a real fee next to free housing or no-experience wording stays a fee',
  );
});

describe('ro: native phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Taxa de procesare a dosarului este 250 de euro.',
        'Plătești 100 € la semnarea contractului, restul după ce ajungi.',
        'Trebuie să achitați un avans de 500 lei ca să vă rezervăm locul.',
        'Pachetul de plecare costă 650 euro (viză, asigurare, transfer).',
        'Garantia de 200 euro nu se returneaza daca pleci mai devreme.',
        'Cursul de stivuitorist e obligatoriu și costă 900 lei.',
        'Îți facem PFA-ul, costă 300 lei.',
      ],
      absent: [
        'Depozit de materiale de construcții angajează gestionar.',
        'Ziua de muncă se plătește cu 150 lei, banii în fiecare vineri.',
        'Dăm avans din salariu la jumătatea lunii, dacă ai nevoie.',
        'Primești un bonus de 500 lei la semnarea contractului.',
        'Cursurile de calificare sunt plătite integral de angajator.',
      ],
      contradicted: ['Agenție cu licență: nu luăm comision de la oameni.'],
    },
    'debt.travel_advance': {
      present: [
        'Biletul de avion îl avansează firma, apoi se oprește din prima chenzină.',
        'Banii pentru autocar îi dai înapoi din primul salariu.',
        'Nu ai bani de bilet? Ți-l luăm noi și îl returnezi din salariu.',
        'Transportul până în Germania se reține din primele două salarii.',
        'Zborul ți-l plătim noi în avans, iar tu îl dai înapoi treptat din salariu.',
      ],
      absent: [
        'Biletul de avion ți se decontează după trei luni de muncă.',
        'Avans din salariu la cerere, după primele două săptămâni.',
        'Microbuzul firmei vă duce zilnic la fabrică, gratuit.',
      ],
      contradicted: [
        'Drumul nu se scade din salariu, e cadou din partea firmei.',
        'Nu trebuie să dai înapoi banii de bilet.',
      ],
    },
    'pay.deductions': {
      present: [
        'Cazarea costă 90 de euro pe săptămână și se reține direct din salariu.',
        'Din leafă se scad chiria și mâncarea, cam 400 euro.',
        'Masa o scădem noi la sfârșitul lunii.',
      ],
      absent: [
        'Masa caldă la cantina fabricii, gratuită.',
        'Salariul net, după reținerile legale, este de 4.200 lei.',
      ],
      contradicted: [
        'Pentru camera în container nu se reține nimic, e pe firmă.',
        'Fără rețineri din salariu pentru cazare sau transport.',
        'Cazarea și masa nu se scad din salariu.',
      ],
    },
    'pay.unusual_method': {
      present: [
        'Plata se face cash, în fiecare sâmbătă.',
        'Banii îi primiți la terminarea culesului.',
        'Salariul se dă abia după 2 luni de muncă.',
        'Primești 70 de lire pe zi, numai cash.',
      ],
      absent: [
        'Salariul se virează lunar în cont, pe card.',
        'Casieriță la benzinărie, lucru cu cash și POS.',
        '2.000 euro net la mână, plus bonusuri.',
      ],
      contradicted: ['Nu plătim în numerar, salariul intră pe card.'],
    },
    'travel.paid': {
      present: [
        'Biletul de autocar e plătit de angajator.',
        'Transport gratuit din România până la fermă.',
        'Te luăm din gară cu mașina firmei.',
        'Zborul îl rezervăm noi, tu vii doar cu bagajul.',
        'Decontăm drumul dus-întors la final de contract.',
      ],
      absent: [
        'Avem parcare pentru angajați în curtea fabricii.',
        'Permis categoria B și mașină personală constituie avantaj.',
      ],
      contradicted: ['Biletul de avion îl iei tu, de pe site.', 'Transportul nu e inclus în ofertă.'],
    },
    'housing.provided': {
      present: [
        'Cazare gratuita in casa fermei.',
        'Oferim cameră în apartament, la 10 minute de depozit.',
        'Locuiești cu alți colegi români, într-o casă mare cu grădină.',
        'Casă și masă incluse în salariu.',
        'Cazarea e pe firmă, plătești doar utilitățile.',
      ],
      absent: [
        'Agenție imobiliară caută agent pentru închirieri apartamente.',
        'Cameristă la hotel de 4 stele în Sinaia.',
      ],
      contradicted: ['Cazarea nu e inclusă, dar vă ajutăm să găsiți chirie.', 'Nu asiguram cazare.'],
    },
    'housing.live_in': {
      present: [
        'Îngrijitoare internă pentru un domn imobilizat, la Padova.',
        'Bona locuieste cu familia, are camera ei.',
        'Personalul doarme în restaurant, pe etajul de sus.',
        'Camera ta e chiar în spatele brutăriei.',
        'Supraveghere non-stop pentru o bătrânică, la domiciliu.',
      ],
      absent: [
        'Stai aproape de Pitești? Avem transport la fabrică.',
        'Îngrijitoare la cămin de bătrâni, ture de 8 ore.',
      ],
      contradicted: ['Menajeră la o familie, program cu ore, de luni până vineri.'],
    },
    'hours.excessive': {
      present: [
        'Se lucrează câte 14 ore pe zi, în sezonul de cules.',
        'Ture de noapte de la 19 la 9, șapte nopți din șapte.',
        'Program 5-21, cu pauză de masă.',
        'Nu există zile libere până la sfârșitul recoltei.',
        'Lucrăm 6-7 zile pe săptămână, după volumul de comenzi.',
        'Trebuie să fii disponibilă zi și noapte pentru bunica.',
      ],
      absent: [
        'Program 8-17, de luni până vineri, weekend liber.',
        'Supermarket deschis non-stop, angajăm casieri pe ture de 8 ore.',
        'Benzinărie deschisă 7 zile din 7, ture de 8 ore.',
      ],
      contradicted: [
        'Orele suplimentare sunt opționale, plătite cu 150%.',
        'Cel mult 8 ore pe zi, sâmbăta și duminica libere.',
      ],
    },
    'docs.passport_upfront': {
      present: [
        'Pentru înscriere trimite poza cu buletinul pe WhatsApp.',
        'La sosire, pașapoartele se predau șefului de echipă.',
        'Buletinul îl ține patronul cât lucrezi la el.',
        'Scan după pașaport, pe e-mail, înainte de interviu.',
      ],
      absent: ['La angajare aduceți buletinul în original.', 'Poze tip pașaport pentru ecusonul de acces.'],
      contradicted: [
        'Pașaportul rămâne mereu la tine, nu-l cere nimeni.',
        'Nu păstrăm pașapoartele angajaților.',
      ],
    },
    'docs.personal_data': {
      present: [
        'Trimite-ne și IBAN-ul, ca să te trecem pe listă.',
        'Scrieți CNP-ul în mesaj, pentru rezervarea locului.',
        'Vrem o poză cu tot corpul, fără filtre.',
      ],
      absent: ['Plata se face prin virament în contul tău de la bancă.'],
      contradicted: ['Nu vă vom cere niciodată codul PIN al cardului.'],
    },
    'legal.status_promised': {
      present: [
        'Vă ajutăm cu permisul de ședere în Italia.',
        'Viza de muncă e inclusă în pachet.',
        'Nu ai nevoie de permis de muncă, lucrezi pe firma noastră.',
        'Lucrezi pe actele unui prieten până îți faci NIN-ul.',
      ],
      absent: ['Se cere atestat de stivuitorist valabil.', 'Te ajutăm cu deschiderea unui cont bancar.'],
      contradicted: ['Trebuie să ai drept de muncă în Marea Britanie.', 'Nu ne ocupăm de vize sau permise.'],
    },
    'req.no_contract': {
      present: [
        'Se lucrează la negru primele două săptămâni.',
        'Contractul îl semnați acolo, la fața locului.',
        'Începeți chiar mâine dacă sunați azi.',
        'Totul pe înțelegere verbală cu patronul.',
      ],
      absent: ['Interviul are loc online, pe Zoom.'],
      contradicted: [
        'Angajare cu contract individual de muncă încă din prima zi.',
        'Contractul se semnează în România, la sediul agenției.',
      ],
    },
    'req.age_appearance': {
      present: [
        'Căutăm domnișoare între 19 și 27 de ani.',
        'Condiție: aspect fizic plăcut.',
        'Tinere slabe și zvelte pentru promoții în club.',
        'Limita de vârstă este strictă: candidate sub 28 de ani.',
        'Mesajele fără poză nu primesc răspuns, așa că trimiteți 3 poze recente.',
        'Vârsta contează: fete între 18 și 23 de ani.',
      ],
      absent: [
        'Căutăm ospătari și ospătărițe pentru restaurant în Sibiu.',
        'Educatoare pentru grupa de copii de 3-5 ani.',
        'Animator pentru petreceri cu copii de toate vârstele.',
      ],
      contradicted: [
        'Angajăm fără limită de vârstă, și pensionari.',
        'La noi vârsta nu e o problemă.',
        'Primim muncitori de orice vârstă pentru cules.',
        'Nu e nevoie de poze, ajunge un telefon.',
        'Fotografia nu e obligatorie la aplicare.',
      ],
    },
    'role.entertainment_abroad': {
      present: [
        'Dansatoare go-go pentru club în Grecia.',
        'Angajăm hostesse pentru un bar exclusivist din Elveția.',
      ],
      absent: ['Hostess la târguri și expoziții în București.'],
    },
    'role.domestic_abroad': {
      present: [
        'Menajeră la o vilă din Madrid, familie cu trei copii.',
        'Îngrijitoare pentru bătrâni în Germania, salariu 1.800 €.',
        'Caut bona pentru 2 copii, familie din Roma.',
      ],
      absent: ['Bonă pentru un copil de 2 ani în Timișoara.'],
    },
    'role.massage_unlicensed': {
      present: [
        'Salon de masaj în Londra, nu cerem atestat.',
        'Maseuze pentru spa în Zürich, cazare asigurată.',
      ],
      absent: ['Maseur cu diplomă și experiență pentru centru spa din Brașov.'],
    },
    urgency: {
      present: [
        'Căutăm oameni de urgență, plecăm joi.',
        'Mai sunt doar 3 locuri pentru autocarul de luni.',
        'Avem urgent nevoie de 20 de culegători, plecare sâmbătă.',
        'Data plecării: cât mai repede, locuri limitate.',
        'E urgent, nu mai aștepta!',
      ],
      absent: [
        'Asistent medical la Unitatea de Primiri Urgențe, spitalul județean.',
        'Interviuri în fiecare marți, la sediul din Bacău.',
        'Contract pe tot parcursul anului, cu salariu fix.',
      ],
      contradicted: [
        'Nu-i grabă, sunați-ne când sunteți pregătiți.',
        'Recrutarea are loc tot anul: recrutăm tot anul, fără grabă.',
        'Data de începere e de comun acord cu angajatorul.',
        'Angajare pentru sezonul viitor, nu e urgent.',
      ],
    },
    easy_money: {
      present: ['Faci bani rapid de pe telefon, fără experiență.', 'Venituri pasive, lucrezi 2 ore pe zi.'],
      absent: ['Salariu motivant și bonusuri lunare.'],
    },
    'req.no_language': {
      present: [
        'Nu trebuie să vorbiți germana.',
        'Șef de echipă care vorbește română.',
        'Nu e obligatorie limba engleză, coordonatorul e român.',
        'Cunoașterea limbii olandeze nu este necesară.',
        'Nu e nevoie să vorbești germana, avem traducător.',
      ],
      absent: [
        'Angajatorul plătește cursuri de germană nivel A2.',
        'Engleza la nivel de bază constituie un avantaj.',
      ],
      contradicted: [
        'Engleza la nivel mediu este obligatorie.',
        'Obligatoriu germana, minim nivel conversațional: germană nivel B1.',
        'Pentru post trebuie să vorbești fluent engleza.',
        'Se cere cunoașterea limbii norvegiene.',
      ],
    },
    'req.no_experience': {
      present: [
        'Angajăm și fără calificare, vă învățăm noi meseria.',
        'Nu e necesară experiența, primești instruire la locul de muncă.',
        'Nu se cere calificare, te învățăm noi tot.',
        'Experiența în fabrică nu e obligatorie.',
      ],
      absent: ['Experiența pe linie de producție e un avantaj.'],
      contradicted: [
        'Minim un an de experiență în depozit.',
        'Experiența ca zidar este obligatorie.',
        'Căutăm doar oameni cu experiență în montaj.',
        'Se solicită atestat de sudor.',
        'Experiență profesională de minim 2 ani în livrări.',
      ],
    },
  });
});

describe('ro: classifieds phrasing of fees, advances, pay, lodging, papers and vague offers', () => {
  check({
    'fee.recruitment': {
      present: [
        'Pentru CoS se achită 1.800 € în avans.',
        'Ca să-ți păstrăm locul, ai de plătit o garanție de 150 de lire.',
        'Taxa de activare a contului: 99 lei.',
        'Comisionul agenției e de 10% din primul salariu.',
      ],
      absent: [
        'Operator stivuitor în depozit frigorific, 4.500 lei brut.',
        'Angajatorul plătește cursul de limba germană.',
        'Avansul de salariu se dă pe 15 ale lunii.',
        'Comision 5% din vânzări, plătit lunar.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Avansăm noi biletul, se scade apoi din salariu.',
        'Autocarul vi-l plătim noi și se oprește din prima lună.',
      ],
      absent: ['Decontăm biletul de avion la sfârșitul sezonului, integral.'],
    },
    'pay.unusual_method': {
      present: ['Salariul îl primești la sfârșitul sezonului, tot odată.', 'Plata o dată la 3 luni.'],
      absent: ['Plata salariului pe 10 ale lunii, prin transfer bancar.'],
    },
    'travel.paid': {
      present: [
        'Rezolvăm noi tot, de la bilet până la cazare.',
        'Vă preluăm de la aeroportul din Bologna.',
        'Biletul de avion vi se decontează după trei luni.',
        'Biletele de avion sunt pe cheltuiala firmei.',
      ],
    },
    'housing.provided': {
      present: ['Cazare în container, câte 4 persoane pe cameră.', 'Va cazam in rulote langa ferma.'],
      contradicted: ['Fără cazare, doar pentru cei din zonă.'],
    },
    'housing.live_in': {
      present: [
        'Trebuie să locuiești cu doamna, are demență ușoară.',
        'Badantă 24 din 24 pentru un bătrân din Verona.',
      ],
    },
    'hours.excessive': {
      present: [
        'Lucrezi de luni pana duminica, 10-12 ore.',
        'Disponibilitate 24/7 pentru pacient.',
        'Orele suplimentare sunt obligatorii când vin comenzi.',
        'Tura începe la 6 dimineața și ține până la 10 seara.',
      ],
      absent: [
        'Tura de zi 7-15, tura de după-amiază 15-23.',
        'Tura incepe la 6 dimineata si tine pana la 2 dupa-amiaza.',
        'Magazinul e deschis de la 7 dimineața până la 10 seara.',
      ],
    },
    'docs.passport_upfront': {
      present: ['Pașaportul îl lași la coordonator, pentru siguranță.'],
      absent: ['Vă rugăm să aveți buletinul valabil la semnarea contractului.'],
    },
    'legal.status_promised': {
      present: [
        'Vă facem noi actele pentru rezidență.',
        'Fără NIE, nu e problemă.',
        'Nu aveți încă NIN? Nu-i problemă, începeți oricum luni.',
      ],
      absent: ['Lucrezi pe bicicletă, livrări de mâncare în Londra.'],
    },
    'req.no_contract': {
      present: ['Contract vă facem după ce ajungeți în Belgia.'],
      contradicted: ['Contractul scris îl primiți în România, înainte să plecați.'],
    },
    'req.age_appearance': {
      present: ['Vârsta 18-30 ani, înălțime minim 165.', 'Atașați două fotografii recente la mesaj.'],
      absent: [
        'Trimiteți CV-ul pe adresa de e-mail a firmei.',
        'Pentru contract trimite poza cu buletinul pe WhatsApp.',
        'Trimiteți o fotografie după cartea de identitate.',
      ],
    },
    'role.entertainment_abroad': {
      present: ['Consumatoare pentru bar de noapte în Cipru.'],
    },
    'role.domestic_abroad': {
      present: ['Femeie de casă pentru o vilă din Geneva.'],
    },
    'role.massage_unlicensed': {
      present: ['Masaj tantric, fete tinere, câștig zilnic.'],
    },
    'job.vague': {
      present: ['Detalii pe WhatsApp.', 'Avem tot felul de joburi în Olanda.'],
      absent: ['Oferim tichete de masă, abonament medical și diverse beneficii.'],
    },
    'location.vague': {
      present: ['Plecări în Europa în fiecare săptămână.', 'Localitatea se comunică după interviu.'],
      absent: ['Lucru la sere în județul Ilfov.'],
    },
    'language.obfuscated': {
      present: ['Sunați la 07-trei-doi 550 148.'],
    },
    'sector.high_risk': {
      present: ['Culegători de sparanghel pentru o fermă din Germania.'],
    },
  });
});

describe('ro: experience wished for is no requirement', () => {
  // Years of experience, proven experience or a certificate followed (or preceded) in the same
  // clause by "constituie avantaj", "un plus", "de preferat"… are a wish: they must not cancel "fără
  // experiență". So is the clause after a comma when it opens with that wording (", constituie
  // avantaj", ", ceea ce reprezintă un plus"); a wish about another item after the comma or in the
  // next sentence leaves the requirement.
  check({
    'req.no_experience': {
      absent: [
        'Minim 1 an experiență constituie avantaj.',
        'Experiența de minim 2 ani în construcții reprezintă un avantaj.',
        'Cel puțin 6 luni de experiență pe un post similar reprezintă un plus.',
        'Experiența dovedită în vânzări constituie un atu.',
        'Experiență de minim un an ca șofer profesionist este de dorit.',
        'Experiența de lucru de minim 2 ani va fi apreciată.',
        'Experienta minim 1 an in domeniu e binevenita, dar nu obligatorie.',
        'Minim 6 luni experiență în depozit – de preferat.',
        'Permis categoria B obligatoriu - experiența în curierat constituie avantaj.',
        'Constituie avantaj: minim 2 ani experiență în bucătărie.',
        'Minim 1 an experiență, constituie avantaj.',
        'Experiență de minim 2 ani în construcții, ceea ce reprezintă un mare avantaj.',
        'Cel putin 6 luni experienta pe stivuitor, de preferat.',
        'Se cere experiență în depozit, dar nu este obligatorie.',
      ],
      present: [
        'Nu este nevoie de experiență. Minim 1 an experiență constituie avantaj.',
        'Angajăm și fără experiență; experiența de minim 6 luni reprezintă un plus.',
        'Nu este nevoie de experiență. Minim 1 an experiență, constituie avantaj.',
        'Angajăm și fără experiență. Experiența de minim un an ca ospătar, care va fi apreciată.',
      ],
      contradicted: [
        'Minim 2 ani experiență în construcții. Permisul de conducere constituie avantaj.',
        'Cerințe: minimum 2 ani experiență, cunoștințe de limba germană constituie avantaj.',
        'Experiență de minim un an ca sudor, de preferat în atelier.',
        'Experiența în construcții este obligatorie, limba germană reprezintă un avantaj.',
        'Se cere atestat de stivuitorist; experiența în logistică constituie avantaj.',
        'Doar persoane cu experiență! Cunoașterea limbii engleze reprezintă un plus.',
        'Minim 2 ani experiență, permisul B constituie avantaj.',
        'Minim 2 ani experiență în construcții, constituie avantaj cunoașterea limbii germane.',
        'Experiență de minim un an, nu este obligatoriu atestatul.',
      ],
    },
  });
});
