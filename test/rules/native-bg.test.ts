// Hand-written Bulgarian sentences in the ways job boards and classifieds in Bulgaria phrase things,
// none copied from the pack's own examples: statements that no fee is charged must contradict
// fee.recruitment (never make it present), real fees next to reassurances must stay present, and
// the phrasing recruiters use for the main indicators must be recognised, with look-alikes left out.
import { describe, expect, it } from 'vitest';
import { nativeSentences } from './native-sentences.ts';

const { match, stateOf, check } = nativeSentences('bg');

describe('bg: a statement that no fee is charged is a contradiction, never a fee', () => {
  it.each([
    'Без такси за кандидатите!',
    'Агенцията не събира никакви такси от търсещите работа.',
    'Услугите на агенцията са напълно безплатни за кандидатите.',
    'Няма регистрационна такса.',
    'Не вземаме депозит.',
    'Кандидатът не плаща нищо на агенцията.',
    'Регистрацията при нас е безплатна.',
    'Нулеви такси за посредничество.',
    'Безплатно за търсещите работа лица съгласно Закона за насърчаване на заетостта.',
  ])('%s', (sentence) => {
    expect(stateOf(sentence, 'fee.recruitment')).toBe('contradicted');
  });

  it('a real fee next to free housing or no-experience wording stays a fee', () => {
    for (const text of [
      'Без опит, безплатна квартира. Такса за оформяне на документи 150 лв. преди заминаване.',
      'Не плащате нищо за квартирата. Депозит от 200 евро при записване.',
      'Безплатен транспорт и храна. Посредническа такса 100 евро.',
    ]) {
      expect(stateOf(text, 'fee.recruitment'), text).toBe('present');
    }
  });
});

describe('bg: Cyrillic matching', () => {
  it('ignores case and points evidence at the original Cyrillic words', () => {
    const text = 'СПЕШНО! Осигурена КВАРТИРА и храна.';
    const hits = match(text);
    const housing = hits.find((h) => h.indicatorId === 'housing.provided');
    expect(housing?.state).toBe('present');
    expect(housing?.evidence.map((e) => e.text)).toContain('Осигурена КВАРТИРА');
    expect(hits.find((h) => h.indicatorId === 'urgency')?.state).toBe('present');
  });

  it('matches whole words only: a word does not fire inside a longer one', () => {
    // "без опит" (no experience) must not be found in "без опитен наставник" (without an experienced mentor).
    expect(stateOf('Без опитен наставник не се работи на машината.', 'req.no_experience')).toBe('absent');
  });

  it('folds upper-case Й and Ъ like the lower-case pattern', () => {
    expect(stateOf('ИЗКАРАЙ ЛЕСНИ ПАРИ ОТ ВКЪЩИ!', 'easy_money')).toBe('present');
  });
});

