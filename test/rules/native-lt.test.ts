// Hand-written Lithuanian sentences in the ways Lithuanian adverts phrase things, none copied from
// the lt pack's own examples: negated fee statements must contradict fee.recruitment (never make
// it present), real fees next to free housing must stay present, and the common phrasing of travel,
// housing, hours, documents and risky roles must be recognised, in the inflected forms adverts use
// (with the English pack, as the assessor runs them).
import { describe } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { check, noFeeContradicts, realFeeStays } = nativeSentences('lt');

describe('lt: a statement that no fee is charged is a contradiction, never a fee', () => {
  noFeeContradicts([
    'Be jokių įdarbinimo mokesčių.',
    'Mes neimame jokio užstato.',
    'Tarpininkavimo paslaugos darbo ieškantiems nemokamos.',
    'Registracija nemokama.',
    'Mokesčio iš kandidatų neimame.',
    'Registracijos mokesčio nėra.',
    'Jokio užstato ir jokių mokesčių!',
    'Nemokamai kandidatams.',
  ]);

  realFeeStays(
    [
      'Patirtis nebūtina, nemokamas apgyvendinimas. Įdarbinimo mokestis 120 eurų.',
      'Už apgyvendinimą nieko nemokate. Užstatas 200 eur prieš išvykimą.',
      'Atlyginimas 1800 eurų be mokesčių. Tarpininkavimo mokestis 150 eurų.',
    ],
    'a real fee next to free housing or no-experience wording stays a fee',
  );
});

describe('lt phrasing', () => {
  check({
    'fee.recruitment': {
      present: [
        'Už tarpininkavimą imamas 200 eurų mokestis.',
        'Prieš kelionę turite pervesti 250 eurų užstatą.',
      ],
      absent: ['Darbdavys sumoka visus mokesčius.'],
    },
    'debt.travel_advance': {
      present: [
        'Skrydžio kaina bus išskaičiuota iš pirmos algos.',
        'Kelionę atidirbsite per pirmas dvi savaites.',
      ],
      absent: ['Kelionė į darbą kompensuojama.'],
    },
    'pay.deductions': {
      present: [
        'Už nakvynę ir maistą iš algos atskaitoma po 90 eurų.',
        'Transporto išlaidos išskaičiuojamos iš atlyginimo.',
      ],
      absent: ['Gyventojų pajamų mokestis išskaičiuojamas pagal įstatymus.'],
      contradicted: ['Jokių išskaičiavimų iš atlyginimo.'],
    },
    'pay.unusual_method': {
      present: [
        'Algą mokame grynaisiais kiekvieną penktadienį.',
        'Visas atlyginimas išmokamas sezono pabaigoje.',
        // "nemokame" and "grynais" in two clauses: the cash stays.
        'Į sąskaitą nemokame, alga grynais kas savaitę.',
      ],
      absent: ['Atlyginimas mokamas du kartus per mėnesį į sąskaitą.'],
      contradicted: [
        'Grynaisiais neatsiskaitome, tik pavedimu.',
        'Atlyginimas niekada nemokamas grynaisiais.',
      ],
    },
    'travel.paid': {
      present: ['Skrydžio bilietus apmoka įmonė.', 'Kelionė į Olandiją yra apmokama.'],
      absent: ['Darbo vieta šalia autobusų stotelės.'],
      contradicted: ['Kelionės išlaidų nekompensuojame.'],
    },
    'housing.provided': {
      present: [
        'Darbuotojams suteikiamas apgyvendinimas bendrabutyje.',
        'Gyvenama jaukiuose nameliuose prie ūkio.',
      ],
      absent: ['Parduodamas butas Klaipėdoje.'],
      contradicted: ['Apgyvendinimo nesuteikiame, būstą susirandate patys.'],
    },
    'housing.live_in': {
      present: [
        'Reikalinga slaugytoja su apgyvendinimu pas globojamą senolį.',
        'Darbas su gyvenimu šeimoje.',
        'Miegama darbo vietoje, salone.',
      ],
      absent: ['Gyvename ir dirbame Lietuvoje.'],
    },
    'hours.excessive': {
      present: [
        'Pamainos po 14 valandų.',
        'Darbas 7 dienas per savaitę sezono metu.',
        'Dirbama 13 val. per parą.',
      ],
      absent: ['Pamainos po 8 valandas.'],
      contradicted: ['Viršvalandžiai neprivalomi.'],
    },
    'docs.passport_upfront': {
      present: ['Prisekite skenuotą paso kopiją.', 'Atvykus pasus paliekate agentūros atstovui.'],
      absent: ['Pokalbio metu parodykite asmens tapatybės kortelę.'],
      contradicted: ['Mes nesaugome darbuotojų pasų.'],
    },
    'docs.personal_data': {
      present: ['Nurodykite savo asmens kodą ir PIN kodą.', 'Reikalingos nuotraukos visu ūgiu.'],
      absent: ['Atlyginimą pervedame į jūsų banko sąskaitą.'],
    },
    'legal.status_promised': {
      present: ['Pasirūpinsime jūsų darbo leidimu.', 'Leidimas gyventi garantuojamas.'],
      absent: ['Būtinas galiojantis vairuotojo pažymėjimas.'],
    },
    'req.no_contract': {
      present: ['Darbas be jokios sutarties.', 'Darbo sutartį pasirašysite atvykus į Norvegiją.'],
      absent: ['Darbo pokalbis vyks nuotoliniu būdu.'],
      contradicted: ['Legalus darbas pagal sutartį.'],
    },
    'req.age_appearance': {
      present: [
        'Ieškome lieknų merginų.',
        'Amžius 18-35 m.',
        // "nebūtinas" / "nereikia" belong to the CV, not to the photo.
        'CV nebūtinas, atsiųskite naujausią nuotrauką.',
        'CV nereikia, nuotrauka privaloma.',
      ],
      absent: ['Darbuotoja (m/v) sandėliui.', 'Ieškome lietuvių moterų darbui šiltnamiuose.'],
      contradicted: [
        'Kviečiame bet kokio amžiaus darbuotojus.',
        'Nuotraukų nereikia.',
        'Amžius – ne kliūtis!',
      ],
    },
    'role.entertainment_abroad': {
      present: ['Šokėjos klubui Norvegijoje.', 'Hostesės į barus Turkijoje.'],
      absent: ['Šokėja teatrui Vilniuje.'],
    },
    'role.domestic_abroad': {
      present: ['Namų tvarkytoja šeimai Londone.', 'Senolių priežiūra Airijoje.'],
      absent: ['Auklė vaikui Klaipėdoje.'],
    },
    'role.massage_unlicensed': {
      present: ['Masažo salonas Londone. Be patirties, išmokysime.', 'Tantrinis masažas, geras uždarbis.'],
      absent: ['Sertifikuotas masažuotojas reabilitacijos klinikai.'],
    },
    'req.no_experience': {
      present: [
        'Jokios patirties nereikia.',
        'Kviečiame ir neturinčius darbo patirties, išmokysime.',
        'Kvalifikacija nebūtina.',
        // "būtina … patirtis" inside a negated or a split form stays the flag.
        'Darbo patirties nereikia, būtina tik motyvacija.',
        'Ne būtina patirtis, išmokysime.',
        'Patirtis nebūtina, būtina motyvacija.',
      ],
      absent: ['Patirtis su krautuvu būtų privalumas.'],
      contradicted: [
        'Būtina kvalifikacija ir 2 metų patirtis.',
        'Reikalaujama ne mažesnės kaip 3 metų patirties.',
        'Vairuotojo patirtis būtina.',
        'Būtinas kvalifikacijos pažymėjimas.',
      ],
    },
  });
});

