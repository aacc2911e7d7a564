// Hand-written Polish sentences in the ways Polish adverts phrase things, none copied from the pl
// pack's own examples: negated fee statements must contradict fee.recruitment (never make it
// present), real fees next to free housing must stay present, and the common phrasing of costs
// repaid from wages, cash pay, shared or workplace housing, long hours, kept documents and promised
// papers must be recognised (with the English pack, as the assessor runs them), while the look-alike
// sentences of ordinary adverts must not.
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('pl');

describe('pl: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Nie musisz niczego wpłacać, rekrutacja jest bezpłatna.',
    'Nigdy nie przelewaj pieniędzy osobom, które podają się za rekruterów.',
    'Rozmowa rekrutacyjna nie jest płatna.',
    'Konsultacja jest dla kandydatów całkowicie bezpłatna.',
    'Nie pobieramy żadnych opłat za rejestrację.',
  ]);

  realFeeStays(
    [
      'Darmowy nocleg w hostelu. Po wpłacie zadatku wyślemy adres zbiórki.',
      'Zakwaterowanie za darmo, wystarczy wpłacić 150 zł wpisowego.',
    ],
    'a real fee next to free housing stays a fee',
  );
});

describe('pl phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Po otrzymaniu przelewu podamy dane pracodawcy.',
        'Wstępna rozmowa online jest płatna – 60 zł.',
        'Za rejestrację płacisz BLIK-iem na telefon podany w ogłoszeniu: blik na numer telefonu 600 100 200.',
        'Zadatek 300 zł przy zapisie na wyjazd.',
        'Wpłacasz 120 zł i dostajesz listę ofert.',
      ],
      absent: [
        'Wypłata przelewem na konto co dwa tygodnie.',
        'Po rozmowie kwalifikacyjnej otrzymasz umowę do podpisu.',
        'Oferujemy płatny urlop i płatne przerwy.',
      ],
    },
    'debt.travel_advance': {
      present: [
        'Bilet autokarowy kupujemy za ciebie, potem oddajesz z wypłat.',
        'Za przelot płacimy my, a ty spłacasz z pierwszych pensji.',
        'Nie masz na dojazd? Pożyczamy na przejazd do Holandii.',
        'Przejazd do Anglii wykładamy, reszta po przyjeździe.',
        'Przelot załatwiamy, ale jak zrezygnujesz przed końcem kontraktu, trzeba go oddać.',
        'Bus organizujemy, a przejazd potrącimy z pierwszej wypłaty.',
      ],
      absent: [
        'Zwrot kosztów przejazdu po przepracowaniu trzech miesięcy.',
        'Bilety lotnicze zwracamy razem z pierwszą wypłatą.',
        'Możliwość zaliczki na poczet pierwszej wypłaty.',
      ],
      contradicted: ['Przelotu nigdy nie potrącamy z wypłaty: bilet nie jest potrącany z wynagrodzenia.'],
    },
    'pay.deductions': {
      present: [
        'Koszt busa i kwatery rozliczamy z kolejnych wypłat.',
        'Miejsce w pokoju czteroosobowym: 80 euro co tydzień z pensji.',
        'Transport do pracy – 15 euro dziennie z wypłaty.',
      ],
      absent: [
        'Zaliczki rozliczamy z następnej wypłaty, bez odsetek.',
        'Darmowy transport do pracy, wypłata co tydzień.',
        'Zapewniamy nocleg, a zaliczkę na podatek odprowadzamy z wynagrodzenia.',
      ],
      contradicted: ['Koszty zakwaterowania nie są potrącane z wypłaty.'],
    },
    'pay.unusual_method': {
      present: [
        'Płacimy co sobotę 400 funtów w gotówce.',
        'Rozliczenie co tydzień gotówką.',
        'Wynagrodzenie jest wypłacane dopiero po pierwszych dwóch miesiącach.',
        'Całość płatna łącznie na koniec zbiorów.',
        'Wypłata przy rozliczeniu, pieniądze po zakończeniu rejsu.',
      ],
      absent: [
        'Premia jednorazowa po zakończeniu sezonu, wynagrodzenie co miesiąc przelewem.',
        'Pracodawca zwraca koszt przelotu po zakończeniu kontraktu.',
        'Wynagrodzenie 5200 zł brutto, wypłata do 10. dnia miesiąca na konto.',
      ],
      contradicted: ['Nigdy nie płacimy w gotówce, tylko przelewem.'],
    },
    'travel.paid': {
      present: ['Przelot do Norwegii załatwiamy my.', 'Załatwimy ci przejazd busem pod sam zakład.'],
      absent: ['Załatwiamy formalności meldunkowe na miejscu.'],
      contradicted: ['Dojazdu nie załatwiamy, każdy przyjeżdża sam.'],
    },
    'housing.provided': {
      present: [
        'Mieszkasz w pokoju z innymi pracownikami.',
        'Pokoje współdzielone przez dwie osoby.',
        'Nocleg w barakach przy polu.',
        'Kwatera w mieszkaniu w centrum miasta.',
        'Pokój organizujemy na miejscu.',
        'Nocleg jest, wyżywienie we własnym zakresie.',
        'Zakwaterowanie jest bezpłatne.',
      ],
      absent: [
        'Pracujesz w zespole z innymi kierowcami.',
        'Mieszkanie w Poznaniu do wynajęcia od zaraz.',
        'Sprzątanie mieszkań i domów prywatnych.',
      ],
      contradicted: [
        'Noclegu nie załatwiamy, trzeba szukać na własną rękę: zakwaterowanie nie jest zapewnione.',
      ],
    },
    'housing.live_in': {
      present: [
        'Pokój dla pracownika na zapleczu sklepu.',
        'Spanie w klubie, osobny pokój dla każdej dziewczyny.',
        'Mieszkanie na terenie gospodarstwa, zaraz przy oborze.',
        'Zamieszkanie u właściciela, w domu obok warsztatu.',
      ],
      absent: ['Pokoje w hotelu pracowniczym pięć minut od zakładu.', 'Mieszkańcy osiedla nad zalewem.'],
    },
    'hours.excessive': {
      present: [
        'Pracujesz po 11–13 godzin, zależnie od dostaw.',
        'Praca 6 dni w tygodniu, dniówki po 11 godzin.',
        'Sześć dni w tygodniu, zmiany w godzinach pracy od 6 do 20.',
        'Od poniedziałku do niedzieli, zwykle 12 h.',
        'Pracujemy od rana do nocy w sezonie.',
        'Wymagana dyspozycyjność przez 24 godziny na dobę.',
        'Wyjazdy 6-7 dni w tygodniu po Europie.',
      ],
      absent: [
        'Sklep otwarty od poniedziałku do soboty w godzinach 9–21.',
        'Praca 6 dni w tygodniu po 7 godzin.',
        'Infolinia dla pracowników działa 24 godziny na dobę.',
        'Praca zmianowa od poniedziałku do piątku, 8 godzin.',
      ],
    },
    'docs.passport_upfront': {
      present: [
        'Paszporty zbieramy w dniu przyjazdu.',
        'Na czas umowy dowód zostaje w biurze firmy.',
        'Paszport oddajecie brygadziście do depozytu.',
        'Zabierz paszport – szef zatrzyma go na czas pracy.',
        'Wymagany paszport, wyślij nam skan pierwszej strony.',
      ],
      absent: [
        'Weź ze sobą dowód osobisty na pierwszy dzień.',
        'Dokumenty aplikacyjne przechowujemy przez 6 miesięcy.',
      ],
      contradicted: ['Paszport zawsze zostaje przy pracowniku.', 'Dowodów nie zatrzymujemy.'],
    },
    'docs.personal_data': {
      present: [
        'Podaj w mailu imię, adres, PESEL oraz numer rachunku bankowego.',
        'Prześlij 4 fotki, w tym jedną w bikini.',
        'Wyślij zdjęć kilka: sylwetka z przodu i z boku.',
      ],
      absent: [
        'Wynagrodzenie przelewamy na rachunek bankowy pracownika.',
        'Prześlij CV z aktualnym zdjęciem.',
      ],
    },
    'legal.status_promised': {
      present: [
        'Kartę pobytu załatwimy za ciebie.',
        'Zezwolenie na pracę pomożemy szybko załatwić: zezwolenie na pracę załatwimy w miesiąc.',
        'Gwarancja uzyskania wizy!',
        'Przyjedziesz na wizie turystycznej, pracę zaczniesz od razu.',
        'Zatrudniamy także bez prawa do pracy w Wielkiej Brytanii.',
        'Nie posiadasz pozwolenia na pracę? Ogarniemy papiery.',
      ],
      absent: [
        'Gwarantujemy stabilne zatrudnienie i pozytywną atmosferę.',
        'Nie masz statusu studenta? Oferujemy umowę o pracę.',
        'Pilot wycieczek dla grup turystów w Grecji.',
      ],
      contradicted: ['Nie gwarantujemy wydania wizy, decyduje urząd.'],
    },
    'req.no_contract': {
      present: ['Start bez rozmów, dzwonisz i jedziesz.', 'Umowę podpiszemy po okresie próbnym.'],
      absent: ['Okres próbny trzy miesiące, potem umowa na czas nieokreślony.'],
      contradicted: ['Umowa o pracę od pierwszego dnia.'],
    },
    'req.no_language': {
      present: [
        'Nie musisz znać niemieckiego.',
        'Holenderski nie jest wymagany.',
        'Nie wymagamy znajomości języka angielskiego, wystarczą chęci.',
        'Znajomość holenderskiego nie jest wymagana na tym stanowisku.',
        'Nie musisz porozumiewać się po niemiecku, brygadzista mówi po polsku.',
      ],
      absent: [
        'Kurs języka niemieckiego opłacany przez pracodawcę.',
        'Zapewniamy lekcje niemieckiego na poziomie A1.',
        'Angielski na poziomie B1 będzie dodatkowym atutem.',
      ],
      contradicted: [
        'Holenderski wymagany na poziomie B1.',
        'Wymagana dobra znajomość języka niemieckiego.',
        'Znajomość języka francuskiego jest niezbędna.',
        'Szwedzki w stopniu komunikatywnym – bez tego nie zatrudnimy.',
        'Kierowca musi znać niemiecki, rozmowa po niemiecku.',
      ],
    },
    'req.no_experience': {
      present: [
        'Nie trzeba posiadać żadnego doświadczenia.',
        'Nie wymagamy doświadczenia w zawodzie – wszystkiego nauczymy.',
        'Nie jest wymagane doświadczenie, szkolenie na miejscu.',
        'Nie musisz mieć doświadczenia ani uprawnień.',
      ],
      absent: ['Doświadczenie przy zbiorach mile widziane.'],
      contradicted: [
        'Nie musisz mieć własnych narzędzi, doświadczenie min. 2 lata.',
        'Wymagane doświadczenie w pracy na budowie.',
        'Szukamy spawaczy z minimum 3 lata doświadczenia: doświadczenie jest konieczne.',
        'Przyjmujemy wyłącznie osoby z doświadczeniem.',
        'Wymagane uprawnienia UDT na wózek widłowy.',
      ],
    },
    'req.age_appearance': {
      present: [
        'Do zgłoszenia dołącz fotki i wymiary.',
        'Napisz nam wzrost oraz wagę.',
        'Limit wieku: 30 lat, szukamy pań do 30 lat.',
        'Zgłoszeń bez zdjęcia nie rozpatrujemy – podeślij zdjęcie całej sylwetki.',
        'Wiek ma znaczenie: dziewczyny od 18 do 24 lat.',
      ],
      absent: [
        'Praca w niepełnym wymiarze godzin.',
        'Ładunki o wadze do 20 kg.',
        'Niania do dzieci w każdym wieku.',
      ],
      contradicted: [
        'Nie ma limitu wieku, zatrudniamy też emerytów.',
        'Twój wiek nie ma znaczenia.',
        'Zatrudnimy panów w każdym wieku.',
        'Prosimy nie dołączać zdjęć – nie wymagamy zdjęcia w CV.',
        'Fotografia w zgłoszeniu niepotrzebna: zdjęcie nie jest wymagane.',
      ],
    },
    urgency: {
      present: [
        'Pilnie! Termin wyjazdu: najbliższa sobota.',
        'Nie ma na co czekać, zostały już tylko 2 miejsca.',
        'Rekrutacja trwa, ale start od zaraz.',
      ],
      absent: ['Rekrutacja trwa do 30 czerwca.', 'Praca całoroczna w szklarni.'],
      contradicted: [
        'Nie ma żadnego pośpiechu – rekrutacja jest otwarta cały rok.',
        'Termin startu do dogadania.',
        'Stanowisko nie jest pilne, spokojnie rozważ ofertę.',
        'Wyjazd w dowolnym terminie, po wcześniejszym kontakcie.',
      ],
    },
    easy_money: {
      present: ['Dochód do 4000 zł miesięcznie, bez wychodzenia z domu!'],
      absent: ['Praca stacjonarna w biurze, dojazd z domu komunikacją miejską.'],
    },
  });
});

