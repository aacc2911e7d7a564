import { describe, expect, it } from 'vitest';
import { createRuleEngine, loadRulePacks } from '../../rules/engine.ts';
import { LanguageNames } from '../../rules/language-names.ts';
import { foldString } from '../../rules/normalise.ts';
import { parseRulePack, RulePackError } from '../../rules/pack-schema.ts';

const packs = loadRulePacks();
const engine = createRuleEngine(packs);
const names = new LanguageNames(packs);

/**
 * req.no_language for the text with one pack and English, and the evidence it rests on. `where`:
 * whether the workplace is stated, and the advert's language (both default: not given).
 */
function noLanguage(
  language: string,
  text: string,
  localLanguages?: string[],
  where: { stated?: boolean; advertLanguage?: string } = {},
): string {
  const hit = engine
    .match(
      { title: '', text },
      {
        languages: [language, 'en'],
        ...(localLanguages ? { localLanguages } : {}),
        ...(where.stated !== undefined ? { workplaceStated: where.stated } : {}),
        ...(where.advertLanguage ? { advertLanguage: where.advertLanguage } : {}),
      },
    )
    .find((h) => h.indicatorId === 'req.no_language');
  return hit ? `${hit.state}: ${hit.evidence.map((e) => e.text).join(' | ')}` : 'absent';
}

// "Dutch not needed. English required." in each pack's language: for work in the Netherlands the
// red flag stands; where English is the local language, the advert asks for it.
const NOT_DUTCH_BUT_ENGLISH: Array<[string, string, string, string]> = [
  ['en', 'No Dutch needed. English required.', 'No Dutch needed', 'English required'],
  [
    'de',
    'Keine Niederländischkenntnisse nötig. Gute Englischkenntnisse sind Voraussetzung.',
    'Keine Niederländischkenntnisse nötig',
    'Gute Englischkenntnisse sind Voraussetzung',
  ],
  [
    'fr',
    'Pas besoin de parler néerlandais. Anglais courant exigé.',
    'Pas besoin de parler néerlandais',
    'Anglais courant exigé',
  ],
  [
    'es',
    'No se requiere neerlandés. Inglés fluido imprescindible.',
    'No se requiere neerlandés',
    'Inglés fluido imprescindible',
  ],
  [
    'it',
    'Non serve parlare olandese. Inglese livello B2 indispensabile.',
    'Non serve parlare olandese',
    'Inglese livello B2 indispensabile',
  ],
  ['nl', 'Geen Nederlands nodig. Engels vereist.', 'Geen Nederlands nodig', 'Engels vereist'],
  [
    'pt',
    'Não é necessário falar holandês. Inglês fluente obrigatório.',
    'Não é necessário falar holandês',
    'Inglês fluente obrigatório',
  ],
  [
    'pl',
    'Znajomość języka niderlandzkiego nie jest wymagana. Wymagany angielski komunikatywny.',
    'Znajomość języka niderlandzkiego nie jest wymagana',
    'Wymagany angielski',
  ],
  [
    'ro',
    'Nu este necesară limba olandeză. Se cere limba engleză.',
    'Nu este necesară limba olandeză',
    'Se cere limba engleză',
  ],
  [
    'bg',
    'Не се изисква холандски. Английски език на ниво B2 – задължително.',
    'Не се изисква холандски',
    'Английски език на ниво B2 – задължително',
  ],
  [
    'lt',
    'Olandų kalbos mokėti nereikia. Anglų kalba B2 lygiu – privaloma.',
    'Olandų kalbos mokėti nereikia',
    'Anglų kalba B2 lygiu – privaloma',
  ],
];