describe('lt: fees in parts, repayment later, cash, self-employment and living on site', () => {
  check({
    'fee.recruitment': {
      present: [
        'Prieš išvykstant pervedate 150 eurų agentūrai.',
        'Sumokate 60 eurų už registraciją.',
        'Vizos tvarkymo kaina – 900 eurų.',
        'Likusi suma bus atskaičiuota iš algos.',
      ],
      absent: ['Likusią dienos dalį turėsite laisvą.', 'Paslaugų sektoriuje dirbame 10 metų.'],
      contradicted: ['Įdarbinimo mokestį sumoka įmonė.', 'Iš anksto jokių pinigų nereikės mokėti.'],
    },
    'debt.travel_advance': {
      present: [
        'Lėktuvo bilietą nupirksime avansu, vėliau atskaičiuosime.',
        'Jei nutrauksite sutartį, kelionės kainą teks grąžinti.',
      ],
      absent: ['Kelionės išlaidas kompensuosime po pirmo mėnesio.'],
      contradicted: ['Skrydžio kainos grąžinti nereikės.'],
    },
    'pay.deductions': {
      present: [
        'Individualios veiklos pažymos kaina atskaitoma iš pirmos algos.',
        'Pirmą savaitę būstą apmokame, vėliau atskaitoma iš atlyginimo.',
      ],
      absent: ['Dirbantiems su individualia veikla – lankstus grafikas.'],
      contradicted: ['Išskaičiavimų nebus.'],
    },
    'pay.unusual_method': {
      present: [
        'Atsiskaitome kiekvieną penktadienį grynaisiais.',
        'Mokame 70 eurų per dieną grynais.',
        'Alga išmokama kas du mėnesius.',
        'Pirmoji alga – tik po 5 savaičių.',
      ],
      absent: ['Atlyginimas kas mėnesį į sąskaitą.', 'Premija kas 3 mėnesius pagal rezultatus.'],
    },
    'travel.paid': {
      present: ['Lėktuvo bilietus nupirks darbdavys.'],
    },
    'housing.provided': {
      present: ['Gyvensite name su kitais darbuotojais.'],
      absent: ['Gyvename Vilniuje.'],
    },
    'housing.live_in': {
      present: [
        'Teks gyventi kartu su globojamuoju.',
        'Gyvenama salono patalpose.',
        'Kambarys virš restorano darbuotojams.',
      ],
      absent: ['Biuras virš parduotuvės.'],
    },
    'hours.excessive': {
      present: ['Dirbate nuo 5 iki 18 val.', 'Budėti namuose visą parą.', 'Darbo laikas neribotas.'],
      absent: ['Dirbame nuo 8 iki 16 val.'],
    },
    'docs.passport_upfront': {
      present: ['Pasus paimsime darbo pradžioje.', 'Prisekite ID kortelės nuotrauką.'],
      contradicted: ['Asmens tapatybės kortelės kopijos nereikia.'],
    },
    'docs.personal_data': {
      present: ['Perduosite mums savo banko prisijungimo duomenis.'],
    },
    'req.no_language': {
      present: [
        'Vokiečių kalbos mokėti nebūtina.',
        'Anglų kalbos mokėti nereikia, būtina tik vairuotojo pažymėjimas.',
        'Anglų kalbos žinios nebūtinos, būtinas vairuotojo pažymėjimas.',
      ],
      absent: ['Vokiečių kalbos žinios būtų privalumas.'],
      contradicted: ['Privaloma mokėti vokiečių kalbą.', 'Anglų kalbos žinios – būtinos.'],
    },
    'req.no_contract': {
      present: ['Sutartį pasirašysime vietoje.', 'Darbas be popierių.', 'Padedame įsigyti verslo liudijimą.'],
      absent: ['Priimame dirbančius su verslo liudijimu.', 'Sutartį galite pasirašyti vietoje biure.'],
    },
    urgency: {
      present: [
        'Išvykstame šį šeštadienį.',
        // The start is immediate; only the pay is agreed.
        'Darbo pradžia nedelsiant, atlyginimas pagal susitarimą.',
      ],
      contradicted: ['Išvykimo data derinama individualiai.', 'Neskubiname – apsispręskite ramiai.'],
    },
    'req.age_appearance': {
      present: ['Nurodykite ūgį ir svorį.'],
      absent: ['Krovinių svoris iki 20 kg.'],
    },
    'legal.status_promised': {
      present: ['Suteiksime rėmimo sertifikatą.'],
    },
  });
});

