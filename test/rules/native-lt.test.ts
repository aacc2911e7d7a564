// Hand-written Lithuanian sentences in the ways Lithuanian adverts phrase things, none copied from
// the lt pack's own examples: negated fee statements must contradict fee.recruitment (never make
// it present), real fees next to free housing must stay present, and the common phrasing of travel,
// housing, hours, documents and risky roles must be recognised, in the inflected forms adverts use
// (with the English pack, as the assessor runs them).
import { describe, expect, it } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { stateOf, check } = nativeSentences('lt');

describe('lt: a statement that no fee is charged is a contradiction, never a fee', () => {
  it.each([
    'Be jokių įdarbinimo mokesčių.',
    'Mes neimame jokio užstato.',
    'Tarpininkavimo paslaugos darbo ieškantiems nemokamos.',
    'Registracija nemokama.',
    'Mokesčio iš kandidatų neimame.',
    'Registracijos mokesčio nėra.',
    'Jokio užstato ir jokių mokesčių!',
    'Nemokamai kandidatams.',
  ])('%s', (sentence) => {
    expect(stateOf(sentence, 'fee.recruitment')).toBe('contradicted');
  });

  it.each([
    'Patirtis nebūtina, nemokamas apgyvendinimas. Įdarbinimo mokestis 120 eurų.',
    'Už apgyvendinimą nieko nemokate. Užstatas 200 eur prieš išvykimą.',
    'Atlyginimas 1800 eurų be mokesčių. Tarpininkavimo mokestis 150 eurų.',
  ])('a real fee next to free housing or no-experience wording stays a fee: %s', (text) => {
    expect(stateOf(text, 'fee.recruitment')).toBe('present');
  });
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
      ],
      absent: ['Atlyginimas mokamas du kartus per mėnesį į sąskaitą.'],
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
      present: ['Ieškome lieknų merginų.', 'Amžius 18-35 m.'],
      absent: ['Darbuotoja (m/v) sandėliui.', 'Ieškome lietuvių moterų darbui šiltnamiuose.'],
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
      ],
      absent: ['Būtina kvalifikacija ir 2 metų patirtis.'],
    },
  });
});