// The same in one sentence: the negation of the first clause must not reach across the comma.
const IN_ONE_SENTENCE: Array<[string, string, string, string]> = [
  ['en', 'No Dutch needed, English required.', 'No Dutch needed', 'English required'],
  [
    'de',
    'Keine Niederländischkenntnisse nötig, gute Englischkenntnisse sind Voraussetzung.',
    'Keine Niederländischkenntnisse nötig',
    'gute Englischkenntnisse sind Voraussetzung',
  ],
  [
    'fr',
    'Pas besoin de parler néerlandais, anglais courant exigé.',
    'Pas besoin de parler néerlandais',
    'anglais courant exigé',
  ],
  [
    'es',
    'No se requiere neerlandés, inglés fluido imprescindible.',
    'No se requiere neerlandés',
    'inglés fluido imprescindible',
  ],
  [
    'it',
    'Non serve parlare olandese, inglese livello B2 indispensabile.',
    'Non serve parlare olandese',
    'inglese livello B2 indispensabile',
  ],
  ['nl', 'Geen Nederlands nodig, Engels vereist.', 'Geen Nederlands nodig', 'Engels vereist'],
  [
    'pt',
    'Não é necessário falar holandês, inglês fluente obrigatório.',
    'Não é necessário falar holandês',
    'inglês fluente obrigatório',
  ],
  [
    'pl',
    'Znajomość języka niderlandzkiego nie jest wymagana, wymagany angielski komunikatywny.',
    'Znajomość języka niderlandzkiego nie jest wymagana',
    'wymagany angielski',
  ],
  [
    'ro',
    'Nu este necesară limba olandeză, se cere limba engleză.',
    'Nu este necesară limba olandeză',
    'se cere limba engleză',
  ],
  [
    'bg',
    'Не се изисква холандски, английски език на ниво B2 – задължително.',
    'Не се изисква холандски',
    'английски език на ниво B2 – задължително',
  ],
  [
    'lt',
    'Olandų kalbos mokėti nereikia, anglų kalba B2 lygiu – privaloma.',
    'Olandų kalbos mokėti nereikia',
    'anglų kalba B2 lygiu – privaloma',
  ],
];

describe('a requirement of a language that is not the workplace’s', () => {
  it.each([...NOT_DUTCH_BUT_ENGLISH, ...IN_ONE_SENTENCE])('%s: %s', (language, text, notNeeded, required) => {
    // Work in the Netherlands (Dutch), in Belgium (Dutch, French, German): the red flag stands.
    expect(noLanguage(language, text, ['nl'])).toBe(`present: ${notNeeded}`);
    expect(noLanguage(language, text, ['nl', 'fr', 'de'])).toBe(`present: ${notNeeded}`);
    // Work where English is spoken, or a workplace not known: English is asked for.
    expect(noLanguage(language, text, ['en'])).toBe(`contradicted: ${required}`);
    expect(noLanguage(language, text, ['ga', 'en'])).toBe(`contradicted: ${required}`);
    expect(noLanguage(language, text)).toBe(`contradicted: ${required}`);
    expect(noLanguage(language, text, [])).toBe(`contradicted: ${required}`);
  });

  it('leaves a requirement alone that is the only statement: no hit where it is not local', () => {
    expect(noLanguage('en', 'Fluent German required.', ['nl'])).toBe('absent');
    expect(noLanguage('en', 'Fluent German required.', ['de'])).toBe('contradicted: Fluent German required');
  });

  it('counts a requirement that names the local language among others, or no language', () => {
    const both = 'Geen Duits nodig. Engels of Nederlands in woord en geschrift.';
    expect(noLanguage('nl', both, ['nl'])).toBe('contradicted: Engels of Nederlands in woord en geschrift');
    expect(noLanguage('nl', both, ['en'])).toBe('contradicted: Engels of Nederlands in woord en geschrift');
    expect(noLanguage('nl', both, ['de'])).toBe('present: Geen Duits nodig');
    expect(noLanguage('nl', 'Geen Engels nodig. Je bent perfect tweetalig.', ['nl'])).toBe(
      'contradicted: Je bent perfect tweetalig',
    );
    // A negation still covers a list of languages before its verb.
    expect(noLanguage('nl', 'Geen Nederlands, Engels of Duits vereist.', ['nl'])).toBe(
      'present: Geen Nederlands',
    );
    expect(noLanguage('en', 'No Polish needed. You must be fluent in the local language.', ['nl'])).toBe(
      'contradicted: You must be fluent in the local language',
    );
  });
});

// "No English needed" in each pack's language (German where English is the local language), for
// work where that language is spoken: the language not needed is named in the evidence.
const ANOTHER_NOT_NEEDED: Array<[string, string, string]> = [
  ['en', 'en', 'No German needed.'],
  ['de', 'de', 'Englischkenntnisse sind nicht erforderlich.'],
  ['fr', 'fr', 'Pas besoin de parler anglais.'],
  ['es', 'es', 'No se requiere inglés.'],
  ['it', 'it', 'Non è richiesta la conoscenza della lingua inglese.'],
  ['nl', 'nl', 'Geen Engels nodig.'],
  ['pt', 'pt', 'Não é necessário falar inglês.'],
  ['pl', 'pl', 'Nie wymagamy znajomości języka angielskiego.'],
  ['ro', 'ro', 'Nu este necesară cunoașterea limbii engleze.'],
  ['bg', 'bg', 'Не се изисква английски език.'],
  ['lt', 'lt', 'Anglų kalbos mokėti nereikia.'],
];