describe('lt: a negation does not reach into the next clause', () => {
  check({
    'req.no_experience': {
      contradicted: [
        'Anglų kalbos mokėti nebūtina, būtina patirtis dirbant su krautuvu.',
        'Vairuotojo pažymėjimo nereikia, reikalinga kvalifikacija suvirinimo darbams.',
        'Jokios kalbos nereikia, patirtis mūrijimo darbuose būtina.',
        'Diplomo nereikalaujame, darbo stažas – ne mažiau kaip 2 metai.',
        'Kalbos mokėti nebūtina, reikalaujame bent 3 metų patirties statybose.',
      ],
      // A negated list stays negated.
      present: [
        'Nereikalaujame nei diplomo, nei 2 metų patirties – viską išmokysime.',
        'Nereikia jokios patirties, kvalifikacijos ar kalbų žinių.',
      ],
    },
    'req.no_language': {
      absent: ['Nieko nereikia mokėti iš anksto, kalbos kursai – privalumas.'],
      present: ['Nereikia mokėti jokios užsienio kalbos.'],
    },
    'docs.passport_upfront': {
      present: [
        'Neprašome jokių pinigų, atsiųskite paso kopiją per Viber.',
        'CV nesiųskite, tik paso nuotrauką per WhatsApp.',
        'Neimame mokesčių, paso kopija būtina registracijai.',
      ],
      contradicted: [
        'Neprašome pinigų, paso kopijų ar banko duomenų.',
        'Nesiųskite pinigų, pasų ar kitų dokumentų.',
      ],
    },
    'docs.personal_data': {
      present: ['Niekada neprašome avanso, atsiųskite kortelės duomenis ir PIN kodą.'],
      contradicted: ['Niekada neprašome pinigų, slaptažodžių ar PIN kodų.'],
    },
    'legal.status_promised': {
      present: ['Apgyvendinimo nesuteikiame, darbo vizą sutvarkome mes.'],
      contradicted: ['Nesuteikiame būsto, vizų ar darbo leidimų.'],
    },
    'fee.recruitment': {
      present: ['Oficialus įdarbinimas, nemokamas apgyvendinimas. Registracijos mokestis – 80 eurų.'],
      contradicted: ['Registracija ir įdarbinimas nemokami.'],
    },
  });
});