describe('pl: experience wished for is no requirement', () => {
  check({
    'req.no_experience': {
      // Years or experience followed by a word of wish in the same sentence are no requirement.
      absent: [
        'Minimum rok doświadczenia na podobnym stanowisku będzie atutem.',
        'Co najmniej 2 lata doświadczenia w pracy na magazynie będą dodatkowym atutem.',
        'Przynajmniej roczne doświadczenie przy produkcji mile widziane.',
        'Doświadczenie w zawodzie min. 2 lata – mile widziane.',
        'Oczekujemy doświadczenia w obsłudze klienta – będzie dodatkowym atutem.',
        'Min. 3 lata doświadczenia w branży budowlanej, zwłaszcza przy wykończeniach, będzie dużym plusem.',
        'Przynajmniej pół roku doświadczenia w opiece będzie dodatkowym plusem.',
        'Minimum 2-letnie doświadczenie na wózku widłowym preferowane.',
      ],
      // "No experience needed" next to such a wish stays the red flag.
      present: [
        'Nie wymagamy doświadczenia. Minimum rok doświadczenia w handlu będzie atutem.',
        'Doświadczenie nie jest wymagane, ale minimum pół roku doświadczenia w sprzątaniu będzie mile widziane.',
        'Nie musisz mieć doświadczenia; przynajmniej roczne doświadczenie w gastronomii to dodatkowy atut.',
        'Min. rok doświadczenia w gastronomii nie jest konieczny.',
      ],
      // A wish for another item, after a comma or in the next sentence, keeps the requirement.
      contradicted: [
        'Wymagane minimum 2 lata doświadczenia w budownictwie. Prawo jazdy kat. B będzie atutem.',
        'Doświadczenie: minimum 2 lata. Mile widziane doświadczenie w pracy za granicą.',
        'Co najmniej rok doświadczenia na produkcji, mile widziane uprawnienia na wózek widłowy.',
        'Min. 3 lata doświadczenia jako spawacz, znajomość języka niemieckiego będzie atutem.',
        'Wymagamy doświadczenia w pracy na magazynie, mile widziane uprawnienia UDT.',
        'Doświadczenie na budowie wymagane – prawo jazdy mile widziane.',
      ],
    },
  });
  check({
    'req.no_experience': {
      // A word of wish before the years in the same clause, or opening the sentence with ":" ","
      // or a dash, makes them no requirement either.
      absent: [
        'Atutem będzie min. 2-letnie doświadczenie na stanowisku magazyniera.',
        'Mile widziane co najmniej roczne doświadczenie w obsłudze kas fiskalnych.',
        'Mile widziane: minimum 2 lata doświadczenia w pracy na budowie.',
        'Dodatkowym atutem będzie przynajmniej pół roku doświadczenia w opiece nad osobami starszymi.',
        'Preferujemy kandydatów z min. 3-letnim doświadczeniem w transporcie międzynarodowym.',
        'Dużym plusem będzie co najmniej rok doświadczenia na produkcji.',
        'Mile widziane, ale niekonieczne: minimum rok doświadczenia w sprzedaży.',
        'Mile widziane doświadczenie w branży minimum 2 lata.',
        'Idealnie, jeśli masz min. 2 lata doświadczenia w księgowości.',
        'Preferowane będą osoby z minimum rocznym doświadczeniem na podobnym stanowisku.',
        'Kandydat idealnie powinien mieć min. 2 lata doświadczenia.',
      ],
      // "No experience needed" next to such a wish stays the red flag.
      present: [
        'Nie wymagamy doświadczenia. Mile widziane minimum pół roku doświadczenia w sprzątaniu.',
        'Praca bez doświadczenia – atutem będzie min. rok doświadczenia na produkcji.',
        'Doświadczenie nie jest wymagane. Atut: minimum 2 lata doświadczenia przy zbiorach.',
        'Przyuczymy do zawodu; preferujemy jednak osoby z co najmniej rocznym doświadczeniem.',
      ],
      // A wish for another item in an earlier clause or sentence keeps the requirement.
      contradicted: [
        'Prawo jazdy kat. B mile widziane. Minimum 2 lata doświadczenia w budownictwie.',
        'Znajomość języka niemieckiego mile widziana, min. 3 lata doświadczenia jako spawacz.',
        'Uprawnienia UDT będą atutem; przynajmniej roczne doświadczenie na magazynie.',
        'Mile widziany język angielski. Doświadczenie w zawodzie: minimum 2 lata.',
        'Atutem będzie prawo jazdy. Kandydat musi mieć co najmniej rok doświadczenia w handlu.',
      ],
    },
  });
});