describe('a language other than the workplace’s not being needed', () => {
  it.each(ANOTHER_NOT_NEEDED)(
    '%s: is no sign when the readers speak the local language',
    (language, local, text) => {
      const phrase = text.slice(0, -1);
      const stated = { stated: true, advertLanguage: language };
      expect(noLanguage(language, text, [local], stated)).toBe('absent');
      // Readers not known to speak it: an advert in another language, the site's country standing
      // in for the workplace, or no workplace to compare with.
      const other = language === 'pl' ? 'ro' : 'pl';
      expect(noLanguage(language, text, [local], { stated: true, advertLanguage: other })).toBe(
        `present: ${phrase}`,
      );
      expect(noLanguage(language, text, [local], { stated: false, advertLanguage: language })).toBe(
        `present: ${phrase}`,
      );
      expect(noLanguage(language, text, [local])).toBe(`present: ${phrase}`);
      expect(noLanguage(language, text, undefined, stated)).toBe(`present: ${phrase}`);
    },
  );

  it('still counts when it names a local language, or none', () => {
    expect(
      noLanguage('de', 'Keine Deutsch- oder Englischkenntnisse nötig.', ['de'], {
        stated: true,
        advertLanguage: 'de',
      }),
    ).toBe('present: Keine Deutsch- oder Englischkenntnisse nötig');
    expect(
      noLanguage('de', 'Weder Deutsch noch Englisch erforderlich.', ['de'], {
        stated: true,
        advertLanguage: 'de',
      }),
    ).toBe('present: Weder Deutsch noch Englisch erforderlich');
    expect(
      noLanguage('en', 'No language skills needed. Start Monday.', ['en'], {
        stated: true,
        advertLanguage: 'en',
      }),
    ).toBe('present: No language skills needed');
    expect(
      noLanguage('en', 'No German needed. Start Monday.', ['de'], { stated: true, advertLanguage: 'de' }),
    ).toBe('present: No German needed');
    expect(
      noLanguage('fr', 'Pas besoin de parler anglais.', ['fr', 'nl', 'de'], {
        stated: true,
        advertLanguage: 'fr',
      }),
    ).toBe('absent');
    expect(
      noLanguage('fr', 'Pas besoin de parler néerlandais.', ['fr', 'nl', 'de'], {
        stated: true,
        advertLanguage: 'fr',
      }),
    ).toBe('present: Pas besoin de parler néerlandais');
  });
});

// Each pack's own language required, as an advert for work in that language's country says it.
const OWN_LANGUAGE_REQUIRED: Array<[string, string]> = [
  ['en', 'Fluent English required.'],
  ['de', 'Gute Deutschkenntnisse erforderlich.'],
  ['fr', 'Français courant exigé.'],
  ['es', 'Español fluido imprescindible.'],
  ['it', 'Richiesta buona conoscenza della lingua italiana.'],
  ['nl', 'Nederlands vereist.'],
  ['pt', 'Português fluente obrigatório.'],
  ['pl', 'Wymagana znajomość języka polskiego.'],
  ['ro', 'Cunoașterea limbii române este obligatorie.'],
  ['bg', 'Изисква се отлично владеене на български език.'],
  ['lt', 'Būtina lietuvių kalba.'],
];