describe('lt: experience wished for is no requirement', () => {
  check({
    'req.no_experience': {
      // Years of experience followed by a word of wish in the same sentence are no requirement.
      absent: [
        'Bent 2 metų darbo patirtis statybose – privalumas.',
        'Ne mažesnė kaip 1 metų patirtis panašiose pareigose būtų privalumas.',
        'Darbo patirtis nuo 2 metų – pageidaujama.',
        '3 metų patirtis sandėlyje bus laikoma privalumu.',
        'Vienerių metų darbo patirtis – didelis pliusas.',
        'Bent 2 metų patirties turėjimas bus vertinamas kaip privalumas.',
        'Ne mažiau kaip 2 metų darbo patirtis, ypač su vilkikais, būtų pranašumas.',
        'Darbo stažas nuo 1 metų pageidautinas.',
      ],
      // "No experience needed" next to such a wish stays the red flag.
      present: [
        'Patirtis nebūtina – viską išmokysime. Bent 1 metų patirtis būtų privalumas.',
        'Priimame ir be patirties, tačiau 2 metų darbo patirtis – privalumas.',
        'Darbo patirtis nereikalinga. Bent pusės metų patirtis – pageidautina.',
      ],
      // A wish for another item, after a comma or in the next sentence, keeps the requirement.
      contradicted: [
        'Ne mažesnė kaip 2 metų darbo patirtis. Vairuotojo pažymėjimas – privalumas.',
        'Bent 3 metų darbo patirtis, anglų kalbos žinios – privalumas.',
        'Darbo stažas – ne mažiau kaip 2 metai, B kategorijos vairuotojo pažymėjimas būtų privalumas.',
        'Būtina bent 1 metų darbo patirtis, rusų kalbos mokėjimas – privalumas.',
        'Reikalaujame ne mažiau kaip 2 metų patirties, sertifikatas – pliusas.',
        'Anglų kalba nebūtina, bet būtina 2 metų darbo patirtis; vokiečių kalba – privalumas.',
      ],
    },
  });
  check({
    'req.no_experience': {
      // A word of wish before the years in the same clause, or opening the sentence with ":" ","
      // or a dash, makes them no requirement either.
      absent: [
        'Privalumas – bent 2 metų darbo patirtis sandėlyje.',
        'Pageidautina ne mažiau kaip 1 metų patirtis klientų aptarnavime.',
        'Privalumas: 3 metų patirtis statybose.',
        'Didelis pliusas – bent pusės metų patirtis virtuvėje.',
        'Pirmenybė bus teikiama kandidatams, turintiems bent 2 metų darbo patirtį.',
        'Pageidaujama darbo patirtis nuo 2 metų.',
        'Papildomai vertinama: vairuotojo pažymėjimas, bent 1 metų patirtis.',
        'Idealiu atveju turite bent 2 m. patirtį su krautuvais.',
      ],
      // "No experience needed" next to such a wish stays the red flag, and so does one after an
      // age range in "m." (metų): the full stop ends the sentence, the years are an age.
      present: [
        'Patirtis nebūtina. Privalumas – bent pusės metų patirtis.',
        'Priimame ir be patirties, pageidautina bent 1 metų darbo patirtis.',
        'Darbo patirtis nereikalinga. Pirmenybė teikiama turintiems 2 metų patirtį.',
        'Šokėjos 18–30 m. Patirties nereikia.',
      ],
      // A wish for another item in an earlier clause or sentence keeps the requirement; "m." after
      // a minimum word is a length of experience.
      contradicted: [
        'Vairuotojo pažymėjimas – privalumas. Ne mažesnė kaip 2 metų darbo patirtis.',
        'Anglų kalbos žinios pageidautinos, bent 3 metų patirtis suvirinant.',
        'Rusų kalba – privalumas; darbo patirtis ne mažiau kaip 2 metai.',
        'Kalbos žinios – privalumas. Reikalaujame ne mažiau kaip 2 m. patirties.',
        'Bent 2 m. darbo patirtis statybose.',
        'Amžius 18–30 m. Patirtis privaloma.',
      ],
    },
  });
});