describe('bg', () => {
  check({
    'fee.recruitment': {
      present: [
        'Еднократна такса за посредничество – 250 евро.',
        'Кандидатите трябва да преведат депозит от 150 лв.',
      ],
      absent: ['Таксата за паркинг се поема от фирмата.', 'Допълнително заплащане за нощен труд.'],
    },
    'pay.deductions': {
      present: ['За нощувките се удържат по 10 евро на ден.', 'Храната се приспада от надницата.'],
      absent: ['Заплатата се изплаща до 10-о число.'],
      contradicted: ['Без удръжки от заплатата.', 'Нищо не се приспада за квартирата.'],
    },
    'pay.unusual_method': {
      present: ['Надницата се дава в брой в края на деня.', 'Заплащане в брой всяка седмица.'],
      absent: ['Заплатата се превежда по сметка до 15-о число.'],
    },
    'debt.travel_advance': {
      present: [
        'Цената на билета се удържа от първото възнаграждение.',
        'Поемаме авансово разходите за визата.',
      ],
      absent: ['Фирмата поема разходите за път.'],
      contradicted: ['Разходите за самолетния билет не се удържат от заплатата.'],
    },
    'travel.paid': {
      present: [
        'Транспортът от България до Германия е безплатен.',
        'Самолетните билети ги купува агенцията.',
        'Осигуряваме трансфер от летището до квартирата.',
      ],
      absent: ['Работим с транспортни фирми от цяла Европа.', 'Спирката на автобуса е до склада.'],
      contradicted: ['Пътните разходи са за сметка на работника.'],
    },
    'housing.provided': {
      present: [
        'Предлагаме безплатно жилище близо до плантацията.',
        'Осигурени нощувки в хотел.',
        'Настаняване: 2-3 човека в стая.',
      ],
      absent: ['Продаваме апартаменти в нова сграда.', 'Хигиенист за общежитие в Студентски град.'],
      contradicted: ['Квартира не е осигурена.', 'Работниците трябва да си намерят собствена квартира.'],
    },
    'housing.live_in': {
      present: ['Болногледачка, която ще живее при пациента.', 'Домашна помощница с преспиване.'],
      absent: ['Живеете във Варна? Кандидатствайте!'],
    },
    'hours.excessive': {
      present: [
        'Смени по 12 часа, без почивен ден.',
        'Работи се 7 дни в седмицата през лятото.',
        'Около 280 часа месечно.',
      ],
      absent: ['Работно време от 9 до 18 часа.', 'Ресторантът е отворен 7 дни в седмицата.'],
      contradicted: ['Извънредният труд е доброволен и се заплаща.', 'Не повече от 40 часа седмично.'],
    },
    'docs.passport_upfront': {
      present: [
        'Прикачете сканирано копие на паспорта си.',
        'Личните документи се предават на управителя при пристигане.',
      ],
      absent: ['Носете документ за самоличност на интервюто.'],
      contradicted: ['Паспортът остава при вас през цялото време.', 'Не изискваме копие на паспорт.'],
    },
    'docs.personal_data': {
      present: ['Напишете ни номера на банковата си сметка и ЕГН.', 'Снимка по бельо за кастинга.'],
      absent: ['Изпратете CV с актуална снимка.'],
    },
    'legal.status_promised': {
      present: ['Визата за Канада се урежда от нас.', 'Съдействаме за разрешение за пребиваване.'],
      absent: ['Нужна е шофьорска книжка категория C.'],
    },
    'job.vague': {
      present: ['Предлагаме всякаква работа – пишете.', 'Подробности във Вайбър.'],
      absent: ['Оператор на машина в завода в Стара Загора.'],
    },
    'req.no_experience': {
      present: ['Не е нужен опит, всичко ще ви покажем.', 'Квалификация не се изисква.'],
      absent: ['Изисква се опит като заварчик.'],
    },
    'req.no_language': {
      present: ['Не се изисква английски език.', 'Бригадирът говори български.'],
      absent: ['Добро владеене на немски език.'],
    },
    'req.no_contract': {
      present: ['Тръгване утре, без договор.', 'Договорът се сключва при пристигане в Германия.'],
      absent: ['Договор за 6 месеца с възможност за удължаване.'],
      contradicted: ['Работа по трудов договор от първия ден.', 'Писмен договор преди тръгване.'],
    },
    'req.age_appearance': {
      present: ['Дами на възраст 20-30 г.', 'Изисква се добра визия.'],
      absent: ['Сервитьорка (ж/м) за ресторант в Бургас.', 'Търсим хора с добро отношение към клиентите.'],
    },
    urgency: {
      present: ['Набираме спешно берачи!', 'Заминаване веднага.'],
      absent: ['Спешна помощ – шофьор на линейка.'],
    },
    'role.entertainment_abroad': {
      present: ['Компаньонки за бар в Гърция.'],
      absent: ['Хостеса на рецепция в хотел в Созопол.'],
    },
    'role.domestic_abroad': {
      present: ['Болногледачка за възрастен мъж в Австрия.'],
      absent: ['Гледачка за възрастна жена в Стара Загора.'],
    },
    'role.massage_unlicensed': {
      present: ['Масажно студио в Атина. Без опит, квартира осигурена.'],
      absent: ['Масажист с медицинско образование за рехабилитационен център.'],
    },
    easy_money: {
      present: ['Печели от вкъщи, само с телефон.', 'Финансова свобода само за месец.'],
      absent: ['Работа от вкъщи на пълен работен ден, заплата по договор.'],
    },
  });
});