describe('the advert’s own language required beside another not needed, the workplace not stated', () => {
  // Speakers of the advert's language recruited for a workplace elsewhere: the red flag stands.
  const CASES: Array<[string, string]> = [
    ['pl', 'Nie wymagamy znajomości języka niemieckiego. Wymagana znajomość języka polskiego.'],
    ['ro', 'Nu este necesară cunoașterea limbii germane. Limba română obligatorie.'],
    ['en', 'No Dutch needed. Fluent English required.'],
  ];
  it.each(CASES)('%s: %s', (language, text) => {
    const notStated = { stated: false, advertLanguage: language };
    // The site's country standing in, or nothing known: the statement stays.
    expect(noLanguage(language, text, [language], notStated)).toMatch(/^present: /);
    expect(noLanguage(language, text, undefined, notStated)).toMatch(/^present: /);
    // Work stated to be in the advert's language's country: its language is required there.
    expect(noLanguage(language, text, [language], { stated: true, advertLanguage: language })).toMatch(
      /^contradicted: /,
    );
    // Without the advert's language, as before: the requirement counts where the site is.
    expect(noLanguage(language, text, [language])).toMatch(/^contradicted: /);
  });

  it('leaves a requirement of another language a contradiction', () => {
    const text = 'Nie wymagamy znajomości języka angielskiego. Wymagana znajomość języka niemieckiego.';
    expect(noLanguage('pl', text, undefined, { stated: false, advertLanguage: 'pl' })).toBe(
      'contradicted: Wymagana znajomość języka niemieckiego',
    );
  });
});

describe('the advert’s own language required', () => {
  it.each(OWN_LANGUAGE_REQUIRED)('%s: contradicts where it is local, not elsewhere', (language, text) => {
    const elsewhere = language === 'nl' ? 'de' : 'nl';
    expect(noLanguage(language, text, [language])).toMatch(/^contradicted: /);
    // The evidence names the language, so that for work elsewhere it is told apart.
    expect(names.named(foldString(noLanguage(language, text).slice('contradicted: '.length)))).toEqual(
      new Set([language]),
    );
    expect(noLanguage(language, text, [elsewhere])).toBe('absent');
  });
});

describe('language names', () => {
  it('finds the languages a folded text names, in inflected and compound forms', () => {
    const named = (text: string) => [...names.named(foldString(text))].sort();
    expect(named('Znajomość języka angielskiego i niemieckiego')).toEqual(['de', 'en']);
    expect(named('Gute Deutsch- oder Englischkenntnisse')).toEqual(['de', 'en']);
    expect(named('Cunoașterea limbii engleze')).toEqual(['en']);
    expect(named('Anglų kalba B2 lygiu')).toEqual(['en']);
    expect(named('Английски език')).toEqual(['en']);
    expect(named('Vous devez parler couramment le français')).toEqual(['fr']);
    expect(named('Experience with forklifts is essential')).toEqual([]);
  });

  // The contradictions of req.no_language name languages with these words: every example that
  // asks for a language must be read as naming it, or the workplace check would never apply.
  const examples = packs.flatMap((p) =>
    p.rules
      .filter((r) => r.indicator === 'req.no_language')
      .flatMap((r) => r.contradictionExamples.map((text): [string, string] => [p.language, text])),
  );
  // Examples that ask for languages without naming one.
  const NAME_NO_LANGUAGE = new Set(['Je bent perfect tweetalig.']);
  it.each(examples)('%s contradiction example names its language: %s', (_, text) => {
    expect(names.named(foldString(text)).size > 0).toBe(!NAME_NO_LANGUAGE.has(text));
  });

  it('is validated: folded single words of at least 3 letters, keyed by language code', () => {
    const pack = (languageNames: unknown) => ({
      language: 'en',
      version: '1.0.0',
      languageNames,
      rules: [
        {
          id: 'en.urgency.1',
          indicator: 'urgency',
          patterns: ['start today'],
          examples: ['Start today.'],
          counterExamples: ['Start in May.'],
        },
      ],
    });
    expect(parseRulePack(pack({ nl: ['dutch', 'flemish'] }), 'en.yaml').languageNames).toEqual({
      nl: ['dutch', 'flemish'],
    });
    const problems = (languageNames: unknown): string => {
      try {
        parseRulePack(pack(languageNames), 'en.yaml');
        return 'valid';
      } catch (err) {
        if (!(err instanceof RulePackError)) throw err;
        return err.issues.map((i) => `${i.field}: ${i.problem}. Fix: ${i.fix}`).join('\n');
      }
    };
    expect(problems({ nl: ['Dutch'] })).toBe(
      'languageNames.nl[0]: "Dutch" is not one folded word. Fix: write the beginning of one word, lower case and without diacritics, e.g. "dutch"',
    );
    expect(problems({ de: ['deutsche sprache'] })).toContain('e.g. "deutsche"');
    expect(problems({ nl: ['nl'] })).toContain('a language name needs at least 3 letters');
    expect(problems({ Dutch: ['dutch'] })).toContain('languageNames');
    expect(problems({ nl: [] })).toContain('languageNames.nl');
  });
});
